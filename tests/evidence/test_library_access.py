"""Who may open a centre's evidence library."""

import pytest
from django.urls import reverse


@pytest.mark.parametrize("role", ["manager", "leader", "contributor"])
def test_a_member_of_the_centre_sees_the_library(as_role, role, sar, item):
    response = as_role(role).get(reverse("evidence:library", args=[sar.pk]))
    assert response.status_code == 200
    assert "Safety survey 2026" in response.content.decode()


@pytest.mark.parametrize("role", ["outsider", "hmip"])
def test_anyone_outside_the_centre_gets_not_found(as_role, role, sar, item):
    response = as_role(role).get(reverse("evidence:library", args=[sar.pk]))
    assert response.status_code == 404


def test_an_anonymous_visitor_is_sent_to_sign_in(client, sar):
    url = reverse("evidence:library", args=[sar.pk])
    response = client.get(url)
    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:login"))


@pytest.mark.parametrize("role", ["manager", "leader", "contributor"])
def test_every_member_sees_the_add_evidence_button(as_role, role, sar):
    response = as_role(role).get(reverse("evidence:library", args=[sar.pk]))
    assert reverse("evidence:add", args=[sar.pk]) in response.content.decode()


def test_the_library_lists_only_the_centres_own_evidence(as_role, sar, item, other_item):
    page = as_role("manager").get(reverse("evidence:library", args=[sar.pk])).content.decode()
    assert "Safety survey 2026" in page
    assert "Another centre" not in page
