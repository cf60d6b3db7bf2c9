"""Who may read an evidence item."""

import pytest
from django.urls import reverse


@pytest.mark.parametrize("role", ["manager", "leader", "contributor"])
def test_a_member_of_the_centre_reads_the_item(as_role, role, item):
    response = as_role(role).get(reverse("evidence:detail", args=[item.pk]))
    assert response.status_code == 200
    assert "Safety survey 2026" in response.content.decode()


@pytest.mark.parametrize("role", ["outsider", "hmip"])
def test_anyone_outside_the_centre_gets_not_found(as_role, role, item):
    assert as_role(role).get(reverse("evidence:detail", args=[item.pk])).status_code == 404


def test_an_anonymous_visitor_is_sent_to_sign_in(client, item):
    response = client.get(reverse("evidence:detail", args=[item.pk]))
    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:login"))


def test_a_missing_item_is_not_found(as_role, item):
    assert (
        as_role("manager").get(reverse("evidence:detail", args=[item.pk + 99])).status_code == 404
    )
