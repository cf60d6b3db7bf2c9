"""The helper process that labels half of a long review: the same labels, whatever it does."""

import contextlib
import importlib
import os
import signal
import time
from pathlib import Path

import pytest

from selfassess.review import helper
from selfassess.review.classify import classify
from selfassess.review.evaluate import load
from selfassess.review.report import clear_cache, review_sar

pytestmark = pytest.mark.skipif(not helper.supported(), reason="needs POSIX and two cores")

DATA = Path(__file__).resolve().parents[2] / "benchmarks" / "review_data"
# Sentences of every kind, personal data included, each once.
TEXTS = list(dict.fromkeys(record["text"] for record in load(DATA / "dev.jsonl")))[:120]


def _warm(sharing: helper.Helper) -> helper.Helper:
    deadline = time.monotonic() + 60
    while not sharing.ready:
        assert time.monotonic() < deadline, "the helper never said it was warm"
        time.sleep(0.05)
    return sharing


def _everything(labels):
    return [(item.as_dict(with_scores=True), item.personal_spans) for item in labels]


def _answers(sharing, monkeypatch) -> list:
    """Record each answer the helper gives (None when it gave none)."""
    answers: list = []
    receive = sharing._receive
    monkeypatch.setattr(
        sharing, "_receive", lambda *args: answers.append(receive(*args)) or answers[-1]
    )
    return answers


@pytest.fixture
def sharing():
    sharing = helper.Helper()
    sharing.start()
    yield sharing
    sharing.stop()


