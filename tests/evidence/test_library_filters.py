"""The library filters by kind and by source group with a plain GET form."""

from django.urls import reverse

from selfassess.evidence.models import EvidenceKind, SourceGroup
from tests.factories import EvidenceItemFactory


def _titles(client, sar, query=""):
    page = client.get(reverse("evidence:library", args=[sar.pk]) + query).content.decode()
    titles = ("Staff survey", "Detainee survey", "Complaints log")
    return {title for title in titles if f">{title}</a>" in page}


def _items(centre):
    EvidenceItemFactory(
        centre=centre,
        title="Staff survey",
        kind=EvidenceKind.STAFF_SURVEY,
        source_group=SourceGroup.STAFF,
    )
    EvidenceItemFactory(
        centre=centre,
        title="Detainee survey",
        kind=EvidenceKind.DETAINEE_SURVEY,
        source_group=SourceGroup.DETAINEES,
    )
    EvidenceItemFactory(
        centre=centre,
        title="Complaints log",
        kind=EvidenceKind.COMPLAINTS,
        source_group=SourceGroup.DETAINEES,
    )


def test_without_filters_it_lists_everything(client_for, leader, sar):
    _items(sar.centre)
    assert _titles(client_for(leader), sar) == {"Staff survey", "Detainee survey", "Complaints log"}


def test_it_filters_by_kind(client_for, leader, sar):
    _items(sar.centre)
    assert _titles(client_for(leader), sar, "?kind=staff_survey") == {"Staff survey"}


def test_it_filters_by_source_group(client_for, leader, sar):
    _items(sar.centre)
    titles = _titles(client_for(leader), sar, "?source_group=detainees")
    assert titles == {"Detainee survey", "Complaints log"}


def test_it_combines_both_filters(client_for, leader, sar):
    _items(sar.centre)
    titles = _titles(client_for(leader), sar, "?kind=complaints&source_group=detainees")
    assert titles == {"Complaints log"}


def test_an_empty_filter_means_all(client_for, leader, sar):
    _items(sar.centre)
    assert len(_titles(client_for(leader), sar, "?kind=&source_group=")) == 3


def test_a_made_up_filter_value_is_ignored(client_for, leader, sar):
    _items(sar.centre)
    response = client_for(leader).get(
        reverse("evidence:library", args=[sar.pk]) + "?kind=<script>&source_group=staff"
    )
    assert response.status_code == 200
    assert "<script>&" not in response.content.decode()
    assert _titles(client_for(leader), sar, "?kind=nonsense&source_group=staff") == {"Staff survey"}


def test_it_says_when_nothing_matches(client_for, leader, sar):
    _items(sar.centre)
    page = (
        client_for(leader)
        .get(reverse("evidence:library", args=[sar.pk]) + "?kind=observation")
        .content.decode()
    )
    assert "No evidence matches these filters" in page
