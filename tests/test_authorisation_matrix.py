"""Every route × every role: the status a GET answers, from one table.

The table below names every route in the URL configuration. A route missing from it fails
`test_every_route_is_in_the_table`: add a row saying what each role should get. Statuses:
200 (the page), LOGIN (302 to the sign-in page), 403 (a member whose role may not do this),
404 (someone outside: another centre, or HMIP staff not allowed, learns nothing), 405 (a
form that only answers POST; GET says so whoever asks), or a redirect (302) elsewhere.
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

from selfassess.accounts.models import Role
from selfassess.evidence.models import EvidenceItem
from selfassess.reports import services
from selfassess.reports.models import Comment
from selfassess.reports.structure import SectionKey
from tests.centres.conftest import write_complete_sar
from tests.factories import (
    CentreFactory,
    EvidenceItemFactory,
    InspectionFactory,
    UserFactory,
    coordinator,
    inspector,
    member,
)

pytestmark = pytest.mark.django_db

ROLES = (
    "anonymous",
    "contributor",
    "leader",
    "manager",
    "other_manager",  # centre manager of another centre
    "coordinator",
    "inspector",  # assigned to the centre's inspection
    "other_inspector",  # not assigned
    "admin",
)
LOGIN = "login"
ADMIN_LOGIN = "admin-login"
REDIRECT = "redirect"  # 302 somewhere other than a sign-in page


def rule(default: Any, **roles: Any) -> dict[str, Any]:
    """Return what each role gets: anonymous is sent to sign in unless said otherwise."""
    expected = dict.fromkeys(ROLES, default)
    expected["anonymous"] = LOGIN
    expected.update(roles)
    return expected


# Rules shared by many routes.
PUBLIC = rule(200, anonymous=200)
CENTRE_READ = rule(
    404, contributor=200, leader=200, manager=200
)  # centre members only; outsiders 404
CENTRE_EDIT = rule(404, contributor=403, leader=200, manager=200)
CENTRE_MANAGER = rule(404, contributor=403, leader=403, manager=200)
POST_ONLY = rule(405, anonymous=405)
POST_ONLY_LOGIN = rule(405)
SUBMISSION_READ = rule(
    404, contributor=200, leader=200, manager=200, coordinator=200, inspector=200
)
COORDINATOR = rule(404, coordinator=200)
HMIP = rule(404, coordinator=200, inspector=200, other_inspector=200)
ADMINISTRATOR = rule(404, admin=200)
DJANGO_ADMIN = rule(ADMIN_LOGIN, anonymous=ADMIN_LOGIN, admin=200)


@dataclass
class World:
    """A centre with people in every role, a SAR with one of everything, and HMIP staff."""

    users: dict[str, Any]
    sar: Any
    submission: Any
    inspection: Any
    evidence: EvidenceItem
    priority: Any
    key_concern: Any
    comment: Comment


@pytest.fixture
def world(db) -> World:
    centre = CentreFactory(name="Brookfield House IRC", slug="brookfield-house")
    other = CentreFactory(name="Ashdown IRC", slug="ashdown")
    users = {
        "contributor": member(centre, Role.CONTRIBUTOR),
        "leader": member(centre, Role.LEADER),
        "manager": member(centre, Role.MANAGER),
        "other_manager": member(other, Role.MANAGER),
        "coordinator": coordinator(),
        "inspector": inspector(),
        "other_inspector": inspector(),
        "admin": UserFactory(is_staff=True, is_superuser=True),
    }
    services.get_or_create_sar(other)
    sar = services.get_or_create_sar(centre)
    announced = timezone.now() - dt.timedelta(hours=1)
    inspection = InspectionFactory(
        centre=centre, announced_at=announced, due_at=announced + dt.timedelta(days=3)
    )
    inspection.inspectors.add(users["inspector"])
    manager = users["manager"]
    write_complete_sar(sar, manager)
    services.sign_off(sar, manager)
    submission = services.submit(sar, manager)
    evidence = EvidenceItemFactory(
        centre=centre, file=SimpleUploadedFile("figures.csv", b"month,count\nMay,4\n")
    )
    evidence.file_name = "figures.csv"
    evidence.save()
    key_concern = services.add_key_concern(
        sar, manager, {"reference": "KC1", "concern": "Too few staff on nights"}, []
    )
    comment = Comment.objects.create(
        sar=sar, section=SectionKey.VISION, author=users["contributor"], body="A comment"
    )
    return World(
        users=users,
        sar=sar,
        submission=submission,
        inspection=inspection,
        evidence=evidence,
        priority=sar.priorities.first(),
        key_concern=key_concern,
        comment=comment,
    )


def sar(w: World) -> dict[str, Any]:
    return {"pk": w.sar.pk}


def section(key: str) -> Callable[[World], dict[str, Any]]:
    return lambda w: {"pk": w.sar.pk, "key": key}


def submission(w: World) -> dict[str, Any]:
    return {"pk": w.submission.pk}


def inspection(w: World) -> dict[str, Any]:
    return {"pk": w.inspection.pk}


def evidence(w: World) -> dict[str, Any]:
    return {"pk": w.evidence.pk}


def none(w: World) -> dict[str, Any]:
    return {}


def item(attribute: str) -> Callable[[World], dict[str, Any]]:
    return lambda w: {"pk": w.sar.pk, "item": getattr(w, attribute).pk}


def export(fmt: str, of: Callable[[World], dict[str, Any]]) -> Callable[[World], dict[str, Any]]:
    return lambda w: {**of(w), "fmt": fmt}


def import_token(w: World) -> dict[str, Any]:
    return {"pk": w.sar.pk, "token": "no-such-upload"}


def expectation(w: World) -> dict[str, Any]:
    return {"pk": w.inspection.pk, "expectation_id": "direction"}


def centre_slug(w: World) -> dict[str, Any]:
    return {"slug": w.sar.centre.slug}


def evidence_of_sar(w: World) -> dict[str, Any]:
    return {"sar_pk": w.sar.pk}


SIGNED_IN = rule(200)
SIGNED_IN_REDIRECT = rule(REDIRECT)
CENTRE_REDIRECT = rule(404, contributor=REDIRECT, leader=REDIRECT, manager=REDIRECT)
IMPORT_STEP = rule(404, contributor=403, leader=REDIRECT, manager=REDIRECT)
JUDGEMENTS = rule(404, coordinator=200, inspector=200)

# route name: (what each role gets, the URL's arguments). One row per route; a namespace
# ending in ":*" covers every route in it (Django's admin, whose routes follow its models).
ROUTES: dict[str, tuple[dict[str, Any], Callable[[World], dict[str, Any]]]] = {
    "home": (rule(REDIRECT, admin=200), none),  # each person is sent to their work
    "accessibility": (PUBLIC, none),
    "accounts:login": (rule(REDIRECT, anonymous=200), none),  # signed in: on to the service
    "accounts:logout": (rule(405, anonymous=405), none),  # POST only
    "accounts:two_factor_setup": (SIGNED_IN, none),
    "accounts:two_factor_verify": (SIGNED_IN_REDIRECT, none),  # nothing to verify: moves on
    "audit:log": (ADMINISTRATOR, none),
    "audit:csv": (ADMINISTRATOR, none),
    "centres:dashboard": (COORDINATOR, none),
    "centres:announce": (COORDINATOR, none),
    "centres:inbox": (HMIP, none),
    "centres:inspection": (
        rule(404, contributor=200, leader=200, manager=200, coordinator=200, inspector=200),
        inspection,
    ),
    "centres:inspectors": (POST_ONLY_LOGIN, inspection),
    "reports:for_centre": (CENTRE_REDIRECT, centre_slug),
    "reports:sar": (CENTRE_READ, sar),
    "reports:section": (CENTRE_READ, section("vision")),
    "reports:tests": (CENTRE_READ, sar),
    "reports:priorities": (CENTRE_READ, sar),
    "reports:priority": (CENTRE_READ, item("priority")),  # contributors read, cannot save
    "reports:priority_add": (CENTRE_EDIT, sar),
    "reports:priority_delete": (CENTRE_EDIT, item("priority")),
    "reports:priority_move": (POST_ONLY_LOGIN, item("priority")),
    "reports:key_concerns": (CENTRE_READ, sar),
    "reports:key_concern": (CENTRE_READ, item("key_concern")),
    "reports:key_concern_add": (CENTRE_EDIT, sar),
    "reports:key_concern_delete": (CENTRE_EDIT, item("key_concern")),
    "reports:key_concern_move": (POST_ONLY_LOGIN, item("key_concern")),
    "reports:section_complete": (POST_ONLY_LOGIN, section("vision")),
    "reports:history": (CENTRE_READ, section("vision")),
    "reports:compare": (CENTRE_REDIRECT, section("vision")),  # without versions: to history
    "reports:comment_add": (POST_ONLY_LOGIN, section("vision")),
    "reports:comment_resolve": (POST_ONLY_LOGIN, item("comment")),
    "reports:assignments": (CENTRE_MANAGER, sar),
    "reports:review": (CENTRE_READ, sar),
    "reports:review_dismiss": (POST_ONLY_LOGIN, sar),
    "reports:sign_off": (CENTRE_MANAGER, sar),
    "reports:submit": (CENTRE_MANAGER, sar),
    "reports:submissions": (CENTRE_READ, sar),
    "reports:submission": (SUBMISSION_READ, submission),
    "reports:submission_review": (SUBMISSION_READ, submission),
    "evidence:library": (CENTRE_READ, evidence_of_sar),
    "evidence:add": (CENTRE_READ, evidence_of_sar),  # contributors add evidence too
    "evidence:detail": (CENTRE_READ, evidence),
    "evidence:edit": (CENTRE_EDIT, evidence),
    "evidence:delete": (CENTRE_EDIT, evidence),
    "evidence:download": (CENTRE_READ, evidence),
    "documents:export_draft": (CENTRE_READ, export("md", sar)),
    "documents:export_submission": (SUBMISSION_READ, export("md", submission)),
    "documents:import_upload": (CENTRE_EDIT, sar),
    "documents:import_preview": (IMPORT_STEP, import_token),  # an unknown upload: start again
    "documents:import_confirm": (IMPORT_STEP, import_token),
    "framework:page": (PUBLIC, none),  # the published Expectations: public information
    "framework:json": (PUBLIC, none),
    "inspection:overview": (JUDGEMENTS, inspection),
    "inspection:reading": (JUDGEMENTS, inspection),
    "inspection:expectation": (JUDGEMENTS, expectation),
    "inspection:ratings": (JUDGEMENTS, inspection),
    "inspection:comparison": (JUDGEMENTS, inspection),
    "inspection:narrative": (JUDGEMENTS, inspection),
    "inspection:narrative_docx": (JUDGEMENTS, inspection),
    "inspection:publish": (COORDINATOR, inspection),
    "inspection:calibration": (COORDINATOR, none),
    "admin:*": (DJANGO_ADMIN, none),
    "admin:login": (rule(200, anonymous=200, admin=REDIRECT), none),  # throttled by axes too
    "admin:logout": (rule(REDIRECT, anonymous=REDIRECT, admin=405), none),
    "admin:autocomplete": (rule(ADMIN_LOGIN, anonymous=ADMIN_LOGIN, admin=403), none),
    # django-axes keeps its records read-only: nobody adds one by hand.
    "admin:axes_accessattempt_add": (rule(ADMIN_LOGIN, anonymous=ADMIN_LOGIN, admin=403), none),
    "admin:axes_accessfailurelog_add": (rule(ADMIN_LOGIN, anonymous=ADMIN_LOGIN, admin=403), none),
    "admin:axes_accesslog_add": (rule(ADMIN_LOGIN, anonymous=ADMIN_LOGIN, admin=403), none),
}


def urlconf_route_names() -> list[str]:
    """Return every named route, namespaced, walking the URL configuration recursively."""
    names: list[str] = []

    def walk(patterns: list[Any], namespace: str) -> None:
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = namespace
                if pattern.namespace:
                    inner = f"{namespace}{pattern.namespace}:"
                walk(pattern.url_patterns, inner)
            elif isinstance(pattern, URLPattern) and pattern.name:
                names.append(f"{namespace}{pattern.name}")

    walk(get_resolver().url_patterns, "")
    return sorted(set(names))


def observe(client: Client, url: str) -> Any:
    response = client.get(url)
    if response.status_code == 302:
        location = response["Location"]
        if location.startswith("/accounts/login/"):
            return LOGIN
        if location.startswith("/admin/login/"):
            return ADMIN_LOGIN
        return REDIRECT
    return response.status_code


def clients(world: World) -> dict[str, Client]:
    result = {"anonymous": Client()}
    for role, user in world.users.items():
        client = Client()
        client.force_login(user)
        result[role] = client
    return result


def row_for(name: str) -> tuple[dict[str, Any], Callable[[World], dict[str, Any]]] | None:
    """Return the table's row for a route: its own, or its namespace's."""
    if name in ROUTES:
        return ROUTES[name]
    return ROUTES.get(name.split(":", 1)[0] + ":*") if ":" in name else None


def test_every_route_is_in_the_table():
    missing = [name for name in urlconf_route_names() if row_for(name) is None]
    assert missing == [], (
        "These routes are not in the authorisation matrix. Add a row for each to ROUTES in "
        f"tests/test_authorisation_matrix.py saying what every role gets: {missing}"
    )


def test_the_table_names_only_routes_that_exist():
    names = set(urlconf_route_names())
    namespaces = {name.split(":", 1)[0] for name in names if ":" in name}
    stale = [
        name
        for name in ROUTES
        if name not in names and not (name.endswith(":*") and name[:-2] in namespaces)
    ]
    assert stale == [], f"Rows for routes that no longer exist: {stale}"


def route_parameters(name: str) -> list[str]:
    """Return the names of a route's URL parameters."""

    def find(patterns: list[Any], namespace: str) -> list[str] | None:
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
                found = find(pattern.url_patterns, inner)
                if found is not None:
                    return found
            elif isinstance(pattern, URLPattern) and f"{namespace}{pattern.name}" == name:
                return list(pattern.pattern.regex.groupindex)
        return None

    return find(get_resolver().url_patterns, "") or []


