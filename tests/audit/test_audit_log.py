"""The audit log: administrators only, newest first, filtered, paginated, exported safely."""

import csv
import datetime as dt
import io

import pytest
from django.utils import timezone

from selfassess.audit.models import Action, AuditEvent
from selfassess.audit.services import record
from selfassess.audit.views import safe_cell
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def administrator(db):
    return UserFactory(is_staff=True, email="root@example.org")


def event(action=Action.LOGIN, email="a@example.org", description="Logged in", when=None):
    created = AuditEvent.objects.create(action=action, actor_email=email, description=description)
    if when is not None:
        AuditEvent.objects.filter(pk=created.pk).update(created_at=when)
    return created


def rows(response):
    return list(csv.reader(io.StringIO(response.content.decode())))


def test_only_administrators_see_the_audit_log(client_for, client, administrator, manager):
    assert client.get("/audit-log/")["Location"].startswith("/accounts/login/")
    assert client_for(manager).get("/audit-log/").status_code == 404
    assert client_for(manager).get("/audit-log/audit-log.csv").status_code == 404
    assert client_for(administrator).get("/audit-log/").status_code == 200


def test_events_are_listed_newest_first(client_for, administrator):
    event(description="Older", when=timezone.now() - dt.timedelta(days=2))
    event(description="Newer", when=timezone.now() - dt.timedelta(days=1))
    html = client_for(administrator).get("/audit-log/").content.decode()
    assert html.index("Newer") < html.index("Older")


def test_filters_by_action_person_and_dates(client_for, administrator):
    now = timezone.now()
    event(Action.SIGN_OFF, "manager@example.org", "Signed off A", now - dt.timedelta(days=10))
    event(Action.SIGN_OFF, "other@example.org", "Signed off B", now - dt.timedelta(days=1))
    event(Action.SUBMIT, "manager@example.org", "Submitted C", now - dt.timedelta(days=1))
    client = client_for(administrator)
    html = client.get("/audit-log/", {"action": "sign_off"}).content.decode()
    assert "Signed off A" in html and "Signed off B" in html and "Submitted C" not in html
    html = client.get("/audit-log/", {"user": "manager@"}).content.decode()
    assert "Signed off A" in html and "Submitted C" in html and "Signed off B" not in html
    since = (now - dt.timedelta(days=3)).strftime("%d/%m/%Y")
    html = client.get("/audit-log/", {"date_from": since}).content.decode()
    assert "Signed off A" not in html and "Signed off B" in html


def test_a_bad_date_gets_a_govuk_error(client_for, administrator):
    response = client_for(administrator).get("/audit-log/", {"date_from": "31/02/2026"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "govuk-error-summary" in html and "Enter a real date" in html


def test_pages_of_fifty(client_for, administrator):
    AuditEvent.objects.bulk_create(
        [AuditEvent(action=Action.LOGIN, description=f"Event {n}") for n in range(120)]
    )
    client = client_for(administrator)
    html = client.get("/audit-log/").content.decode()
    assert "page 1 of 3" in html and "govuk-pagination" in html
    assert "page 3 of 3" in client.get("/audit-log/", {"page": 3}).content.decode()


def test_the_csv_export_neutralises_formulas_and_is_audited(client_for, administrator):
    event(description='=HYPERLINK("http://x")', email="+evil@example.org")
    event(description="-2+3", email="@sum")
    response = client_for(administrator).get("/audit-log/audit-log.csv")
    assert response["Content-Disposition"].startswith("attachment; filename=")
    data = rows(response)
    assert data[0][:5] == ["When", "Who", "Action", "Centre", "What"]
    cells = [cell for row in data[1:] for cell in row]
    assert '\'=HYPERLINK("http://x")' in cells
    assert "'-2+3" in cells and "'+evil@example.org" in cells and "'@sum" in cells
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)
    exported = AuditEvent.objects.filter(action=Action.EXPORT_AUDIT).get()
    assert exported.actor_email == "root@example.org"
    assert "Exported 3 audit events" in exported.description  # 2 + the sign-in


def test_safe_cell():
    assert safe_cell("=1+1") == "'=1+1"
    assert safe_cell("\t=1") == "'\t=1"
    assert safe_cell("plain") == "plain"
    assert safe_cell(None) == ""


def test_events_record_where_they_came_from(rf, manager):
    request = rf.get("/", REMOTE_ADDR="203.0.113.9", HTTP_USER_AGENT="Mozilla/5.0 Test")
    request.user = manager
    created = record(request, Action.SIGN_OFF, "Signed off")
    assert created.ip_address == "203.0.113.9"
    assert created.user_agent == "Mozilla/5.0 Test"
    assert created.actor_email == manager.email


def test_logins_are_audited_with_ip_and_browser(client, manager):
    from tests.factories import PASSWORD

    client.post(
        "/accounts/login/",
        {"username": manager.email, "password": PASSWORD},
        REMOTE_ADDR="203.0.113.5",
        HTTP_USER_AGENT="Firefox",
    )
    login = AuditEvent.objects.get(action=Action.LOGIN)
    assert (login.ip_address, login.user_agent) == ("203.0.113.5", "Firefox")
