"""Publishing: a confirm page, an audit event, and only then does the centre see the judgements."""

import pytest
from django.urls import reverse

from selfassess.audit.models import AuditEvent

pytestmark = pytest.mark.django_db


def test_the_coordinator_confirms_before_publishing(client_for, judgement, hmip_coordinator):
    client = client_for(hmip_coordinator)
    url = reverse("inspection:publish", args=[judgement.inspection.pk])
    page = client.get(url).content.decode()
    assert "You cannot undo this" in page
    assert 'name="confirm" value="yes"' in page
    response = client.post(url, {})
    assert response.status_code == 302
    judgement.refresh_from_db()
    assert judgement.published_at is None


def test_publishing_records_who_and_when_and_audits_it(client_for, judgement, hmip_coordinator):
    client = client_for(hmip_coordinator)
    response = client.post(
        reverse("inspection:publish", args=[judgement.inspection.pk]), {"confirm": "yes"}
    )
    assert response.status_code == 302
    judgement.refresh_from_db()
    assert judgement.published_at is not None
    assert judgement.published_by == hmip_coordinator
    event = AuditEvent.objects.get(description__startswith="Published the judgements")
    assert event.actor == hmip_coordinator
    assert event.centre == judgement.inspection.centre
    follow = client.get(response["Location"]).content.decode()
    assert "can now see" in follow


def test_the_centre_sees_the_notes_only_after_publication(
    client_for, judgement, manager, hmip_coordinator
):
    client = client_for(manager)
    overview = reverse("inspection:overview", args=[judgement.inspection.pk])
    comparison = reverse("inspection:comparison", args=[judgement.inspection.pk])
    inspection_page = reverse("centres:inspection", args=[judgement.inspection.pk])
    assert client.get(overview).status_code == 404
    assert overview not in client.get(inspection_page).content.decode()
    client_for(hmip_coordinator).post(
        reverse("inspection:publish", args=[judgement.inspection.pk]), {"confirm": "yes"}
    )
    client = client_for(manager)
    page = client.get(overview).content.decode()
    assert "PRIVATE NARRATIVE about engagement." in page
    assert "PRIVATE NOTE on 2.1" in page
    assert "PRIVATE WHY on safety" in client.get(comparison).content.decode()
    page = client.get(inspection_page).content.decode()
    assert "See the inspection's judgements" in page
    assert overview in page


def test_judgements_cannot_change_after_publication(client_for, published, assigned):
    client = client_for(assigned)
    response = client.post(
        reverse("inspection:expectation", args=[published.inspection.pk, "direction"]),
        {"lock_version": "0", "narrative": "Changed after publication."},
    )
    assert response.status_code == 302
    assert not published.expectations.filter(narrative="Changed after publication.").exists()
    response = client.get(
        reverse("inspection:ratings", args=[published.inspection.pk]), follow=True
    )
    assert "can no longer change" in response.content.decode()


def test_publishing_twice_is_refused_politely(client_for, published, hmip_coordinator):
    client = client_for(hmip_coordinator)
    url = reverse("inspection:publish", args=[published.inspection.pk])
    response = client.post(url, {"confirm": "yes"}, follow=True)
    assert "already published" in response.content.decode()
    assert (
        AuditEvent.objects.filter(description__startswith="Published the judgements").count() == 1
    )
