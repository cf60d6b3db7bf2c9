"""The demo's inspections: every new page has content, and the figures have known answers."""

import re
from io import BytesIO, StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from docx import Document
from markupsafe import escape

from selfassess.accounts.models import User
from selfassess.centres.models import Inspection
from selfassess.demo.ashbourne import LEADERSHIP
from selfassess.framework.edition import current
from selfassess.inspection.calibration import calibrate

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(settings, monkeypatch):
    monkeypatch.delenv("DEMO_PASSWORD", raising=False)
    call_command("demo", stdout=StringIO())
    return {
        "hatherleigh": Inspection.objects.get(centre__slug="hatherleigh-house"),
        "glenmorrow": Inspection.objects.get(centre__slug="glenmorrow"),
        "ashbourne": Inspection.objects.get(centre__slug="ashbourne-vale"),
    }


def login(client, email):
    client.force_login(User.objects.get(email=email))
    return client


def test_hatherleigh_is_judged_by_the_demo_inspector_and_published(demo):
    judgement = demo["hatherleigh"].judgement
    assert judgement.is_published
    assert judgement.published_by.email == "coordinator@example.org"
    assert judgement.submission.version == 1
    assert judgement.indicators.count() == 34
    assert judgement.expectations.count() == 4
    assert {e.updated_by.email for e in judgement.expectations.all()} == {"inspector@example.org"}


def test_glenmorrow_is_in_progress(demo):
    judgement = demo["glenmorrow"].judgement
    assert not judgement.is_published
    assert judgement.submission is None
    assert sorted(judgement.indicators.values_list("indicator", flat=True)) == [
        "1.1",
        "1.2",
        "1.3",
        "1.4",
    ]


def test_ashbourne_vale_is_submitted_and_being_judged_by_the_demo_inspector(demo):
    inspection = demo["ashbourne"]
    assert list(inspection.inspectors.values_list("email", flat=True)) == ["inspector@example.org"]
    judgement = inspection.judgement
    assert not judgement.is_published
    assert judgement.submission.version == 1
    assert judgement.submission.inspection == inspection
    assert sorted(judgement.indicators.values_list("indicator", flat=True)) == [
        "1.1",
        "1.2",
        "1.4",
        "1.7",
        "2.1",
        "3.7",
    ]
    # Where the inspection differs from the centre, it says why.
    safety = judgement.tests.get(test="safety")
    assert (safety.rating, bool(safety.why)) == (2, True)
    assert judgement.tests.get(test="respect").rating == 3
    assert all(f.why for f in judgement.indicators.filter(finding="not_met"))
    assert judgement.indicators.filter(finding="not_met").exists()
    assert not judgement.concerns.exists() and not judgement.evidence.exists()


def test_the_demo_inspector_reads_and_judges_ashbourne_vale(client, demo):
    pk = demo["ashbourne"].pk
    inspector = login(client, "inspector@example.org")
    response = inspector.get(reverse("inspection:reading", args=[pk]))
    assert response.status_code == 200
    reading = response.content.decode()
    assert "Ashbourne Vale IRC" in reading and "version 1" in reading
    # Per expectation, how many indicators the leadership section is silent on; and the
    # SAR's own sentences beside the indicators they speak to (which ones is the engine's
    # reading, so the test only asks that some are quoted).
    for count in (7, 11, 8, 8):
        assert re.search(rf"the leadership section is silent on \d+ of {count} indicators", reading)
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", LEADERSHIP) if len(s) > 60]
    assert any(escape(sentence) in reading for sentence in sentences)
    assert "Record judgements on" in reading

    url = reverse("inspection:expectation", args=[pk, "continuous_improvement"])
    form = inspector.get(url)
    assert form.status_code == 200
    response = inspector.post(
        url,
        {
            "lock_version": "0",
            "narrative": "Leaders used data well to understand safety.",
            "i4_1_finding": "met",
            "i4_1_notes": "Equality analysis of use of force every month.",
            "i4_1_sources": ["data", "documentation"],
        },
    )
    assert response.status_code == 302
    assert response.url == reverse("inspection:overview", args=[pk])
    judgement = demo["ashbourne"].judgement
    judgement.refresh_from_db()
    saved = judgement.expectations.get(expectation="continuous_improvement")
    assert saved.narrative == "Leaders used data well to understand safety."
    assert saved.updated_by.email == "inspector@example.org"
    finding = judgement.indicators.get(indicator="4.1")
    assert (finding.finding, finding.sources) == ("met", ["data", "documentation"])
    assert judgement.indicators.get(indicator="1.1").finding == "met"  # earlier work kept


