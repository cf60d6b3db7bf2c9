"""Deleting evidence: confirmed first, refused while the SAR cites it, audited."""

from pathlib import Path

from django.core.files.storage import default_storage
from django.urls import reverse

from selfassess.audit.models import Action, AuditEvent
from selfassess.evidence.models import EvidenceItem
from selfassess.reports.models import KeyConcern, Priority
from selfassess.reports.structure import SectionKey


def test_it_asks_for_confirmation_first(client_for, leader, item):
    page = client_for(leader).get(reverse("evidence:delete", args=[item.pk])).content.decode()
    assert "Are you sure you want to delete this evidence?" in page
    assert EvidenceItem.objects.filter(pk=item.pk).exists()


def test_it_refuses_to_delete_an_item_the_sar_cites_and_says_where(client_for, leader, sar, item):
    sar.sections.get(key=SectionKey.LEADERSHIP).evidence.add(item)
    priority = Priority.objects.create(sar=sar, position=2, what="Cut the use of force")
    priority.evidence.add(item)
    concern = KeyConcern.objects.create(
        sar=sar, position=1, reference="KC3", concern="Strip-searching"
    )
    concern.evidence.add(item)
    client = client_for(leader)

    page = client.get(reverse("evidence:delete", args=[item.pk])).content.decode()
    assert "You cannot delete this evidence yet" in page
    assert "Yes, delete this evidence" not in page
    assert reverse("reports:section", args=[sar.pk, "leadership"]) in page
    assert reverse("reports:priority", args=[sar.pk, priority.pk]) in page
    assert reverse("reports:key_concern", args=[sar.pk, concern.pk]) in page

    response = client.post(reverse("evidence:delete", args=[item.pk]))
    assert response.status_code == 409
    assert "You cannot delete this evidence yet" in response.content.decode()
    assert EvidenceItem.objects.filter(pk=item.pk).exists()
    assert not AuditEvent.objects.filter(action=Action.DELETE).exists()


def test_a_test_part_citation_also_blocks_deletion(client_for, manager, sar, item):
    sar.test_parts.first().evidence.add(item)
    response = client_for(manager).post(reverse("evidence:delete", args=[item.pk]))
    assert response.status_code == 409
    assert reverse("reports:section", args=[sar.pk, "tests"]) in response.content.decode()
    assert EvidenceItem.objects.filter(pk=item.pk).exists()


def test_it_deletes_an_uncited_item_its_file_and_audits_it(
    client_for, manager, sar, item_with_file, django_capture_on_commit_callbacks
):
    stored = item_with_file.file.name
    assert default_storage.exists(stored)
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(manager).post(reverse("evidence:delete", args=[item_with_file.pk]))
    assert response.status_code == 302
    assert response.url == reverse("evidence:library", args=[sar.pk])
    assert not EvidenceItem.objects.filter(pk=item_with_file.pk).exists()
    assert not default_storage.exists(stored)
    event = AuditEvent.objects.get(action=Action.DELETE)
    assert event.actor == manager
    assert event.centre == sar.centre
    assert "Use of force review" in event.description
    assert not list(Path(default_storage.location).rglob("*.pdf"))
