"""Optional two-factor authentication with an authenticator app, required for some groups."""

import pytest
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from selfassess.audit.models import Action, AuditEvent
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db


def code_for(device: TOTPDevice) -> str:
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():0{device.digits}d}"


def sign_in(client, user, next_url=""):
    data = {"username": user.email, "password": PASSWORD}
    if next_url:
        data["next"] = next_url
    return client.post("/accounts/login/", data)


def confirmed_device_for(user) -> TOTPDevice:
    return TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)


def test_without_an_authenticator_the_password_is_enough(client, manager, sar):
    sign_in(client, manager)
    assert client.get(f"/sars/{sar.pk}/").status_code == 200


def test_a_signed_in_user_sets_up_an_authenticator(client_for, manager):
    client = client_for(manager)
    page = client.get("/accounts/two-factor/")
    html = page.content.decode()
    assert page.status_code == 200
    assert "Set up two-factor authentication" in html
    assert '<svg role="img" aria-label="QR code of the key"' in html
    device = TOTPDevice.objects.get(user=manager)
    assert not device.confirmed
    key = html.split('id="two-factor-key">')[1].split("<")[0].replace(" ", "")
    assert len(key) >= 32  # base32 of a 20-byte key, shown so it can be typed in

    wrong = client.post("/accounts/two-factor/", {"token": "000000"})
    assert wrong.status_code == 400
    assert "The code is not right or has expired" in wrong.content.decode()
    device.refresh_from_db()
    device.throttle_reset()  # django-otp makes you wait a moment after a wrong code

    response = client.post("/accounts/two-factor/", {"token": code_for(device)})
    assert response.status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    assert AuditEvent.objects.filter(
        action=Action.PERMISSION, description="Set up two-factor authentication"
    ).exists()
    assert "Two-factor authentication is on" in client.get("/accounts/two-factor/").content.decode()


def test_with_an_authenticator_the_code_is_asked_for_after_the_password(client, manager, sar):
    device = confirmed_device_for(manager)
    response = sign_in(client, manager, next_url=f"/sars/{sar.pk}/")
    assert response.status_code == 302
    page = client.get(response["Location"], follow=True)
    assert page.redirect_chain[-1][0].startswith("/accounts/two-factor/code/?next=")
    assert "Enter the code from your authenticator app" in page.content.decode()
    # Nothing else is open until the code is given: not the SAR, not its centre's name.
    blocked = client.get(f"/sars/{sar.pk}/")
    assert blocked.status_code == 302
    assert blocked["Location"].startswith("/accounts/two-factor/code/")
    assert sar.centre.name not in page.content.decode()

    wrong = client.post(
        "/accounts/two-factor/code/", {"token": "123456", "next": f"/sars/{sar.pk}/"}
    )
    assert wrong.status_code == 400
    assert "The code is not right or has expired" in wrong.content.decode()
    too_soon = client.post("/accounts/two-factor/code/", {"token": code_for(device)})
    assert "You have entered a wrong code too many times" in too_soon.content.decode()

    device.refresh_from_db()
    device.throttle_reset()
    right = client.post(
        "/accounts/two-factor/code/", {"token": code_for(device), "next": f"/sars/{sar.pk}/"}
    )
    assert right.status_code == 302
    assert right["Location"] == f"/sars/{sar.pk}/"
    assert client.get(f"/sars/{sar.pk}/").status_code == 200


def test_the_code_page_never_sends_you_off_site(client, manager):
    device = confirmed_device_for(manager)
    sign_in(client, manager)
    response = client.post(
        "/accounts/two-factor/code/", {"token": code_for(device), "next": "https://evil.example/"}
    )
    assert response["Location"] == "/"


def test_signing_out_is_possible_before_the_code(client, manager):
    confirmed_device_for(manager)
    sign_in(client, manager)
    assert client.post("/accounts/logout/").status_code == 302
    assert "_auth_user_id" not in client.session


def test_a_wrong_code_is_audited(client, manager):
    confirmed_device_for(manager)
    sign_in(client, manager)
    client.post("/accounts/two-factor/code/", {"token": "999999"})
    assert AuditEvent.objects.filter(
        action=Action.LOGIN_FAILED, description="Wrong two-factor code"
    ).exists()


@pytest.mark.parametrize(
    ("groups", "persona", "sent_to_set_up"),
    [
        (["managers"], "manager", True),
        (["managers"], "leader", False),
        (["hmip"], "hmip_coordinator", True),
        (["hmip"], "hmip_inspector", True),
        (["hmip"], "manager", False),
        ([], "manager", False),
    ],
)
def test_an_administrator_can_require_two_factor(
    client, settings, request, groups, persona, sent_to_set_up
):
    settings.REQUIRE_TWO_FACTOR_FOR = groups
    user = request.getfixturevalue(persona)
    sign_in(client, user)
    response = client.get("/")
    if sent_to_set_up:
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/two-factor/?next=")
        page = client.get(response["Location"])
        assert "Your role needs two-factor authentication" in page.content.decode()
    else:
        assert not response.get("Location", "").startswith("/accounts/two-factor")


def test_someone_required_to_use_two_factor_is_let_in_once_set_up(client, settings, manager, sar):
    settings.REQUIRE_TWO_FACTOR_FOR = ["managers"]
    sign_in(client, manager)
    client.get("/accounts/two-factor/")
    device = TOTPDevice.objects.get(user=manager)
    client.post("/accounts/two-factor/", {"token": code_for(device), "next": f"/sars/{sar.pk}/"})
    assert client.get(f"/sars/{sar.pk}/").status_code == 200


def test_an_unknown_group_fails_loudly(monkeypatch):
    import subprocess
    import sys

    env = {"SELFASSESS_TESTING": "1", "REQUIRE_TWO_FACTOR_FOR": "everyone", "PATH": ""}
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", "import selfassess.settings"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "REQUIRE_TWO_FACTOR_FOR may list" in result.stderr
