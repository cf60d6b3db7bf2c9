"""Loading the framework: idempotent, refusing a changed edition, recorded on inspections and SARs."""

import copy
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from selfassess.framework import editions
from selfassess.framework.loading import (
    DataFile,
    FrameworkConflict,
    checksum,
    data_files,
    load_all,
    store,
)
from selfassess.framework.models import FrameworkEdition
from tests.factories import InspectionFactory

pytestmark = pytest.mark.django_db


def test_the_migration_has_stored_the_shipped_edition():
    stored = FrameworkEdition.objects.get()
    assert stored.edition == "irc-leadership-1"
    assert stored.checksum == data_files()[0].checksum
    assert len(stored.data["expectations"]) == 4


def test_loading_again_changes_nothing():
    before = FrameworkEdition.objects.get()
    assert load_all() == [("irc-leadership-1", False)]
    assert load_all() == [("irc-leadership-1", False)]
    after = FrameworkEdition.objects.get()
    assert (after.pk, after.loaded_at, after.checksum) == (
        before.pk,
        before.loaded_at,
        before.checksum,
    )


def test_loading_an_empty_database_stores_each_edition_once():
    FrameworkEdition.objects.all().delete()
    assert load_all() == [("irc-leadership-1", True)]
    assert load_all() == [("irc-leadership-1", False)]
    assert FrameworkEdition.objects.count() == 1


def test_the_command_reports_what_it_did():
    FrameworkEdition.objects.all().delete()
    out = StringIO()
    call_command("load_framework", stdout=out)
    call_command("load_framework", stdout=out)
    assert out.getvalue().splitlines() == [
        "irc-leadership-1: loaded",
        "irc-leadership-1: already loaded, unchanged",
    ]


def test_a_changed_file_under_a_stored_edition_is_refused():
    data = copy.deepcopy(data_files()[0].data)
    data["expectations"][0]["indicators"][0]["text"] = "Reworded."
    changed = DataFile("changed.yaml", data, checksum(data))
    with pytest.raises(FrameworkConflict, match="new edition"):
        store(FrameworkEdition, changed)
    assert (
        FrameworkEdition.objects.get().data["expectations"][0]["indicators"][0]["text"]
        != "Reworded."
    )


def test_the_command_fails_loudly_on_a_conflict(monkeypatch):
    data = copy.deepcopy(data_files()[0].data)
    data["title"] = "Another title"
    monkeypatch.setattr(
        "selfassess.framework.loading.data_files",
        lambda: [DataFile("x.yaml", data, checksum(data))],
    )
    with pytest.raises(CommandError, match="already loaded with different content"):
        call_command("load_framework", stdout=StringIO())


def test_a_new_edition_is_stored_beside_the_old_and_old_judgements_keep_their_wording():
    data = copy.deepcopy(data_files()[0].data)
    data["edition"] = "irc-leadership-2"
    data["expectations"][0]["indicators"][0]["text"] = "A new wording of 1.1."
    store(FrameworkEdition, DataFile("new.yaml", data, checksum(data)))
    assert FrameworkEdition.objects.count() == 2
    old = editions.get("irc-leadership-1")
    new = editions.get("irc-leadership-2")
    assert old.indicators["1.1"].text.startswith("Leaders and staff understand")
    assert new.indicators["1.1"].text == "A new wording of 1.1."


def test_an_inspection_records_the_edition_in_force_when_announced(monkeypatch):
    inspection = InspectionFactory()
    assert inspection.framework_edition == "irc-leadership-1"
    monkeypatch.setattr("selfassess.framework.edition.CURRENT", "irc-leadership-2")
    later = InspectionFactory()
    inspection.refresh_from_db()
    assert later.framework_edition == "irc-leadership-2"
    assert inspection.framework_edition == "irc-leadership-1"
