"""The coordinator's dashboard of every centre, its deadline and its SAR's status."""

import datetime as dt
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from selfassess.reports import services
from tests.factories import CentreFactory, InspectionFactory, member

pytestmark = pytest.mark.django_db
URL = reverse("centres:dashboard")


def centre_order(response):
    """Return the centre names in the order the table lists them."""
    html = response.content.decode()
    return re.findall(r'<th scope="row" class="govuk-table__header">([^<]+)</th>', html)


def test_the_coordinator_sees_every_centre_with_its_deadline_and_status(
    client_for, hmip_coordinator, centre, other_centre, sar, leader
):
    # Announced yesterday, due in two days at 10am: still drafting, whatever today's date.
    today = timezone.localdate()
    announced = timezone.now() - dt.timedelta(days=1)
    due = timezone.make_aware(dt.datetime.combine(today + dt.timedelta(days=2), dt.time(10)))
    inspection = InspectionFactory(centre=centre, announced_at=announced, due_at=due)
    section = sar.sections.get(key="vision")
    services.save_section(section, leader, None, fields={"body": "Our vision."})
    response = client_for(hmip_coordinator).get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Brookfield House IRC" in html
    assert "Ashdown IRC" in html
    assert "Example Services Ltd" in html
    assert "England" in html
    assert f"{due.day} {due:%B %Y} at 10am" in html
    assert "govuk-tag--blue" in html and "Drafting" in html
    assert "No inspection announced" in html
    assert reverse("centres:inspection", args=[inspection.pk]) in html
    assert 'href="' + reverse("centres:announce") + '"' in html
    assert "Announce an inspection" in html


def test_the_dashboard_shows_the_countdown_to_each_deadline(client_for, hmip_coordinator, centre):
    now = timezone.now()
    InspectionFactory(
        centre=centre, announced_at=now, due_at=now + dt.timedelta(days=2, hours=4, minutes=1)
    )
    other = CentreFactory(name="Zed IRC")
    InspectionFactory(
        centre=other, announced_at=now, due_at=now - dt.timedelta(hours=5, seconds=30)
    )
    html = client_for(hmip_coordinator).get(URL).content.decode()
    assert "Due in 2 days 4 hours" in html
    assert "Overdue by 5 hours" in html
    assert "govuk-tag--red" in html


def test_the_dashboard_links_to_the_latest_submitted_snapshot(
    client_for, hmip_coordinator, centre, complete_sar, manager, inspection
):
    services.sign_off(complete_sar, manager)
    submission = services.submit(complete_sar, manager)
    html = client_for(hmip_coordinator).get(URL).content.decode()
    assert reverse("reports:submission", args=[submission.pk]) in html
    assert "Submitted on time" in html


@pytest.fixture
def three_centres(db):
    now = timezone.now()
    soon = CentreFactory(name="Beta IRC")
    InspectionFactory(centre=soon, announced_at=now, due_at=now + dt.timedelta(hours=2))
    later = CentreFactory(name="Alpha IRC")
    InspectionFactory(centre=later, announced_at=now, due_at=now + dt.timedelta(days=2))
    overdue = CentreFactory(name="Gamma IRC")
    InspectionFactory(centre=overdue, announced_at=now, due_at=now - dt.timedelta(hours=1))


def test_the_dashboard_is_sorted_by_due_time_at_first(client_for, hmip_coordinator, three_centres):
    response = client_for(hmip_coordinator).get(URL)
    assert centre_order(response) == ["Gamma IRC", "Beta IRC", "Alpha IRC"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?sort=centre&order=asc", ["Alpha IRC", "Beta IRC", "Gamma IRC"]),
        ("?sort=centre&order=desc", ["Gamma IRC", "Beta IRC", "Alpha IRC"]),
        ("?sort=due&order=asc", ["Gamma IRC", "Beta IRC", "Alpha IRC"]),
        ("?sort=due&order=desc", ["Alpha IRC", "Beta IRC", "Gamma IRC"]),
        ("?sort=status&order=asc", ["Gamma IRC", "Beta IRC", "Alpha IRC"]),
        ("?sort=status&order=desc", ["Alpha IRC", "Beta IRC", "Gamma IRC"]),
        ("?sort=nonsense", ["Gamma IRC", "Beta IRC", "Alpha IRC"]),
    ],
)
def test_the_dashboard_sorts_each_way(client_for, hmip_coordinator, three_centres, query, expected):
    assert centre_order(client_for(hmip_coordinator).get(URL + query)) == expected


def test_the_sorted_column_says_so_with_aria_sort_and_links_to_the_other_order(
    client_for, hmip_coordinator, three_centres
):
    html = client_for(hmip_coordinator).get(URL + "?sort=centre&order=asc").content.decode()
    assert re.search(
        r'<th scope="col" class="govuk-table__header" aria-sort="ascending">\s*<a[^>]*href="\?sort=centre&amp;order=desc"',
        html,
    )
    assert html.count('aria-sort="none"') == 2
    assert 'href="?sort=due&amp;order=asc"' in html
    assert 'href="?sort=status&amp;order=asc"' in html
    html = client_for(hmip_coordinator).get(URL + "?sort=status&order=desc").content.decode()
    assert 'aria-sort="descending"' in html


def test_the_dashboard_takes_the_same_number_of_queries_for_2_and_10_centres(
    client_for, hmip_coordinator
):
    client = client_for(hmip_coordinator)

    def add_centres(count):
        for _ in range(count):
            centre = CentreFactory()
            sar = services.get_or_create_sar(centre)
            writer = member(centre)
            services.save_section(
                sar.sections.get(key="vision"), writer, None, fields={"body": "Vision."}
            )
            InspectionFactory(centre=centre)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(URL).status_code == 200
        return len(captured)

    add_centres(2)
    with_two = queries()
    add_centres(8)
    assert queries() == with_two


def test_an_inspector_cannot_see_the_dashboard(client_for, hmip_inspector):
    assert client_for(hmip_inspector).get(URL).status_code == 404


@pytest.mark.parametrize("person", ["manager", "leader", "contributor", "outsider"])
def test_centre_staff_cannot_see_the_dashboard(client_for, person, request):
    user = request.getfixturevalue(person)
    assert client_for(user).get(URL).status_code == 404


def test_someone_signed_out_is_asked_to_sign_in(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:login"))