def test_the_comparison_has_known_answers(client, demo):
    text = (
        login(client, "manager@example.org")
        .get(reverse("inspection:comparison", args=[demo["hatherleigh"].pk]))
        .content.decode()
    )
    assert (
        "The centre rated itself higher than the inspection on 2 of 4 tests and the same on 2."
        in text
    )
    assert (
        "The centre judged its progress more favourably than the inspection on 1 of 6 key "
        "concerns, less favourably on 1 and the same on 4."
    ) in text
    # Which indicators the SAR claims or is silent on is the review engine's reading; the demo's
    # deliberate differences are always there, and the summary counts what the lists show.
    claimed = text.split('id="claimed-not-met"')[1].split('id="met-but-silent"')[0]
    silent = text.split('id="met-but-silent"')[1]
    assert "2.1 Leaders at every level" in claimed and "3.7 Line managers" in claimed
    assert "1.6" in silent and "2.9" in silent
    claimed_count = claimed.count('<h3 class="govuk-heading-s">')
    silent_count = silent.split("</ul>")[0].count("<li>")
    assert (
        f"Inspectors found {claimed_count} indicators the SAR claims as strengths not met, and "
        f"{silent_count} indicators met that the SAR&#39;s leadership section is silent on."
    ) in text


def test_every_claimed_strength_found_not_met_has_a_why(demo):
    from selfassess.inspection.reading import claimed_indicators, read, review_of

    judgement = demo["hatherleigh"].judgement
    claimed = claimed_indicators(read(current(), review_of(judgement.submission)))
    for finding in judgement.indicators.filter(finding="not_met"):
        assert finding.why or finding.indicator not in claimed, finding.indicator


def test_the_calibration_has_known_answers(client, demo):
    figures = calibrate(current())
    # Hatherleigh House's published judgements, and Ashbourne Vale's two ratings so far.
    assert [(t.id, t.above, t.same, t.below) for t in figures.tests] == [
        ("safety", 2, 0, 0),
        ("respect", 0, 2, 0),
        ("activities", 0, 1, 0),
        ("preparation", 1, 0, 0),
    ]
    assert [(i.judgement.inspection.centre.slug, i.mean) for i in figures.inspections] == [
        ("hatherleigh-house", 0.5),
        ("ashbourne-vale", 0.5),
    ]
    text = (
        login(client, "coordinator@example.org")
        .get(reverse("inspection:calibration"))
        .content.decode()
    )
    assert (
        "Over 2 inspections and 6 test ratings, centres rated themselves higher than the "
        "inspection 3 times, the same 3 times and lower 0 times."
    ) in text


def test_every_new_page_has_content_for_the_demo_accounts(client, demo):
    hatherleigh, glenmorrow = demo["hatherleigh"].pk, demo["glenmorrow"].pk
    inspector = login(client, "inspector@example.org")
    reading = inspector.get(reverse("inspection:reading", args=[hatherleigh])).content.decode()
    assert "The leadership section is silent on" in reading and "Claimed as a strength" in reading
    overview = inspector.get(reverse("inspection:overview", args=[hatherleigh])).content.decode()
    assert "Walk-rounds were logged" in overview
    form = inspector.get(reverse("inspection:expectation", args=[glenmorrow, "direction"]))
    assert form.status_code == 200 and "Early findings from the first day" in form.content.decode()
    inbox = inspector.get(reverse("centres:inbox")).content.decode()
    assert "Published" in inbox and "In progress" in inbox
    docx = inspector.get(reverse("inspection:narrative_docx", args=[hatherleigh]))
    document = Document(BytesIO(docx.content))
    assert "Leaders were not visible enough" in "\n".join(p.text for p in document.paragraphs)
