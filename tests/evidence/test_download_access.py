"""Who may download an evidence file: members of its centre only."""

import pytest
from django.urls import reverse

from tests.evidence import files


@pytest.mark.parametrize("role", ["manager", "leader", "contributor"])
def test_a_member_of_the_centre_downloads_the_file(as_role, role, item_with_file):
    response = as_role(role).get(reverse("evidence:download", args=[item_with_file.pk]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == files.PDF


@pytest.mark.parametrize("role", ["outsider", "hmip"])
def test_anyone_outside_the_centre_gets_not_found(as_role, role, item_with_file):
    response = as_role(role).get(reverse("evidence:download", args=[item_with_file.pk]))
    assert response.status_code == 404


def test_an_anonymous_visitor_is_sent_to_sign_in(client, item_with_file):
    response = client.get(reverse("evidence:download", args=[item_with_file.pk]))
    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:login"))


def test_an_item_without_a_file_has_nothing_to_download(as_role, item):
    assert as_role("manager").get(reverse("evidence:download", args=[item.pk])).status_code == 404
