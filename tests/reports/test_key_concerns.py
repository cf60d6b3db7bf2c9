"""Section 5: progress against the last inspection's key concerns."""

from selfassess.reports.models import KeyConcern


def add(client, sar, **extra):
    data = {
        "reference": "1.8",
        "kind": "priority",
        "concern": "Too many detainees with evidence of torture remained in detention.",
        "progress": "Rule 35 releases rose from 12% to 31% (Home Office data, 2026).",
        "judgement": "reasonable",
    }
    data.update(extra)
    return client.post(f"/sars/{sar.pk}/key-concerns/add/", data)


def test_a_leader_records_progress_against_a_concern(client_for, sar, leader):
    client = client_for(leader)
    assert add(client, sar).status_code == 302
    concern = KeyConcern.objects.get(sar=sar)
    assert (concern.reference, concern.kind, concern.judgement) == ("1.8", "priority", "reasonable")
    page = client.get(f"/sars/{sar.pk}/sections/key_concerns/").content.decode()
    assert "Reasonable progress" in page
    assert "Priority concern" in page


def test_a_concern_needs_its_wording(client_for, sar, leader):
    response = add(client_for(leader), sar, concern="")
    assert response.status_code == 200
    assert "Enter the concern as the inspection report wrote it" in response.content.decode()
    assert not KeyConcern.objects.exists()


def test_an_unknown_judgement_is_refused(client_for, sar, leader):
    response = add(client_for(leader), sar, judgement="excellent")
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()


def test_a_concern_is_edited_and_removed(client_for, sar, leader):
    client = client_for(leader)
    add(client, sar)
    add(client, sar, reference="1.9")
    concern = KeyConcern.objects.get(reference="1.8")
    response = client.post(
        f"/sars/{sar.pk}/key-concerns/{concern.pk}/",
        {
            "reference": "1.8",
            "kind": "priority",
            "concern": concern.concern,
            "progress": "Now 35%.",
            "judgement": "good",
            "base_version": concern.lock_version,
        },
    )
    assert response.status_code == 302
    concern.refresh_from_db()
    assert concern.judgement == "good"
    client.post(f"/sars/{sar.pk}/key-concerns/{concern.pk}/delete/")
    assert list(sar.key_concerns.values_list("reference", "position")) == [("1.9", 1)]
