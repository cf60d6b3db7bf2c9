"""Where the inspection differs from the centre's claim, a note saying why is required."""

import pytest
from django.urls import reverse

from selfassess.inspection.models import IndicatorFinding, OutcomeRating

pytestmark = pytest.mark.django_db


def ratings_form(judgement_or_inspection, **fields):
    data = {"lock_version": "0"}
    data.update(fields)
    return data


def test_a_test_rated_differently_needs_a_why(client_for, inspection, submission, assigned):
    client = client_for(assigned)
    url = reverse("inspection:ratings", args=[inspection.pk])
    response = client.post(url, {"lock_version": "0", "test_safety_rating": "2"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "There is a problem" in page
    assert (
        "Say why the inspection rates Safety differently from the centre (Reasonably good)" in page
    )
    assert 'href="#id_test_safety_why"' in page
    assert not OutcomeRating.objects.exists()


def test_a_test_rated_differently_with_a_why_is_saved(client_for, inspection, submission, assigned):
    client = client_for(assigned)
    url = reverse("inspection:ratings", args=[inspection.pk])
    response = client.post(
        url, {"lock_version": "0", "test_safety_rating": "2", "test_safety_why": "First nights."}
    )
    assert response.status_code == 302
    rating = OutcomeRating.objects.get(test="safety")
    assert (rating.rating, rating.why) == (2, "First nights.")


def test_the_same_rating_needs_no_why(client_for, inspection, submission, assigned):
    response = client_for(assigned).post(
        reverse("inspection:ratings", args=[inspection.pk]),
        {"lock_version": "0", "test_safety_rating": "3", "evidence_leadership": "strong"},
    )
    assert response.status_code == 302


def test_a_key_concern_judged_differently_needs_a_why(client_for, inspection, submission, assigned):
    client = client_for(assigned)
    url = reverse("inspection:ratings", args=[inspection.pk])
    response = client.post(url, {"lock_version": "0", "kc_1_progress": "reasonable"})
    assert (
        "Say why the inspection judges progress on concern 1.8 differently from the centre (Good progress)"
        in response.content.decode()
    )
    response = client.post(
        url, {"lock_version": "0", "kc_1_progress": "reasonable", "kc_1_why": "Waits are long."}
    )
    assert response.status_code == 302


def test_a_claimed_strength_found_not_met_needs_a_why(client_for, inspection, submission, assigned):
    client = client_for(assigned)
    url = reverse("inspection:expectation", args=[inspection.pk, "engagement"])
    page = client.get(url).content.decode()
    assert "claimed as a strength" in page.lower()
    response = client.post(url, {"lock_version": "0", "i2_1_finding": "not_met"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "There is a problem" in page
    assert "Say why indicator 2.1 is not met: the SAR claims it as a strength" in page
    assert not IndicatorFinding.objects.exists()
    response = client.post(
        url, {"lock_version": "0", "i2_1_finding": "not_met", "i2_1_why": "Rarely seen at night."}
    )
    assert response.status_code == 302
    assert IndicatorFinding.objects.get(indicator="2.1").why == "Rarely seen at night."


def test_an_indicator_the_sar_does_not_claim_may_be_not_met_without_a_why(
    client_for, inspection, submission, assigned
):
    response = client_for(assigned).post(
        reverse("inspection:expectation", args=[inspection.pk, "engagement"]),
        {"lock_version": "0", "i2_5_finding": "not_met", "i2_5_sources": ["data", "observation"]},
    )
    assert response.status_code == 302
    assert IndicatorFinding.objects.get(indicator="2.5").sources == ["data", "observation"]


def test_an_unknown_expectation_is_not_found(client_for, inspection, assigned):
    url = reverse("inspection:expectation", args=[inspection.pk, "nonsense"])
    assert client_for(assigned).get(url).status_code == 404
