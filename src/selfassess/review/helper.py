"""A second process that labels half of a long review, so that a review uses both cores.

A review from cold labels every sentence of the SAR (about 300 in 5,000 words), and labelling
is plain Python: one core takes about 90 ms on our 2-core machines. A warm helper process
labels half of the new sentences while this process labels the other half, which roughly
halves that. The web server turns it on (`enable`, from `selfassess.wsgi`); commands that
review one file and stop do not, because the helper takes two seconds to warm up.

The helper is a plain child process (`python -m selfassess.review.helper`) reached through a
socket pair. A process pool was tried first: its feeder thread has to wait for the interpreter
lock while this process labels, which added 10 to 20 ms to every review; and multiprocessing's
own way of starting a fresh interpreter runs the server's main script again. The helper is
only ever a shortcut, never a dependency:
- it starts in the background and is used only once its models are trained;
- while it is busy with another request, or has failed, or does not answer in time, every
  sentence is labelled here;
- it runs the same code on the same text, so its labels are the same as this process's.
"""

import os
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Sequence
from multiprocessing.connection import Connection
from pathlib import Path

from selfassess.review.classify import Labels, classify

# Fewer new sentences than this are labelled here: sending them costs more than it saves.
MIN_SHARED = 40
# A helper that takes longer than this to answer is stopped (its share is labelled here).
ANSWER_SECONDS = 5.0
# A helper that failed this many times in one process is not started again.
MAX_FAILURES = 3


class Helper:
    """One warm helper process, shared by the threads of this process (one at a time)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self._connection: Connection | None = None
        self._ready = False
        self._owner = 0  # the process that started it: after a fork, the child starts its own
        self.failures = 0

    def start(self) -> None:
        """Start the helper in the background, unless it is running or has failed too often."""
        with self._lock:
            self._start()

    def stop(self) -> None:
        """Stop the helper (it is started again on the next `start` or long `label`)."""
        with self._lock:
            self._stop()

    @property
    def ready(self) -> bool:
        """Return whether the helper is warm and waiting for work."""
        with self._lock:
            return self._usable(start=False)

    def label(self, texts: Sequence[str]) -> list[Labels]:
        """Return the labels of each text, in order: half labelled by the helper when it can."""
        if len(texts) < MIN_SHARED or not self._lock.acquire(blocking=False):
            return [classify(text) for text in texts]  # few, or another thread has the helper
        try:
            if not self._usable() or (connection := self._connection) is None:
                return [classify(text) for text in texts]
            cut = len(texts) // 2
            theirs = self._send(connection, texts[cut:])
            mine = [classify(text) for text in texts[:cut]]
            answer = self._receive(connection, len(texts) - cut) if theirs else None
            if answer is None:
                answer = [classify(text) for text in texts[cut:]]
            return mine + answer
        finally:
            self._lock.release()

    def _usable(self, start: bool = True) -> bool:
        if self._owner != os.getpid():
            # Forked from the process that started it: that helper is not ours to talk to.
            self._process = self._connection = None
            self._ready = False
        if self._process is None:
            if start:
                self._start()
            return False
        if not self._ready and self._connection is not None:
            try:
                # The helper says it is warm by sending one message.
                self._ready = self._connection.poll(0) and self._connection.recv() == "ready"
            except (EOFError, OSError):
                self._fail()
        return self._ready

    def _send(self, connection: Connection, texts: Sequence[str]) -> bool:
        try:
            connection.send(list(texts))
        except (OSError, ValueError):
            self._fail()
            return False
        return True

    def _receive(self, connection: Connection, count: int) -> list[Labels] | None:
        try:
            if connection.poll(ANSWER_SECONDS):
                answer = connection.recv()
                if isinstance(answer, list) and len(answer) == count:
                    return answer
        except (EOFError, OSError):
            pass
        self._fail()  # no answer in time, a broken pipe or a wrong answer: start afresh
        return None

    def _start(self) -> None:
        if self._owner == os.getpid() and self._process is not None:
            return
        if self.failures >= MAX_FAILURES:
            return
        ours, theirs = socket.socketpair()
        # The child finds this package where this process found it.
        source = str(Path(__file__).resolve().parents[2])
        path = os.pathsep.join(filter(None, [source, os.environ.get("PYTHONPATH")]))
        try:
            process = subprocess.Popen(  # noqa: S603 - this interpreter, this module
                [sys.executable, "-m", "selfassess.review.helper", str(theirs.fileno())],
                pass_fds=[theirs.fileno()],
                stdin=subprocess.DEVNULL,
                env={**os.environ, "PYTHONPATH": path},
            )
        except (OSError, ValueError):
            ours.close()
            self.failures += 1
            return
        finally:
            theirs.close()
        self._process, self._connection, self._ready = process, Connection(ours.detach()), False
        self._owner = os.getpid()

    def _fail(self) -> None:
        self.failures += 1
        self._stop()

    def _stop(self) -> None:
        process, connection = self._process, self._connection
        self._process = self._connection = None
        self._ready = False
        if connection is not None:
            connection.close()
        if process is not None and self._owner == os.getpid():
            process.terminate()
            try:
                process.wait(timeout=1)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


# Sentences that take every path of the labelling once (names, references, data, plans, praise).
_WARM_UP = (
    "Mr John Smith (CID 1234567) told Officer Priya Shah that staff are excellent.",
    "We will cut self-harm from 42 to 30 incidents by March 2026, and the IMB found it fair.",
    "Relationships between staff and detainees are something visitors always comment on.",
)


def _serve(connection: Connection) -> None:
    """Label the texts sent until the socket closes (the helper process's whole life)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the server, which stops this
    try:
        for text in _WARM_UP:  # train the models and read the name lists before saying so
            classify(text)
        connection.send("ready")
        while True:
            texts = connection.recv()
            try:
                answer: object = [classify(text) for text in texts]
            except Exception:  # noqa: BLE001 - the server labels them itself and sees the error
                answer = None
            connection.send(answer)
    except (EOFError, OSError):
        return  # the server has gone


_helper: Helper | None = None


def enable() -> Helper:
    """Share long reviews in this process with a helper process from now on (and start it)."""
    global _helper
    if _helper is None:
        _helper = Helper()
    _helper.start()
    return _helper


def disable() -> None:
    """Stop sharing reviews with a helper process."""
    global _helper
    if _helper is not None:
        _helper.stop()
    _helper = None


def label_all(texts: Sequence[str]) -> list[Labels]:
    """Return each text's labels, in order, with the helper's help if it is enabled and warm."""
    if _helper is None:
        return [classify(text) for text in texts]
    return _helper.label(texts)


if __name__ == "__main__":
    _serve(Connection(int(sys.argv[1])))
