"""Who may delete an item: managers, leaders, and whoever added it."""

import pytest
from django.urls import reverse

from selfassess.evidence.models import EvidenceItem
from tests.factories import EvidenceItemFactory


@pytest.mark.parametrize("role", ["manager", "leader"])
def test_managers_and_leaders_may_delete_any_item(as_role, role, item):
    client = as_role(role)
    assert client.get(reverse("evidence:delete", args=[item.pk])).status_code == 200
    assert client.post(reverse("evidence:delete", args=[item.pk])).status_code == 302
    assert not EvidenceItem.objects.filter(pk=item.pk).exists()


def test_a_contributor_may_not_delete_someone_elses_item(as_role, item):
    client = as_role("contributor")
    assert client.get(reverse("evidence:delete", args=[item.pk])).status_code == 403
    assert client.post(reverse("evidence:delete", args=[item.pk])).status_code == 403
    assert EvidenceItem.objects.filter(pk=item.pk).exists()


def test_a_contributor_may_delete_an_item_they_added(as_role, centre, contributor):
    own = EvidenceItemFactory(centre=centre, created_by=contributor)
    assert as_role("contributor").post(reverse("evidence:delete", args=[own.pk])).status_code == 302
    assert not EvidenceItem.objects.filter(pk=own.pk).exists()


@pytest.mark.parametrize("role", ["outsider", "hmip"])
def test_anyone_outside_the_centre_gets_not_found(as_role, role, item):
    client = as_role(role)
    assert client.get(reverse("evidence:delete", args=[item.pk])).status_code == 404
    assert client.post(reverse("evidence:delete", args=[item.pk])).status_code == 404
    assert EvidenceItem.objects.filter(pk=item.pk).exists()


def test_an_anonymous_visitor_is_sent_to_sign_in(client, item):
    response = client.post(reverse("evidence:delete", args=[item.pk]))
    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:login"))
    assert EvidenceItem.objects.filter(pk=item.pk).exists()
