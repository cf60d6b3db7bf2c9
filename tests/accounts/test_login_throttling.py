"""Five wrong passwords lock an e-mail address out for 15 minutes, with a clear message."""

import datetime as dt

import pytest
from axes.models import AccessAttempt
from django.utils import timezone

from selfassess.audit.models import Action, AuditEvent
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db


def sign_in(client, email, password, ip="192.0.2.10"):
    return client.post(
        "/accounts/login/", {"username": email, "password": password}, REMOTE_ADDR=ip
    )


def test_a_wrong_password_says_so_without_locking_out(client, manager):
    response = sign_in(client, manager.email, "wrong-password")
    assert response.status_code == 200
    assert "Enter a correct e-mail address and password" in response.content.decode()


def test_five_failures_lock_the_account_out_with_a_govuk_message(client, manager):
    for _ in range(4):
        assert sign_in(client, manager.email, "wrong-password").status_code == 200
    response = sign_in(client, manager.email, "wrong-password")
    html = response.content.decode()
    assert response.status_code == 429
    assert "govuk-error-summary" in html
    assert "You have entered a wrong password too many times" in html
    assert "try again in 15 minutes" in html
    assert "<title>Error: Sign in" in html


def test_a_locked_out_account_cannot_sign_in_even_with_the_right_password(client, manager):
    for _ in range(5):
        sign_in(client, manager.email, "wrong-password")
    response = sign_in(client, manager.email, PASSWORD, ip="198.51.100.7")
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_the_lock_out_ends_after_fifteen_minutes(client, manager):
    for _ in range(5):
        sign_in(client, manager.email, "wrong-password")
    AccessAttempt.objects.update(attempt_time=timezone.now() - dt.timedelta(minutes=16))
    response = sign_in(client, manager.email, PASSWORD)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(manager.pk)


def test_a_successful_sign_in_resets_the_count(client, manager):
    for _ in range(4):
        sign_in(client, manager.email, "wrong-password")
    assert sign_in(client, manager.email, PASSWORD).status_code == 302
    client.logout()
    for _ in range(4):
        assert sign_in(client, manager.email, "wrong-password").status_code == 200


def test_other_accounts_from_elsewhere_are_not_locked_out(client, manager, leader):
    for _ in range(5):
        sign_in(client, manager.email, "wrong-password")
    assert sign_in(client, leader.email, PASSWORD, ip="198.51.100.7").status_code == 302


def test_failed_sign_ins_and_the_lock_out_are_audited(client, manager):
    for _ in range(6):
        sign_in(client, manager.email, "wrong-password")
    failed = AuditEvent.objects.filter(action=Action.LOGIN_FAILED)
    assert failed.filter(description__contains="locked out").exists()
    assert failed.first().ip_address == "192.0.2.10"


def test_the_limit_and_cool_off_come_from_settings(settings):
    assert settings.AXES_FAILURE_LIMIT == 5
    assert settings.AXES_COOLOFF_TIME == dt.timedelta(minutes=15)


def test_changing_the_case_of_the_address_does_not_reset_the_count(client, manager):
    for variant in ("a", "b", "c", "d", "e"):
        sign_in(client, manager.email.upper(), "wrong", ip=f"192.0.2.{ord(variant)}")
    assert sign_in(client, manager.email, PASSWORD, ip="198.51.100.7").status_code == 429