def admin_kwargs(name: str, world: World) -> dict[str, Any] | None:
    """Return arguments for a Django admin route, from a real object where one is needed."""
    from django.contrib import admin

    params = route_parameters(name)
    if "content_type_id" in params:
        return None  # "view on site" jumps to the object's own page, covered above
    kwargs: dict[str, Any] = {}
    if "app_label" in params:
        kwargs["app_label"] = "accounts"
    if key := next((p for p in ("object_id", "id", "pk") if p in params), None):
        short = name.split(":", 1)[1]
        obj = world.users["manager"]  # Django names the user password route auth_user_*
        for model in admin.site._registry:
            if short.startswith(f"{model._meta.app_label}_{model._meta.model_name}_"):
                obj = model.objects.first()
                break
        if obj is None:
            return None  # no object of this model to point at
        kwargs[key] = obj.pk
    return kwargs


def test_every_route_answers_each_role_as_the_table_says(world):
    role_clients = clients(world)
    names = urlconf_route_names()
    problems = []
    checked = 0
    for name in names:
        expected, kwargs_for = row_for(name)
        kwargs = admin_kwargs(name, world) if name.startswith("admin:") else kwargs_for(world)
        if kwargs is None:
            continue  # an admin route with no object of its model to point at
        url = reverse(name, kwargs=kwargs or None)
        for role in ROLES:
            got = observe(role_clients[role], url)
            checked += 1
            if got != expected[role]:
                problems.append(f"{name} ({url}) as {role}: expected {expected[role]}, got {got}")
    assert problems == [], "\n".join(problems)
    assert checked >= 60 * len(ROLES)


def test_the_matrix_covers_own_centre_other_centre_and_anonymous():
    """Each centre page lets its own people in and keeps the other centre's manager out."""
    for name, (expected, _) in ROUTES.items():
        assert set(expected) == set(ROLES), name
        if expected["manager"] == 200 and name.split(":")[0] in {"reports", "evidence"}:
            assert expected["other_manager"] == 404, name
        public = {"accessibility", "framework:page", "framework:json"}
        if name not in public | {"accounts:login", "admin:login", "admin:logout"}:
            assert expected["anonymous"] in {LOGIN, ADMIN_LOGIN, 405}, name
