"""Who may edit an item: managers, leaders, and whoever added it."""

import pytest
from django.urls import reverse

from tests.factories import EvidenceItemFactory


@pytest.mark.parametrize("role", ["manager", "leader"])
def test_managers_and_leaders_may_edit_any_item(as_role, role, item, form_data):
    client = as_role(role)
    assert client.get(reverse("evidence:edit", args=[item.pk])).status_code == 200
    response = client.post(reverse("evidence:edit", args=[item.pk]), form_data)
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.title == "Detainee survey 2026"


def test_a_contributor_may_not_edit_someone_elses_item(as_role, item, form_data):
    client = as_role("contributor")
    assert client.get(reverse("evidence:edit", args=[item.pk])).status_code == 403
    assert client.post(reverse("evidence:edit", args=[item.pk]), form_data).status_code == 403
    item.refresh_from_db()
    assert item.title == "Safety survey 2026"


def test_a_contributor_may_edit_an_item_they_added(as_role, centre, contributor, form_data):
    own = EvidenceItemFactory(centre=centre, created_by=contributor)
    client = as_role("contributor")
    assert client.get(reverse("evidence:edit", args=[own.pk])).status_code == 200
    assert client.post(reverse("evidence:edit", args=[own.pk]), form_data).status_code == 302
    own.refresh_from_db()
    assert own.title == "Detainee survey 2026"


@pytest.mark.parametrize("role", ["outsider", "hmip"])
def test_anyone_outside_the_centre_gets_not_found(as_role, role, item, form_data):
    client = as_role(role)
    assert client.get(reverse("evidence:edit", args=[item.pk])).status_code == 404
    assert client.post(reverse("evidence:edit", args=[item.pk]), form_data).status_code == 404


def test_an_anonymous_visitor_is_sent_to_sign_in(client, item, form_data):
    response = client.post(reverse("evidence:edit", args=[item.pk]), form_data)
    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:login"))


def test_the_edit_link_shows_only_to_those_who_may_edit(as_role, item):
    edit_url = reverse("evidence:edit", args=[item.pk])
    assert edit_url in as_role("leader").get(item.get_absolute_url()).content.decode()
    assert edit_url not in as_role("contributor").get(item.get_absolute_url()).content.decode()
