"""Every SAR page renders for every centre role, and for no one else."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from selfassess.reports import services
from selfassess.reports.models import Comment, KeyConcern, Priority
from tests.factories import EvidenceItemFactory, InspectionFactory
from tests.reports.conftest import write_complete_sar

PAGES = [
    "/sars/{sar}/",
    "/sars/{sar}/sections/vision/",
    "/sars/{sar}/sections/leadership/",
    "/sars/{sar}/sections/tests/",
    "/sars/{sar}/sections/priorities/",
    "/sars/{sar}/priorities/{priority}/",
    "/sars/{sar}/sections/key_concerns/",
    "/sars/{sar}/key-concerns/{concern}/",
    "/sars/{sar}/sections/vision/history/",
    "/sars/{sar}/submissions/",
]
EDIT_PAGES = [
    "/sars/{sar}/sections/priorities/add/",
    "/sars/{sar}/key-concerns/add/",
    "/sars/{sar}/priorities/{priority}/delete/",
    "/sars/{sar}/key-concerns/{concern}/delete/",
]
MANAGER_PAGES = ["/sars/{sar}/sign-off/", "/sars/{sar}/submit/", "/sars/{sar}/assignments/"]


@pytest.fixture
def ids(complete_sar, manager):
    concern = services.add_key_concern(
        complete_sar,
        manager,
        {"reference": "1.1", "kind": "key", "concern": "Too long", "progress": "", "judgement": ""},
        [],
    )
    return {"sar": complete_sar.pk, "priority": Priority.objects.get().pk, "concern": concern.pk}


@pytest.mark.parametrize("role", ["manager", "leader", "contributor"])
def test_members_see_every_page(request, client_for, ids, role):
    client = client_for(request.getfixturevalue(role))
    for page in PAGES:
        assert client.get(page.format(**ids)).status_code == 200, page
    expected_edit = 200 if role != "contributor" else 403
    for page in EDIT_PAGES:
        assert client.get(page.format(**ids)).status_code == expected_edit, page
    expected_manager = 200 if role == "manager" else 403
    for page in MANAGER_PAGES:
        assert client.get(page.format(**ids)).status_code == expected_manager, page


@pytest.mark.parametrize("who", ["outsider", "hmip_coordinator", "hmip_inspector"])
def test_people_outside_the_centre_get_not_found(request, client_for, ids, who):
    client = client_for(request.getfixturevalue(who))
    for page in PAGES + EDIT_PAGES + MANAGER_PAGES:
        assert client.get(page.format(**ids)).status_code == 404, page


def test_anonymous_visitors_are_sent_to_sign_in(client, ids):
    for page in PAGES + EDIT_PAGES + MANAGER_PAGES:
        response = client.get(page.format(**ids))
        assert response.status_code == 302
        assert response.url.startswith("/accounts/login/")


def grow(sar, user, extra):
    """Add priorities, concerns, comments and evidence: more of everything."""
    items = EvidenceItemFactory.create_batch(extra * 2, centre=sar.centre)
    for _ in range(extra):
        if sar.priorities.count() < 6:
            p = services.add_priority(sar, user, {"what": "More"})
            p.evidence.set(items)
            p.targets.create(measure="m", target="t", owner="o")
        k = KeyConcern.objects.create(sar=sar, position=sar.key_concerns.count() + 1, concern="c")
        k.evidence.set(items)
        Comment.objects.create(sar=sar, section="priorities", author=user, body="c")
    for part in sar.test_parts.all():
        part.evidence.set(items)


@pytest.mark.parametrize(
    "page",
    [
        "/sars/{sar}/",
        "/sars/{sar}/sections/priorities/",
        "/sars/{sar}/sections/key_concerns/",
        "/sars/{sar}/sections/tests/",
        "/sars/{sar}/sign-off/",
    ],
)
def test_a_page_makes_the_same_number_of_queries_however_large_the_sar(
    client_for, sar, manager, page
):
    write_complete_sar(sar, manager)
    InspectionFactory(centre=sar.centre)
    grow(sar, manager, 1)  # one of everything, so that every prefetch has something to fetch
    client = client_for(manager)
    url = page.format(sar=sar.pk)
    client.get(url)
    with CaptureQueriesContext(connection) as small:
        assert client.get(url).status_code == 200
    grow(sar, manager, 5)
    with CaptureQueriesContext(connection) as large:
        assert client.get(url).status_code == 200
    assert len(large) == len(small), [q["sql"] for q in large.captured_queries]
