"""`selfassess demo`: four fictional centres, their SARs in four states, and the accounts."""

import datetime as dt
from io import StringIO

import pytest
from django.contrib.auth import authenticate as django_authenticate
from django.core.management import call_command
from django.test import RequestFactory
from django.utils import timezone

from selfassess.accounts.models import HmipRole, Membership, Role, User
from selfassess.centres.models import Centre, Inspection
from selfassess.demo import people
from selfassess.evidence.models import EvidenceItem, SourceGroup
from selfassess.reports import content as sar_content
from selfassess.reports import services
from selfassess.reports.models import (
    Comment,
    KeyConcern,
    Priority,
    Revision,
    Sar,
    SignOff,
    Submission,
)
from selfassess.reports.structure import MAX_PRIORITIES, SECTIONS, SectionKey
from tests.factories import CentreFactory

FIRST, SECOND, THIRD, FOURTH = "hatherleigh-house", "ravensmoor", "glenmorrow", "ashbourne-vale"
REAL_CENTRES = (
    "Brook House",
    "Tinsley House",
    "Colnbrook",
    "Harmondsworth",
    "Yarl's Wood",
    "Derwentside",
    "Dungavel",
)


def authenticate(**credentials):
    """Sign in as the login page does: django-axes needs the request."""
    return django_authenticate(RequestFactory().post("/accounts/login/"), **credentials)


@pytest.fixture(autouse=True)
def _fast_hashing(settings, monkeypatch):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    monkeypatch.delenv("DEMO_PASSWORD", raising=False)


