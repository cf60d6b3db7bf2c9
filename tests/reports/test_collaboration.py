"""Comments, invitations to sections, and the history of changes."""

from selfassess.audit.models import Action, AuditEvent
from selfassess.reports.models import Assignment, Comment, Revision, Section
from selfassess.reports.structure import SectionKey


def save_vision(client, sar, body):
    section = Section.objects.get(sar=sar, key=SectionKey.VISION)
    return client.post(
        f"/sars/{sar.pk}/sections/vision/",
        {"body": body, "base_version": section.lock_version, "completed": "no"},
    )


def test_a_contributor_comments_only_on_sections_they_are_invited_to(client_for, sar, contributor):
    client = client_for(contributor)
    url = f"/sars/{sar.pk}/sections/vision/comments/"
    assert client.post(url, {"body": "Detainee council view"}).status_code == 403
    Assignment.objects.create(sar=sar, section=SectionKey.VISION, user=contributor)
    assert client.post(url, {"body": "Detainee council view"}).status_code == 302
    comment = Comment.objects.get()
    assert (comment.author, comment.section) == (contributor, SectionKey.VISION)
    page = client.get(f"/sars/{sar.pk}/sections/vision/").content.decode()
    assert "Detainee council view" in page
    assert "Resolve" not in page


def test_a_leader_resolves_a_comment_and_a_contributor_cannot(client_for, sar, leader, contributor):
    comment = Comment.objects.create(
        sar=sar, section="vision", author=contributor, body="Check data"
    )
    url = f"/sars/{sar.pk}/comments/{comment.pk}/resolve/"
    assert client_for(contributor).post(url).status_code == 403
    assert client_for(leader).post(url).status_code == 302
    comment.refresh_from_db()
    assert comment.resolved_by == leader


def test_an_empty_comment_is_refused_with_a_message(client_for, sar, leader):
    client = client_for(leader)
    response = client.post(f"/sars/{sar.pk}/sections/vision/comments/", {"body": ""}, follow=True)
    assert "Enter your comment" in response.content.decode()
    assert not Comment.objects.exists()


def test_another_centres_comment_cannot_be_resolved(
    client_for, sar, other_sar, contributor, outsider
):
    comment = Comment.objects.create(sar=sar, section="vision", author=contributor, body="x")
    client = client_for(outsider)
    assert client.post(f"/sars/{other_sar.pk}/comments/{comment.pk}/resolve/").status_code == 404
    assert client.post(f"/sars/{sar.pk}/comments/{comment.pk}/resolve/").status_code == 404


def test_the_manager_invites_people_to_sections(client_for, sar, manager, leader, contributor):
    client = client_for(manager)
    response = client.post(
        f"/sars/{sar.pk}/assignments/",
        {"vision": [str(contributor.pk)], "leadership": [str(leader.pk), "999999"]},
    )
    assert response.status_code == 302
    assert set(Assignment.objects.values_list("section", "user")) == {
        ("vision", contributor.pk),
        ("leadership", leader.pk),
    }
    assert AuditEvent.objects.filter(action=Action.ASSIGN).exists()
    assert client_for(leader).get(f"/sars/{sar.pk}/assignments/").status_code == 403


def test_history_lists_revisions_and_shows_the_difference(client_for, sar, leader):
    client = client_for(leader)
    save_vision(client, sar, "Detainees are safe and treated with respect.")
    save_vision(client, sar, "Detainees are safe and treated with dignity.")
    history = client.get(f"/sars/{sar.pk}/sections/vision/history/").content.decode()
    assert history.count("Edited vision") == 2
    old, new = Revision.objects.filter(section="vision").order_by("pk")
    page = client.get(
        f"/sars/{sar.pk}/sections/vision/compare/?from={old.pk}&to={new.pk}"
    ).content.decode()
    assert "<del>respect.</del>" in page
    assert "<ins>dignity.</ins>" in page


def test_comparing_needs_two_versions_of_this_section(client_for, sar, other_sar, leader, outsider):
    client = client_for(leader)
    save_vision(client, sar, "One")
    revision = Revision.objects.get()
    response = client.get(f"/sars/{sar.pk}/sections/vision/compare/?from=abc&to=1")
    assert response.status_code == 302
    assert (
        client.get(
            f"/sars/{sar.pk}/sections/leadership/compare/?from={revision.pk}&to={revision.pk}"
        ).status_code
        == 404
    )
    assert (
        client_for(outsider)
        .get(f"/sars/{other_sar.pk}/sections/vision/compare/?from={revision.pk}&to={revision.pk}")
        .status_code
        == 404
    )
