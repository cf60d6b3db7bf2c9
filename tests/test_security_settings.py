"""Secure by default: the deploy check, security headers and a policy with nothing inline."""

import os
import re
import secrets
import subprocess
import sys

import pytest
from django.conf import settings


def production_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SELFASSESS_", "DJANGO_"))}
    env.update(
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="selfassess.example.gov.uk",
        DEBUG="false",
    )
    for name in ("SECURE_COOKIES", "SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS"):
        env.pop(name, None)
    return env


def test_the_deploy_check_is_clean_with_production_settings():
    result = subprocess.run(  # noqa: S603  (our own interpreter and module)
        [sys.executable, "-m", "selfassess", "check", "--deploy", "--fail-level", "WARNING"],
        env=production_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout, result.stdout + result.stderr


def test_production_settings_turn_on_https_hsts_and_secure_cookies():
    code = (
        "from django.conf import settings as s; import django; django.setup(); "
        "print(s.DEBUG, s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS, "
        "s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE)"
    )
    env = production_env() | {"DJANGO_SETTINGS_MODULE": "selfassess.settings"}
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.stdout.split() == ["False", "True", "31536000", "True", "True"], result.stderr


def test_without_a_secret_key_production_refuses_to_start():
    env = production_env()
    del env["SECRET_KEY"]
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "selfassess", "check"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "Set SECRET_KEY" in result.stderr


@pytest.mark.django_db
def test_every_page_sends_a_strict_content_security_policy(client):
    response = client.get("/accounts/login/")
    policy = response["Content-Security-Policy"]
    directives = dict(
        (part.strip().split(" ", 1) + [""])[:2] for part in policy.split(";") if part.strip()
    )
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["form-action"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert "unsafe-inline" not in policy
    assert "unsafe-eval" not in policy


@pytest.mark.django_db
def test_referrer_permissions_and_framing_headers(client):
    response = client.get("/accounts/login/")
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    permissions = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in permissions


def inline_code(html: str) -> list[str]:
    """Return inline scripts, <style> blocks and style attributes found in a page."""
    found = [m for m in re.findall(r"<script\b[^>]*>", html) if "src=" not in m]
    found += re.findall(r"<style\b", html)
    found += re.findall(r"\sstyle\s*=", html)
    found += re.findall(r"\son[a-z]+\s*=", html)
    return found


@pytest.mark.django_db
def test_pages_carry_no_inline_script_or_style(client_for, sar, manager):
    assert inline_code(client_for(manager).get("/accounts/login/").content.decode()) == []
    for path in (f"/sars/{sar.pk}/", f"/sars/{sar.pk}/sections/leadership/"):
        html = client_for(manager).get(path).content.decode()
        assert inline_code(html) == [], path
    assert 'src="/assets/js/govuk-js-enabled.js"' in html


def test_no_template_carries_inline_script_or_style():
    root = settings.BASE_DIR / "src" / "selfassess"
    offenders = []
    for template in root.rglob("*.html"):
        if "static_vendor" in template.parts or template.name == "sar_pdf.html":
            continue  # the PDF is drawn by WeasyPrint on the server, never by a browser
        text = template.read_text()
        if inline_code(text):
            offenders.append(str(template.relative_to(root)))
    assert offenders == []


def test_strong_password_rules():
    validators = {v["NAME"].rsplit(".", 1)[1]: v for v in settings.AUTH_PASSWORD_VALIDATORS}
    assert validators["MinimumLengthValidator"]["OPTIONS"]["min_length"] >= 12
    assert {"CommonPasswordValidator", "NumericPasswordValidator"} <= set(validators)
    assert "UserAttributeSimilarityValidator" in validators


@pytest.mark.django_db
def test_a_short_or_common_password_is_refused():
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    for weak in ("short-pw", "password1234", "123456789012"):
        with pytest.raises(ValidationError):
            validate_password(weak)
    validate_password("correct-horse-battery-staple")


def test_sessions_expire_after_thirty_minutes_of_inactivity():
    assert settings.SESSION_COOKIE_AGE == 30 * 60
    assert settings.SESSION_SAVE_EVERY_REQUEST is True
    assert settings.SESSION_COOKIE_HTTPONLY is True
