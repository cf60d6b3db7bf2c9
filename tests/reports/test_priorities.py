"""Section 4: at most six priorities, each answering four questions, with targets."""

from selfassess.reports import services
from selfassess.reports.models import Priority, Target


def add(client, sar, **extra):
    data = {
        "what": "Improve care for those at risk of self-harm",
        "how_known": "Self-harm incidents rose from 24 to 41 last year.",
        "delivering": "ACDT refresher training for all officers by March 2027.",
        "success": "Fewer than 25 incidents by March 2027.",
        "targets-TOTAL_FORMS": "2",
        "targets-INITIAL_FORMS": "0",
        "targets-0-measure": "Self-harm incidents a year",
        "targets-0-baseline": "41",
        "targets-0-target": "25",
        "targets-0-owner": "Head of safer custody",
        "targets-0-due_date-day": "31",
        "targets-0-due_date-month": "3",
        "targets-0-due_date-year": "2027",
    }
    data.update(extra)
    return client.post(f"/sars/{sar.pk}/sections/priorities/add/", data)


def test_a_leader_adds_a_priority_with_a_target(client_for, sar, leader):
    response = add(client_for(leader), sar)
    assert response.status_code == 302
    priority = Priority.objects.get(sar=sar)
    assert priority.position == 1
    target = Target.objects.get(priority=priority)
    assert (target.measure, target.baseline, target.target) == (
        "Self-harm incidents a year",
        "41",
        "25",
    )
    assert target.due_date.isoformat() == "2027-03-31"


def test_a_seventh_priority_cannot_be_added(client_for, sar, leader):
    client = client_for(leader)
    for _ in range(6):
        assert add(client, sar).status_code == 302
    page = client.get(f"/sars/{sar.pk}/sections/priorities/").content.decode()
    assert "Add a priority" not in page
    assert "You already have 6 priorities" in page
    response = add(client, sar)
    assert response.status_code == 302
    assert Priority.objects.filter(sar=sar).count() == 6
    assert "You already have 6 priorities" in client.get(response.url).content.decode()


def test_the_service_refuses_a_seventh_priority(sar, leader):
    for _ in range(6):
        services.add_priority(sar, leader, {"what": "x"})
    try:
        services.add_priority(sar, leader, {"what": "x"})
    except services.PriorityLimitReached:
        pass
    else:
        raise AssertionError("a seventh priority was added")
    assert sar.priorities.count() == 6


def test_a_priority_needs_to_say_what_it_is(client_for, sar, leader):
    response = add(client_for(leader), sar, what="")
    assert response.status_code == 200
    page = response.content.decode()
    assert "There is a problem" in page
    assert "Enter what the priority is" in page
    # What was typed in the other answers is kept.
    assert "Self-harm incidents rose from 24 to 41 last year." in page
    assert not Priority.objects.filter(sar=sar).exists()


def test_a_half_filled_target_says_what_is_missing(client_for, sar, leader):
    response = add(
        client_for(leader), sar, **{"targets-0-owner": "", "targets-0-due_date-month": "13"}
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "Enter who owns the target" in page
    assert "The due date must be a real date" in page


def test_priorities_are_renumbered_after_a_removal_and_can_move(client_for, sar, leader):
    client = client_for(leader)
    for what in ("First", "Second", "Third"):
        add(client, sar, what=what)
    first = Priority.objects.get(sar=sar, what="First")
    assert client.post(f"/sars/{sar.pk}/priorities/{first.pk}/delete/").status_code == 302
    assert list(sar.priorities.values_list("what", "position")) == [("Second", 1), ("Third", 2)]
    third = Priority.objects.get(sar=sar, what="Third")
    client.post(f"/sars/{sar.pk}/priorities/{third.pk}/move/", {"direction": "up"})
    assert list(sar.priorities.values_list("what", "position")) == [("Third", 1), ("Second", 2)]


def test_a_contributor_cannot_add_priorities(client_for, sar, contributor):
    response = add(client_for(contributor), sar)
    assert response.status_code == 403
    assert not Priority.objects.filter(sar=sar).exists()


def test_another_centres_priority_is_not_found(client_for, sar, other_sar, leader, outsider):
    add(client_for(leader), sar)
    priority = Priority.objects.get(sar=sar)
    client = client_for(outsider)
    assert client.get(f"/sars/{sar.pk}/priorities/{priority.pk}/").status_code == 404
    # Using their own SAR's id with our priority's id finds nothing either.
    assert client.get(f"/sars/{other_sar.pk}/priorities/{priority.pk}/").status_code == 404
    assert client.post(f"/sars/{other_sar.pk}/priorities/{priority.pk}/delete/").status_code == 404
    assert Priority.objects.filter(pk=priority.pk).exists()
