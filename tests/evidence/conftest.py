import datetime as dt

import pytest
from django.core.files.base import ContentFile

from selfassess.evidence.models import EvidenceItem, EvidenceKind, SourceGroup
from tests.evidence import files
from tests.factories import EvidenceItemFactory


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    """Hash the many test users' passwords quickly: their strength is not under test here."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def item(centre, leader):
    """An evidence item without a file, added by the leader."""
    return EvidenceItemFactory(centre=centre, created_by=leader, title="Safety survey 2026")


@pytest.fixture
def item_with_file(centre, leader) -> EvidenceItem:
    """An evidence item with a stored PDF."""
    evidence = EvidenceItemFactory(
        centre=centre,
        created_by=leader,
        title="Use of force review",
        file_name="Use of force review.pdf",
        file_type="application/pdf",
        file_size=len(files.PDF),
    )
    evidence.file.save("evidence.pdf", ContentFile(files.PDF), save=True)
    return evidence


@pytest.fixture
def other_item(other_centre) -> EvidenceItem:
    """An item of another centre."""
    return EvidenceItemFactory(centre=other_centre, title="Another centre's survey")


@pytest.fixture
def form_data():
    """What a person types in the add evidence form, without a file."""
    return {
        "title": "Detainee survey 2026",
        "kind": EvidenceKind.DETAINEE_SURVEY,
        "source_group": SourceGroup.DETAINEES,
        "date-day": "14",
        "date-month": "3",
        "date-year": "2026",
        "summary": "78% of detainees said they felt safe, up from 64% in 2024.",
    }


@pytest.fixture
def as_role(request, client):
    """Return a client for a role name: manager, leader, contributor, outsider, hmip, anonymous."""

    def login(role: str):
        fixture = {"hmip": "hmip_coordinator"}.get(role, role)
        if role != "anonymous":
            client.force_login(request.getfixturevalue(fixture))
        return client

    return login


@pytest.fixture
def evidence_date() -> dt.date:
    return dt.date(2026, 3, 14)
