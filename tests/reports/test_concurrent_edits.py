"""Two people saving the same section at once: the second save is refused, nothing is lost."""

from selfassess.reports.models import Priority, Section
from selfassess.reports.structure import SectionKey


def test_the_second_save_of_a_stale_section_shows_both_texts(client_for, sar, manager, leader):
    section = Section.objects.get(sar=sar, key=SectionKey.LEADERSHIP)
    base = section.lock_version
    first = client_for(manager).post(
        f"/sars/{sar.pk}/sections/leadership/",
        {"body": "Manager's words about leaders.", "base_version": base, "completed": "no"},
    )
    assert first.status_code == 302
    second = client_for(leader).post(
        f"/sars/{sar.pk}/sections/leadership/",
        {"body": "Leader's own words.", "base_version": base, "completed": "no"},
    )
    assert second.status_code == 409
    page = second.content.decode()
    assert "Someone else saved this section" in page
    assert "Manager&#39;s words about leaders." in page or "Manager's words about leaders." in page
    assert "Leader&#39;s own words." in page or "Leader's own words." in page
    section.refresh_from_db()
    assert section.body == "Manager's words about leaders."
    # The form now carries the newer version, so saving the merged text works.
    third = client_for(leader).post(
        f"/sars/{sar.pk}/sections/leadership/",
        {"body": "Merged words.", "base_version": section.lock_version, "completed": "no"},
    )
    assert third.status_code == 302
    section.refresh_from_db()
    assert section.body == "Merged words."


def test_a_stale_priority_save_is_refused(client_for, complete_sar, manager, leader):
    priority = Priority.objects.get(sar=complete_sar)
    data = {
        "what": "Reduce self-harm",
        "how_known": "x",
        "delivering": "y",
        "success": "z",
        "base_version": priority.lock_version,
        "targets-TOTAL_FORMS": "0",
        "targets-INITIAL_FORMS": "0",
    }
    url = f"/sars/{complete_sar.pk}/priorities/{priority.pk}/"
    assert client_for(manager).post(url, {**data, "success": "Manager's answer"}).status_code == 302
    response = client_for(leader).post(url, {**data, "success": "Leader's answer"})
    assert response.status_code == 409
    priority.refresh_from_db()
    assert priority.success == "Manager's answer"


def test_a_stale_tests_save_is_refused(client_for, sar, manager, leader):
    section = Section.objects.get(sar=sar, key=SectionKey.TESTS)
    data = {"base_version": section.lock_version, "completed": "no", "safety_body": "Safety text"}
    url = f"/sars/{sar.pk}/sections/tests/"
    assert client_for(manager).post(url, data).status_code == 302
    response = client_for(leader).post(url, {**data, "safety_body": "Other safety text"})
    assert response.status_code == 409
    assert "Other safety text" in response.content.decode()
    assert sar.test_parts.get(test="safety").body == "Safety text"
