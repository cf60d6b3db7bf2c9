"""Who may see the judgement pages: assigned inspectors and coordinators; the centre only after publication."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

# Pages every HMIP user with access reads (GET); the centre reads the first two once published.
CENTRE_PAGES = ("inspection:overview", "inspection:comparison")
HMIP_ONLY = (
    "inspection:reading",
    "inspection:narrative",
    "inspection:narrative_docx",
)
EDITING = ("inspection:ratings",)


def urls(inspection):
    pages = {
        name: reverse(name, args=[inspection.pk]) for name in CENTRE_PAGES + HMIP_ONLY + EDITING
    }
    pages["inspection:expectation"] = reverse(
        "inspection:expectation", args=[inspection.pk, "direction"]
    )
    return pages


def statuses(client, inspection):
    return {name: client.get(url).status_code for name, url in urls(inspection).items()}


def test_an_assigned_inspector_reads_and_records(client_for, judgement, assigned):
    assert set(statuses(client_for(assigned), judgement.inspection).values()) == {200}


def test_a_coordinator_reads_and_records(client_for, judgement, hmip_coordinator):
    assert set(statuses(client_for(hmip_coordinator), judgement.inspection).values()) == {200}


def test_an_inspector_not_assigned_gets_404_everywhere(client_for, judgement, unassigned):
    assert set(statuses(client_for(unassigned), judgement.inspection).values()) == {404}


@pytest.mark.parametrize("who", ["manager", "centre_leader", "contributor", "outsider"])
def test_nobody_at_a_centre_sees_judgements_before_publication(request, client_for, judgement, who):
    user = request.getfixturevalue(who)
    client = client_for(user)
    assert set(statuses(client, judgement.inspection).values()) == {404}
    inspection_page = client.get(reverse("centres:inspection", args=[judgement.inspection.pk]))
    assert b"PRIVATE" not in inspection_page.content


@pytest.mark.parametrize("who", ["manager", "centre_leader"])
def test_the_centres_manager_and_leaders_read_the_published_judgements(
    request, client_for, published, who
):
    client = client_for(request.getfixturevalue(who))
    found = statuses(client, published.inspection)
    assert {name: found[name] for name in CENTRE_PAGES} == dict.fromkeys(CENTRE_PAGES, 200)
    assert {found[name] for name in HMIP_ONLY + EDITING + ("inspection:expectation",)} == {404}


@pytest.mark.parametrize("who", ["contributor", "outsider", "unassigned"])
def test_others_still_get_404_after_publication(request, client_for, published, who):
    client = client_for(request.getfixturevalue(who))
    assert set(statuses(client, published.inspection).values()) == {404}


def test_anonymous_visitors_are_sent_to_log_in(client, judgement):
    for url in urls(judgement.inspection).values():
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("accounts:login"))


def test_only_coordinators_may_publish(client_for, judgement, assigned, manager, hmip_coordinator):
    url = reverse("inspection:publish", args=[judgement.inspection.pk])
    assert client_for(assigned).get(url).status_code == 404
    assert client_for(assigned).post(url, {"confirm": "yes"}).status_code == 404
    assert client_for(manager).post(url, {"confirm": "yes"}).status_code == 404
    judgement.refresh_from_db()
    assert judgement.published_at is None
    assert client_for(hmip_coordinator).get(url).status_code == 200


def test_only_coordinators_see_the_calibration(
    client_for, client, assigned, manager, hmip_coordinator
):
    url = reverse("inspection:calibration")
    assert client_for(hmip_coordinator).get(url).status_code == 200
    assert client_for(assigned).get(url).status_code == 404
    assert client_for(manager).get(url).status_code == 404


def test_anonymous_visitors_cannot_see_the_calibration(client, db):
    response = client.get(reverse("inspection:calibration"))
    assert response.status_code == 302
