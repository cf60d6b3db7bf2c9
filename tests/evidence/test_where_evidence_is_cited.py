"""An item's page shows, with links, every place the SAR cites it."""

from django.urls import reverse

from selfassess.reports.models import KeyConcern, Priority
from selfassess.reports.structure import HealthyTest, SectionKey


def test_it_links_to_each_section_priority_and_key_concern_citing_it(
    client_for, contributor, sar, item
):
    sar.sections.get(key=SectionKey.VISION).evidence.add(item)
    sar.test_parts.get(test=HealthyTest.SAFETY).evidence.add(item)
    priority = Priority.objects.create(sar=sar, position=1, what="Reduce self-harm")
    priority.evidence.add(item)
    concern = KeyConcern.objects.create(
        sar=sar, position=1, reference="KC4", concern="Too many strip-searches"
    )
    concern.evidence.add(item)

    page = client_for(contributor).get(item.get_absolute_url()).content.decode()
    assert f'href="{reverse("reports:section", args=[sar.pk, "vision"])}"' in page
    assert f'href="{reverse("reports:section", args=[sar.pk, "tests"])}"' in page
    assert "Healthy establishment test: Safety" in page
    assert f'href="{reverse("reports:priority", args=[sar.pk, priority.pk])}"' in page
    assert "Priority 1: Reduce self-harm" in page
    assert f'href="{reverse("reports:key_concern", args=[sar.pk, concern.pk])}"' in page
    assert "Key concern KC4: Too many strip-searches" in page


def test_it_says_when_nothing_cites_it(client_for, contributor, item):
    page = client_for(contributor).get(item.get_absolute_url()).content.decode()
    assert "The SAR does not cite this evidence yet" in page


def test_it_offers_the_download_link_when_there_is_a_file(client_for, contributor, item_with_file):
    page = client_for(contributor).get(item_with_file.get_absolute_url()).content.decode()
    assert reverse("evidence:download", args=[item_with_file.pk]) in page
    assert "Use of force review.pdf" in page


def test_titles_and_findings_are_escaped(client_for, leader, sar, item):
    item.title = "<script>alert(1)</script>"
    item.summary = "<img src=x onerror=alert(1)>"
    item.save()
    page = client_for(leader).get(item.get_absolute_url()).content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "<img src=x" not in page
    library = client_for(leader).get(reverse("evidence:library", args=[sar.pk]))
    assert "<script>alert(1)</script>" not in library.content.decode()
