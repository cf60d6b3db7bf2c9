"""Two inspectors saving the same page: the second is told, and nothing is lost."""

import pytest
from django.urls import reverse

from selfassess.inspection.models import ExpectationJudgement, Judgement
from tests.factories import inspector

pytestmark = pytest.mark.django_db


def test_a_second_save_from_an_old_page_is_refused_with_the_first_shown(
    client, inspection, submission, assigned
):
    other = inspector(full_name="Omar Other")
    inspection.inspectors.add(other)
    url = reverse("inspection:expectation", args=[inspection.pk, "direction"])
    client.force_login(assigned)
    assert client.post(url, {"lock_version": "0", "narrative": "Asha's view."}).status_code == 302
    client.force_login(other)
    response = client.post(url, {"lock_version": "0", "narrative": "Omar's view."})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Asha Assigned saved these judgements while you were editing" in page
    assert "Asha&#39;s view." in page  # theirs, shown
    assert "Omar&#39;s view." in page  # mine, still in the form
    assert ExpectationJudgement.objects.get().narrative == "Asha's view."
    assert 'name="lock_version" value="1"' in page
    assert client.post(url, {"lock_version": "1", "narrative": "Omar's view."}).status_code == 302
    assert ExpectationJudgement.objects.get().narrative == "Omar's view."


def test_the_ratings_page_is_protected_the_same_way(
    client, inspection, submission, assigned, hmip_coordinator
):
    url = reverse("inspection:ratings", args=[inspection.pk])
    client.force_login(assigned)
    assert client.post(url, {"lock_version": "0", "test_respect_rating": "3"}).status_code == 302
    client.force_login(hmip_coordinator)
    response = client.post(
        url, {"lock_version": "0", "test_respect_rating": "4", "test_respect_why": "x"}
    )
    assert (
        "Asha Assigned saved these judgements while you were editing" in response.content.decode()
    )
    assert Judgement.objects.get().tests.get(test="respect").rating == 3
