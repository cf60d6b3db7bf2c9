"""Writing sections 1 and 2: saved text, live limits, completion."""

from selfassess.reports.models import Revision, Section
from selfassess.reports.structure import SectionKey


def url(sar, key):
    return f"/sars/{sar.pk}/sections/{key}/"


def post_section(client, sar, key, body, *, base=0, completed="no", evidence=()):
    return client.post(
        url(sar, key),
        {"body": body, "base_version": base, "completed": completed, "evidence": list(evidence)},
    )


def test_a_leader_saves_the_vision_and_a_revision_is_kept(client_for, sar, leader):
    client = client_for(leader)
    response = post_section(client, sar, "vision", "A centre where detainees are safe.")
    assert response.status_code == 302
    section = Section.objects.get(sar=sar, key=SectionKey.VISION)
    assert section.body == "A centre where detainees are safe."
    assert section.updated_by == leader
    revision = Revision.objects.get(sar=sar, section=SectionKey.VISION)
    assert revision.author == leader
    assert revision.text == "A centre where detainees are safe."


def test_text_over_the_limit_is_saved_whole_with_a_warning(client_for, sar, leader):
    client = client_for(leader)
    body = " ".join(f"word{i}" for i in range(800))
    response = post_section(client, sar, "leadership", body)
    assert response.status_code == 302
    assert Section.objects.get(sar=sar, key=SectionKey.LEADERSHIP).body == body
    page = client.get(response.url).content.decode()
    assert "50 words over the 750-word limit" in page
    assert "nothing has been cut" in page
    assert "You have 50 words too many" in page


def test_the_page_shows_the_word_count_against_the_limit(client_for, sar, leader):
    client = client_for(leader)
    post_section(client, sar, "leadership", "Leaders are visible – 82% of staff said so.")
    page = client.get(url(sar, "leadership")).content.decode()
    assert "8 of 750 words used" in page
    assert 'data-word-limit="750"' in page


def test_a_section_can_be_marked_completed(client_for, sar, leader):
    client = client_for(leader)
    post_section(client, sar, "vision", "Our vision.", completed="yes")
    assert Section.objects.get(sar=sar, key=SectionKey.VISION).completed
    page = client.get(f"/sars/{sar.pk}/").content.decode()
    assert "Completed" in page


def test_a_save_without_the_version_it_started_from_is_refused(client_for, sar, leader):
    client = client_for(leader)
    response = client.post(url(sar, "vision"), {"body": "No version", "completed": "no"})
    assert response.status_code == 200
    assert "This page is out of date" in response.content.decode()
    assert Section.objects.get(sar=sar, key=SectionKey.VISION).body == ""


def test_leaving_the_completed_question_unanswered_keeps_the_status(client_for, sar, leader):
    client = client_for(leader)
    post_section(client, sar, "vision", "Our vision.", completed="yes")
    section = Section.objects.get(sar=sar, key=SectionKey.VISION)
    client.post(
        url(sar, "vision"), {"body": "Our vision, edited.", "base_version": section.lock_version}
    )
    section.refresh_from_db()
    assert (section.body, section.completed) == ("Our vision, edited.", True)


def test_a_contributor_can_read_but_not_save_a_section(client_for, sar, contributor):
    client = client_for(contributor)
    assert client.get(url(sar, "vision")).status_code == 200
    response = post_section(client, sar, "vision", "Sneaky edit")
    assert response.status_code == 403
    assert Section.objects.get(sar=sar, key=SectionKey.VISION).body == ""


def test_another_centres_user_gets_not_found(client_for, sar, outsider):
    client = client_for(outsider)
    assert client.get(url(sar, "vision")).status_code == 404
    assert post_section(client, sar, "vision", "Hostile edit").status_code == 404
    assert Section.objects.get(sar=sar, key=SectionKey.VISION).body == ""


def test_an_unknown_section_is_not_found(client_for, sar, leader):
    assert client_for(leader).get(url(sar, "appendix")).status_code == 404


def test_user_text_is_escaped(client_for, sar, leader, contributor):
    client = client_for(leader)
    post_section(client, sar, "vision", "<script>alert(1)</script>")
    client.force_login(contributor)
    page = client.get(url(sar, "vision")).content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_a_section_cites_evidence_from_its_own_centre_only(client_for, sar, leader, other_centre):
    from tests.factories import EvidenceItemFactory

    own = EvidenceItemFactory(centre=sar.centre)
    foreign = EvidenceItemFactory(centre=other_centre)
    client = client_for(leader)
    response = post_section(client, sar, "leadership", "Text", evidence=[foreign.pk])
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    post_section(client, sar, "leadership", "Text", evidence=[own.pk])
    section = Section.objects.get(sar=sar, key=SectionKey.LEADERSHIP)
    assert list(section.evidence.all()) == [own]