def test_a_warm_helper_labels_half_and_every_label_is_what_this_process_gives(sharing, monkeypatch):
    _warm(sharing)
    answers = _answers(sharing, monkeypatch)
    labels = sharing.label(TEXTS)
    assert [len(answer) for answer in answers] == [len(TEXTS) - len(TEXTS) // 2]  # its half
    assert _everything(labels) == _everything(classify(text) for text in TEXTS)
    assert sharing.failures == 0


def test_before_the_helper_is_warm_everything_is_labelled_here_without_waiting():
    sharing = helper.Helper()
    try:
        assert not sharing.ready  # not even started: asking does not start it
        labels = sharing.label(TEXTS)  # starts it, but does not wait for it
        assert sharing._process is not None and not sharing._ready
        assert _everything(labels) == _everything(classify(text) for text in TEXTS)
    finally:
        sharing.stop()


def test_a_helper_that_has_died_is_replaced_and_its_share_labelled_here(sharing):
    _warm(sharing)
    dead = sharing._process
    dead.kill()
    dead.wait()
    assert _everything(sharing.label(TEXTS)) == _everything(classify(text) for text in TEXTS)
    assert sharing.failures == 1
    assert sharing._process is not None and sharing._process is not dead  # started afresh
    _warm(sharing)


def test_a_helper_that_does_not_answer_in_time_is_stopped_and_its_share_labelled_here(
    sharing, monkeypatch
):
    _warm(sharing)
    monkeypatch.setattr(helper, "ANSWER_SECONDS", 0.2)
    stuck = sharing._process
    os.kill(stuck.pid, signal.SIGSTOP)
    try:
        assert _everything(sharing.label(TEXTS)) == _everything(classify(text) for text in TEXTS)
        assert sharing.failures == 1
        assert stuck.poll() is not None  # stopped for good: its late answer is never read
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(stuck.pid, signal.SIGCONT)


def test_when_this_process_fails_mid_review_the_helpers_answer_is_never_read_as_the_next_one(
    sharing, monkeypatch
):
    _warm(sharing)
    broken = TEXTS[0]

    def failing(text):
        if text == broken:
            raise RuntimeError("a bug on one odd sentence")
        return classify(text)

    monkeypatch.setattr(helper, "classify", failing)
    with pytest.raises(RuntimeError):
        sharing.label(TEXTS)  # the server's own half fails after the helper was sent its half
    monkeypatch.setattr(helper, "classify", classify)
    assert sharing.failures == 1 and sharing._process is None
    sharing.label(TEXTS)
    _warm(sharing)
    other = TEXTS[1:] + TEXTS[:1]  # the same sizes, other sentences
    assert _everything(sharing.label(other)) == _everything(classify(text) for text in other)


def test_a_helper_running_other_engine_files_is_not_used(sharing, monkeypatch):
    monkeypatch.setattr(helper, "_LOADED", "the files this process loaded before a deploy")
    deadline = time.monotonic() + 60
    while sharing.failures == 0:
        assert time.monotonic() < deadline
        assert not sharing.ready
        time.sleep(0.05)
    assert sharing._process is None  # stopped, and everything is labelled here
    assert _everything(sharing.label(TEXTS)) == _everything(classify(text) for text in TEXTS)


def test_a_helper_that_keeps_failing_is_not_started_again(monkeypatch):
    monkeypatch.setattr(helper, "MAX_FAILURES", 1)
    sharing = helper.Helper()
    sharing.failures = 1
    sharing.start()
    assert sharing._process is None
    assert _everything(sharing.label(TEXTS)) == _everything(classify(text) for text in TEXTS)


def test_a_forked_process_starts_its_own_helper_and_leaves_its_parents_alone(sharing, monkeypatch):
    _warm(sharing)
    reader, writer = os.pipe()
    child = os.fork()
    if child == 0:  # the forked child: it must not use its parent's helper
        ok = not sharing.ready and sharing._process is None
        os.write(writer, b"1" if ok else b"0")
        os._exit(0)
    os.close(writer)
    os.waitpid(child, 0)
    assert os.read(reader, 1) == b"1"
    os.close(reader)
    answers = _answers(sharing, monkeypatch)
    assert _everything(sharing.label(TEXTS)) == _everything(classify(text) for text in TEXTS)
    assert answers and answers[0] is not None  # the parent's helper still answers the parent


def test_few_sentences_or_a_busy_helper_are_labelled_here(sharing, monkeypatch):
    _warm(sharing)
    sent = []
    monkeypatch.setattr(sharing, "_send", lambda *args: sent.append(args) or False)
    few = TEXTS[: helper.MIN_SHARED - 1]
    assert _everything(sharing.label(few)) == _everything(classify(text) for text in few)
    with sharing._lock:  # another thread is using the helper
        labels = sharing.label(TEXTS)
    assert _everything(labels) == _everything(classify(text) for text in TEXTS)
    assert sent == []


def test_a_review_shared_with_the_helper_is_the_same_review(monkeypatch):
    data = {
        "sections": {
            "vision": {"text": " ".join(TEXTS[:10])},
            "leadership": {"text": " ".join(TEXTS[10:60])},
            "tests": {"parts": [{"test": "safety", "text": " ".join(TEXTS[60:])}]},
            "priorities": {"items": []},
            "key_concerns": {"items": []},
        },
        "evidence": [],
    }
    clear_cache()
    alone = review_sar(data)
    try:
        sharing = _warm(helper.enable())
        answers = _answers(sharing, monkeypatch)
        clear_cache()
        shared = review_sar(data)
        assert answers and all(answer is not None for answer in answers)
    finally:
        helper.disable()
        clear_cache()
    assert [(s.place, s.text, s.labels) for s in shared.sentences] == [
        (s.place, s.text, s.labels) for s in alone.sentences
    ]
    assert shared.findings == alone.findings


@pytest.mark.parametrize("on", [True, False])
def test_the_web_server_warms_a_helper_unless_told_not_to(settings, on):
    settings.REVIEW_HELPER = on
    try:
        import selfassess.wsgi

        importlib.reload(selfassess.wsgi)
        assert (helper._helper is not None) is on
        assert (helper._helper is not None and helper._helper._process is not None) is on
    finally:
        helper.disable()
