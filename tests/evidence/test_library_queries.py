"""The library page takes the same number of queries however much evidence there is."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from selfassess.reports.models import KeyConcern, Priority
from tests.factories import EvidenceItemFactory


def _add_cited_items(sar, count):
    sections = list(sar.sections.all())
    tests = list(sar.test_parts.all())
    priority = Priority.objects.create(sar=sar, position=1, what="Reduce self-harm")
    concern = KeyConcern.objects.create(sar=sar, position=1, concern="Use of force")
    for n in range(count):
        item = EvidenceItemFactory(centre=sar.centre, title=f"Item {n}")
        sections[n % len(sections)].evidence.add(item)
        tests[n % len(tests)].evidence.add(item)
        priority.evidence.add(item)
        concern.evidence.add(item)


def _queries(client, sar):
    with CaptureQueriesContext(connection) as context:
        response = client.get(reverse("evidence:library", args=[sar.pk]))
    assert response.status_code == 200
    return len(context.captured_queries), response.content.decode()


def test_the_library_takes_as_many_queries_for_30_items_as_for_3(client_for, manager, sar):
    client = client_for(manager)
    _add_cited_items(sar, 3)
    few, page = _queries(client, sar)
    assert page.count("1 priority") == 3
    _add_cited_items(sar, 27)
    many, page = _queries(client, sar)
    assert page.count("Item ") >= 30
    assert many == few


def test_it_counts_each_citation_once(client_for, manager, sar):
    item = EvidenceItemFactory(centre=sar.centre)
    for section in sar.sections.all()[:2]:
        section.evidence.add(item)
    for part in sar.test_parts.all()[:3]:
        part.evidence.add(item)
    for position in (1, 2):
        Priority.objects.create(sar=sar, position=position).evidence.add(item)
    KeyConcern.objects.create(sar=sar, position=1, concern="Searching").evidence.add(item)
    _, page = _queries(client_for(manager), sar)
    assert "2 sections, 3 tests, 2 priorities, 1 key concern" in page
