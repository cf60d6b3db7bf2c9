"""Possible personal data blocks sign-off until it is removed, or dismissed with a reason."""

from selfassess.audit.models import Action, AuditEvent
from selfassess.reports import content as sar_content
from selfassess.reports import reviewing, services
from selfassess.reports.models import ReviewDismissal, SignOff
from selfassess.reports.structure import SectionKey

PERSONAL = "John Smith, Home Office reference A1234567, was moved to another unit."


def write_vision(sar, user, body):
    section = sar.sections.get(key=SectionKey.VISION)
    services.save_section(section, user, None, fields={"body": body, "completed": True})


def problems(sar):
    return [p.message for p in services.sign_off_problems(sar_content.load(sar))]


def finding_key(sar):
    [finding] = reviewing.personal_data_findings(reviewing.review_for(sar))
    return finding.key


def sign_off(client, sar):
    digest = services.sign_off_state(sar_content.load(sar)).content_hash
    return client.post(f"/sars/{sar.pk}/sign-off/", {"confirm": "on", "content_hash": digest})


def test_a_complete_report_without_personal_data_has_nothing_blocking_it(complete_sar):
    assert problems(complete_sar) == []


def test_personal_data_blocks_sign_off_with_a_link_to_the_finding(
    client_for, complete_sar, manager
):
    write_vision(complete_sar, manager, f"A safe, decent centre. {PERSONAL}")
    assert problems(complete_sar) == [
        "1. Vision: remove possible personal data, or dismiss it with a reason if it does not "
        "identify anyone"
    ]
    key = finding_key(complete_sar)
    page = client_for(manager).get(f"/sars/{complete_sar.pk}/sign-off/").content.decode()
    assert f'href="/sars/{complete_sar.pk}/review/#finding-{key}"' in page
    sign_off(client_for(manager), complete_sar)
    assert not SignOff.objects.exists()


def test_a_leader_dismissing_it_with_a_reason_lets_sign_off_go_ahead(
    client_for, complete_sar, manager, leader
):
    write_vision(complete_sar, manager, f"A safe, decent centre. {PERSONAL}")
    key = finding_key(complete_sar)
    response = client_for(leader).post(
        f"/sars/{complete_sar.pk}/review/dismiss/",
        {"key": key, "reason": "John Smith is the fictional name used in staff training."},
    )
    assert response.status_code == 302
    assert response.url == f"/sars/{complete_sar.pk}/review/#finding-{key}"
    dismissal = ReviewDismissal.objects.get()
    assert (dismissal.key, dismissal.code, dismissal.dismissed_by) == (key, "personal-data", leader)
    assert dismissal.sentence == PERSONAL
    event = AuditEvent.objects.get(action=Action.DISMISS_FINDING)
    assert event.actor == leader
    assert "fictional name used in staff training" in event.description
    assert "A1234567" not in event.description
    assert problems(complete_sar) == []
    page = client_for(leader).get(f"/sars/{complete_sar.pk}/review/").content.decode()
    assert "Dismissed by Lee Leader" in page
    sign_off(client_for(manager), complete_sar)
    assert SignOff.objects.exists()


def test_removing_the_personal_data_lets_sign_off_go_ahead(complete_sar, manager):
    write_vision(complete_sar, manager, f"A safe, decent centre. {PERSONAL}")
    assert problems(complete_sar)
    write_vision(
        complete_sar, manager, "A safe, decent centre. A detainee was moved to another unit."
    )
    assert problems(complete_sar) == []


def test_a_dismissal_needs_a_reason(client_for, complete_sar, manager):
    write_vision(complete_sar, manager, PERSONAL)
    key = finding_key(complete_sar)
    response = client_for(manager).post(
        f"/sars/{complete_sar.pk}/review/dismiss/", {"key": key, "reason": "   "}
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in page
    assert "Enter why this does not identify anyone" in page
    assert f'href="#reason-{key}"' in page
    assert not ReviewDismissal.objects.exists()
    assert problems(complete_sar)


def test_a_contributor_can_neither_see_nor_use_the_dismiss_form(
    client_for, sar, manager, contributor
):
    write_vision(sar, manager, PERSONAL)
    key = finding_key(sar)
    page = client_for(contributor).get(f"/sars/{sar.pk}/review/").content.decode()
    assert "This does not identify anyone" not in page
    assert "Only a leader or the centre manager can dismiss this." in page
    response = client_for(contributor).post(
        f"/sars/{sar.pk}/review/dismiss/", {"key": key, "reason": "Not a real person."}
    )
    assert response.status_code == 403
    assert not ReviewDismissal.objects.exists()


def test_an_outsider_cannot_dismiss_another_centres_finding(client_for, sar, manager, outsider):
    write_vision(sar, manager, PERSONAL)
    response = client_for(outsider).post(
        f"/sars/{sar.pk}/review/dismiss/", {"key": finding_key(sar), "reason": "Nobody."}
    )
    assert response.status_code == 404
    assert not ReviewDismissal.objects.exists()


def test_editing_the_sentence_needs_a_new_dismissal(client_for, complete_sar, manager):
    write_vision(complete_sar, manager, PERSONAL)
    client_for(manager).post(
        f"/sars/{complete_sar.pk}/review/dismiss/",
        {"key": finding_key(complete_sar), "reason": "A training example."},
    )
    assert problems(complete_sar) == []
    write_vision(complete_sar, manager, PERSONAL.replace("another", "a different"))
    assert len(problems(complete_sar)) == 1


def test_dismissing_a_finding_that_is_gone_says_so(client_for, sar, manager):
    response = client_for(manager).post(
        f"/sars/{sar.pk}/review/dismiss/",
        {"key": "0123456789abcdef", "reason": "Nobody."},
        follow=True,
    )
    assert "no longer in the report" in response.content.decode()
    assert not ReviewDismissal.objects.exists()