def run_demo(*args):
    out = StringIO()
    call_command("demo", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def output(db):
    return run_demo()


def load(slug):
    return sar_content.load(Sar.objects.get(centre__slug=slug))


def test_creates_four_fictional_centres(output):
    centres = list(Centre.objects.order_by("name"))
    assert [c.slug for c in centres] == [FOURTH, THIRD, FIRST, SECOND]
    assert {c.nation for c in centres} == {"england", "scotland"}
    assert Centre.objects.get(slug=THIRD).nation == "scotland"
    for centre in centres:
        assert centre.operator and 60 <= centre.capacity <= 650
        assert not any(real.lower() in centre.name.lower() for real in REAL_CENTRES)
        assert 8 <= centre.evidence_items.count() <= 12
        groups = set(centre.evidence_items.values_list("source_group", flat=True))
        assert groups == set(SourceGroup.values)


def test_prints_the_accounts_and_the_address(output):
    assert "http://127.0.0.1:8000" in output
    for email in (
        "manager@example.org",
        "leader@example.org",
        "contributor@example.org",
        "manager.ashbourne@example.org",
        "coordinator@example.org",
        "inspector@example.org",
        "admin@example.org",
    ):
        assert email in output
    assert people.DEFAULT_PASSWORD in output


def test_accounts_log_in_with_the_default_password(output):
    for account in people.ACCOUNTS:
        user = authenticate(username=account.email, password=people.DEFAULT_PASSWORD)
        assert user is not None, account.email
        assert user.full_name and user.job_title
    assert authenticate(username="manager@example.org", password="wrong") is None


def test_roles_memberships_and_inspectors(output):
    def role(email, slug):
        return Membership.objects.get(user__email=email, centre__slug=slug).role

    assert role("manager@example.org", FIRST) == Role.MANAGER
    assert role("leader@example.org", FIRST) == Role.LEADER
    assert role("contributor@example.org", FIRST) == Role.CONTRIBUTOR
    assert role("manager.ravensmoor@example.org", SECOND) == Role.MANAGER
    assert role("manager.glenmorrow@example.org", THIRD) == Role.MANAGER
    assert role("manager.ashbourne@example.org", FOURTH) == Role.MANAGER
    for email in ("manager@example.org", "leader@example.org", "contributor@example.org"):
        assert Membership.objects.filter(user__email=email).count() == 1
    assert User.objects.get(email="coordinator@example.org").hmip_role == HmipRole.COORDINATOR
    inspector = User.objects.get(email="inspector@example.org")
    assert inspector.hmip_role == HmipRole.INSPECTOR
    assert not inspector.memberships.exists()
    assigned = set(inspector.assigned_inspections.values_list("centre__slug", flat=True))
    assert assigned == {FIRST, THIRD, FOURTH}
    admin = User.objects.get(email="admin@example.org")
    assert admin.is_staff and admin.is_superuser
    assert not User.objects.get(email="manager@example.org").is_staff


def test_demo_password_is_honoured(db, monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", "another-demo-secret-42")
    output = run_demo()
    assert "another-demo-secret-42" in output
    assert authenticate(username="coordinator@example.org", password="another-demo-secret-42")
    assert (
        authenticate(username="coordinator@example.org", password=people.DEFAULT_PASSWORD) is None
    )


def test_if_empty_does_nothing_when_a_centre_exists(db):
    CentreFactory(name="Existing House IRC", slug="existing-house")
    output = run_demo("--if-empty")
    assert "not loaded" in output
    assert Centre.objects.count() == 1
    assert not User.objects.exists()


def test_if_empty_loads_an_empty_database(db):
    run_demo("--if-empty")
    assert Centre.objects.count() == 4


def test_running_twice_duplicates_nothing(output):
    models = (User, Centre, Inspection, EvidenceItem, Sar, Priority, KeyConcern)
    models += (Revision, Comment, SignOff, Submission, Membership)
    before = {model: model.objects.count() for model in models}
    again = run_demo()
    assert "already loaded" in again
    assert "http://127.0.0.1:8000" in again
    run_demo("--if-empty")
    assert {model: model.objects.count() for model in models} == before


def test_first_sar_was_submitted_on_time_and_is_now_a_draft_version_2(output):
    content = load(FIRST)
    sar = content.sar
    inspection = services.latest_inspection(sar.centre)
    now = timezone.now()
    assert now - dt.timedelta(days=6) < inspection.announced_at < now - dt.timedelta(days=2)

    (submission,) = sar.submissions.all()
    assert submission.version == 1
    assert submission.inspection == inspection
    assert inspection.announced_at < submission.submitted_at <= inspection.due_at
    assert submission.submitted_at < now
    assert not submission.is_late and services.lateness(submission) is None
    assert submission.sign_off.signed_by.email == "manager@example.org"
    assert submission.sign_off.signed_at <= submission.submitted_at

    # Edited since: the sign-off is withdrawn and the living document is version 2.
    state = services.sign_off_state(content)
    assert state.current is None
    assert state.withdrawn == submission.sign_off
    assert services.draft_version(sar, state.content_hash) == 2
    assert services.sign_off_problems(content) == []
    latest = sar.revisions.first()
    assert latest.created_at > submission.submitted_at
    assert latest.section == SectionKey.PRIORITIES


def test_first_sar_is_fully_written(output):
    content = load(FIRST)
    snapshot = content.sar.submissions.get().snapshot
    sections = snapshot["sections"]
    assert 450 <= sections["leadership"]["word_count"] <= 700
    assert 1800 <= sections["tests"]["word_count"] <= 2600
    ratings = {part["test"]: part["rating"] for part in sections["tests"]["parts"]}
    assert ratings == {"safety": 3, "respect": 3, "activities": 2, "preparation": 3}
    for part in sections["tests"]["parts"]:
        assert "Strengths" in part["text"] and "Weaknesses" in part["text"]
        assert part["evidence"]
    assert len(content.priorities) == 5
    for priority in content.priorities:
        assert priority.what and priority.how_known and priority.delivering and priority.success
        targets = list(priority.targets.all())
        assert 1 <= len(targets) <= 3
        for target in targets:
            assert target.measure and target.baseline and target.target and target.owner
            assert target.due_date > timezone.localdate()
        assert priority.evidence.exists()
    concerns = content.key_concerns
    assert 5 <= len(concerns) <= 7
    assert {kc.kind for kc in concerns} == {"priority", "key"}
    assert all(kc.reference and kc.progress and kc.judgement for kc in concerns)
    assert len({kc.judgement for kc in concerns}) >= 3
    cited = content.cited_evidence()
    assert len(cited) >= 8
    for spec in SECTIONS:
        assert services.section_status(content, spec.key) == services.SectionStatus.COMPLETED


def test_second_sar_is_drafting_with_warnings(output):
    content = load(SECOND)
    sar = content.sar
    inspection = services.latest_inspection(sar.centre)
    now = timezone.now()
    assert inspection.announced_at < now < inspection.due_at
    assert inspection.due_at - now > dt.timedelta(days=1)
    assert not sar.submissions.exists()
    assert services.sign_off_state(content).current is None
    assert not sar.sign_offs.exists()

    assert content.words(SectionKey.LEADERSHIP) > 750
    messages = [problem.message for problem in services.sign_off_problems(content)]
    assert any(m.startswith("Leadership is") and "over its limit" in m for m in messages)
    assert "Rate Activities" in messages
    assert any("how you are delivering it" in m for m in messages)
    unrated = [part for part in content.tests if part.rating is None]
    assert [part.test for part in unrated] == ["activities"]
    statuses = {services.section_status(content, spec.key) for spec in SECTIONS}
    assert services.SectionStatus.IN_PROGRESS in statuses
    open_comments = sar.comments.filter(resolved_at__isnull=True)
    assert open_comments.count() == 2
    assert {c.author.memberships.get().role for c in open_comments} <= {
        Role.LEADER,
        Role.CONTRIBUTOR,
    }
    assert sar.assignments.count() >= 2


def test_third_sar_is_overdue_and_partly_written(output):
    content = load(THIRD)
    sar = content.sar
    inspection = services.latest_inspection(sar.centre)
    now = timezone.now()
    assert inspection.due_at < now
    assert now - inspection.announced_at >= dt.timedelta(days=4)
    assert not sar.submissions.exists()
    assert not Submission.objects.filter(inspection=inspection).exists()
    assert services.sign_off_problems(content)
    assert content.sections[SectionKey.VISION].body
    assert any(not part.body for part in content.tests)


def test_fourth_sar_was_submitted_on_time_complete_and_unchanged_since(output):
    content = load(FOURTH)
    sar = content.sar
    inspection = services.latest_inspection(sar.centre)
    now = timezone.now()
    assert now - dt.timedelta(days=4) < inspection.announced_at < now - dt.timedelta(days=2)
    assert list(inspection.inspectors.values_list("email", flat=True)) == ["inspector@example.org"]
    (submission,) = sar.submissions.all()
    assert submission.version == 1 and submission.inspection == inspection
    assert inspection.announced_at < submission.submitted_at <= inspection.due_at
    assert submission.submitted_at < now
    assert not submission.is_late
    assert submission.sign_off.signed_by.email == "manager.ashbourne@example.org"
    state = services.sign_off_state(content)
    assert state.current == submission.sign_off  # nothing edited since it was submitted
    assert services.sign_off_problems(content) == []

    sections = submission.snapshot["sections"]
    assert 450 <= sections["leadership"]["word_count"] <= 750
    assert 900 <= sections["tests"]["word_count"] <= 3000
    ratings = {part["test"]: part["rating"] for part in sections["tests"]["parts"]}
    assert ratings == {"safety": 3, "respect": 3, "activities": 3, "preparation": 2}
    for part in sections["tests"]["parts"]:
        assert "Strengths" in part["text"] and "Weaknesses" in part["text"]
        assert part["evidence"]
    assert 1 <= len(content.priorities) <= MAX_PRIORITIES
    for priority in content.priorities:
        assert priority.what and priority.how_known and priority.delivering and priority.success
        assert priority.targets.exists() and priority.evidence.exists()
    concerns = content.key_concerns
    assert {kc.kind for kc in concerns} == {"priority", "key"}
    assert all(kc.reference and kc.progress and kc.judgement for kc in concerns)
    cited = content.cited_evidence()
    assert {item.source_group for item in cited} == set(SourceGroup.values)


def test_at_most_six_priorities_and_no_text_in_the_future(output):
    now = timezone.now()
    for sar in Sar.objects.all():
        assert sar.priorities.count() <= MAX_PRIORITIES
        assert sar.revisions.filter(created_at__gt=now).count() == 0
        assert sar.comments.filter(created_at__gt=now).count() == 0
    assert not Inspection.objects.filter(announced_at__gt=now).exists()
    assert not EvidenceItem.objects.filter(date__gt=timezone.localdate()).exists()


def test_revisions_and_lock_versions_are_real(output):
    sar = Sar.objects.get(centre__slug=FIRST)
    leadership = sar.sections.get(key=SectionKey.LEADERSHIP)
    revisions = list(sar.revisions.filter(section=SectionKey.LEADERSHIP).order_by("created_at"))
    assert len(revisions) >= 2
    assert revisions[-1].text == leadership.body
    assert revisions[0].word_count < revisions[-1].word_count
    assert leadership.lock_version == len(revisions)
    assert all(p.lock_version >= 1 for p in sar.priorities.all())
    assert sar.priorities.get(position=2).lock_version == 2  # edited after submission
