"""Who may add evidence: every member of the centre, and no one else."""

import pytest
from django.urls import reverse

from selfassess.evidence.models import EvidenceItem


@pytest.mark.parametrize("role", ["manager", "leader", "contributor"])
def test_every_member_may_add_evidence(as_role, role, sar, form_data, request):
    client = as_role(role)
    assert client.get(reverse("evidence:add", args=[sar.pk])).status_code == 200
    response = client.post(reverse("evidence:add", args=[sar.pk]), form_data)
    item = EvidenceItem.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("evidence:detail", args=[item.pk])
    assert item.centre == sar.centre
    assert item.created_by == request.getfixturevalue(role)


@pytest.mark.parametrize("role", ["outsider", "hmip"])
def test_anyone_outside_the_centre_gets_not_found(as_role, role, sar, form_data):
    client = as_role(role)
    assert client.get(reverse("evidence:add", args=[sar.pk])).status_code == 404
    assert client.post(reverse("evidence:add", args=[sar.pk]), form_data).status_code == 404
    assert not EvidenceItem.objects.exists()


def test_an_anonymous_visitor_is_sent_to_sign_in(client, sar, form_data):
    response = client.post(reverse("evidence:add", args=[sar.pk]), form_data)
    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:login"))
    assert not EvidenceItem.objects.exists()
