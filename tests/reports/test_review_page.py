"""The review of the whole report: findings by category, figures, evidence groups, coverage."""

import re

from selfassess.reports import services
from selfassess.reports.structure import SectionKey
from tests.factories import EvidenceItemFactory, InspectionFactory
from tests.reports.conftest import write_complete_sar


def save_leadership(sar, user, body):
    section = sar.sections.get(key=SectionKey.LEADERSHIP)
    services.save_section(section, user, None, fields={"body": body})


def submit(sar, manager):
    services.sign_off(sar, manager)
    return services.submit(sar, manager)


def test_the_review_page_lists_findings_grouped_by_category(client_for, sar, leader):
    save_leadership(sar, leader, "Staff morale is excellent. We will recruit ten officers.")
    page = client_for(leader).get(f"/sars/{sar.pk}/review/").content.decode()
    headings = re.findall(
        r'<h3 class="govuk-heading-m[^"]*" id="category-(\w+)">([^<]+)</h3>', page
    )
    assert [title.split(" (")[0] for _, title in headings] == [
        "Safe to send",
        "Candour",
        "Evidence",
        "Collaboration",
        "Coverage",
        "Succinct and focused",
        "Priorities as a plan",
    ]
    candour = page[page.index('id="category-candour"') : page.index('id="category-evidence"')]
    assert "makes a positive claim about current performance with no evidence" in candour
    assert "Staff morale is excellent." in candour
    assert f'href="/sars/{sar.pk}/sections/leadership/"' in candour


def test_the_coverage_table_has_a_row_for_each_of_the_34_indicators(client_for, sar, leader):
    save_leadership(
        sar, leader, "Leaders at every level are visible and approachable on the units."
    )
    page = client_for(leader).get(f"/sars/{sar.pk}/review/").content.decode()
    rows = re.findall(r'<tr class="govuk-table__row" id="indicator-([\d.]+)">', page)
    assert len(rows) == 34
    assert rows[0] == "1.1" and rows[-1] == "4.8"
    assert "Leaders at every level are visible and approachable." in page  # the framework's text
    assert "1. Direction" in page and "4. Continuous improvement" in page
    assert page.count(">Silent</strong>") >= 20


def test_the_coverage_table_quotes_the_sentences_addressing_an_indicator(client_for, sar, leader):
    sentence = "Leaders take time to listen to staff and detainees at weekly forums."
    save_leadership(sar, leader, sentence)
    page = client_for(leader).get(f"/sars/{sar.pk}/review/").content.decode()
    row = page[page.index('id="indicator-2.2"') :]
    row = row[: row.index("</tr>")]
    assert f"“{sentence}”" in row
    assert "Silent" not in row


def test_the_review_page_shows_figures_evidence_groups_and_tests(client_for, sar, leader):
    item = EvidenceItemFactory(centre=sar.centre, source_group="detainees")
    section = sar.sections.get(key=SectionKey.LEADERSHIP)
    services.save_section(
        section, leader, None, fields={"body": "Complaints fell from 40 to 22."}, evidence=[item.pk]
    )
    page = client_for(leader).get(f"/sars/{sar.pk}/review/").content.decode()
    assert "Figures by section" in page
    assert "2. Leadership" in page
    groups = page[page.index('id="groups"') : page.index('id="coverage"')]
    assert re.search(r"Detainees</th>\s*<td[^>]*>1</td>", groups)
    assert re.search(
        r"Staff</th>\s*<td[^>]*><strong class=\"govuk-tag govuk-tag--orange\">None", groups
    )
    tests = page[page.index('id="tests"') :]
    assert "Preparation for removal and release" in tests


def test_the_task_list_links_to_the_review(client_for, sar, contributor):
    page = client_for(contributor).get(f"/sars/{sar.pk}/").content.decode()
    assert f'href="/sars/{sar.pk}/review/"' in page


def test_every_member_of_the_centre_can_read_the_review(
    client_for, sar, manager, leader, contributor
):
    for user in (manager, leader, contributor):
        assert client_for(user).get(f"/sars/{sar.pk}/review/").status_code == 200


def test_another_centres_review_is_not_found(client_for, sar, outsider, hmip_coordinator):
    assert client_for(outsider).get(f"/sars/{sar.pk}/review/").status_code == 404
    assert client_for(hmip_coordinator).get(f"/sars/{sar.pk}/review/").status_code == 404


def test_someone_not_logged_in_is_asked_to_log_in(client, sar):
    response = client.get(f"/sars/{sar.pk}/review/")
    assert response.status_code == 302
    assert "/login" in response.url


def test_hmip_reads_the_review_of_a_submission_only_if_they_can_read_it(
    client_for, sar, manager, outsider, hmip_coordinator, hmip_inspector
):
    inspection = InspectionFactory(centre=sar.centre)
    write_complete_sar(sar, manager)
    submission = submit(sar, manager)
    url = f"/submissions/{submission.pk}/review/"
    assert client_for(hmip_inspector).get(url).status_code == 404
    assert client_for(outsider).get(url).status_code == 404
    inspection.inspectors.add(hmip_inspector)
    for user in (hmip_inspector, hmip_coordinator, manager):
        page = client_for(user).get(url)
        assert page.status_code == 200
        html = page.content.decode()
        assert f"Review of version {submission.version}, as submitted" in html
        assert len(re.findall(r'id="indicator-', html)) == 34
        assert "This does not identify anyone" not in html


def test_the_submission_page_links_to_its_review(client_for, sar, manager):
    write_complete_sar(sar, manager)
    submission = submit(sar, manager)
    page = client_for(manager).get(f"/submissions/{submission.pk}/").content.decode()
    assert f'href="/submissions/{submission.pk}/review/"' in page


def test_the_review_of_a_submission_reads_the_snapshot_not_the_draft(client_for, sar, manager):
    write_complete_sar(sar, manager)
    submission = submit(sar, manager)
    save_leadership(sar, manager, "Staff morale is excellent.")
    snapshot = client_for(manager).get(f"/submissions/{submission.pk}/review/").content.decode()
    draft = client_for(manager).get(f"/sars/{sar.pk}/review/").content.decode()
    assert "Staff morale is excellent." not in snapshot
    assert "Staff morale is excellent." in draft
