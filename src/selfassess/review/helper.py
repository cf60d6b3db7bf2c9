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
- it starts in the background and is used only once its models are trained, and only if it
  runs the same engine files as this process (a deploy may change them under a running server);
- every request carries a number that its answer must repeat, so an answer can never be taken
  for another request's;
- while it is busy with another request, or has failed, or does not answer (or read) in time,
  every sentence is labelled here, and a helper that failed is stopped and started afresh;
- it runs the same code on the same text, so its labels are the same as this process's.
"""

import atexit
import hashlib
import logging
import os
import signal
import socket
import struct
import subprocess
import sys
import threading
from collections.abc import Sequence
from multiprocessing.connection import Connection
from pathlib import Path

from selfassess.review.classify import Labels, classify

logger = logging.getLogger(__name__)

# Fewer new sentences than this are labelled here: sending them costs more than it saves.
MIN_SHARED = 40
# A helper that takes longer than this to take a request or answer it is stopped (its share is
# labelled here).
ANSWER_SECONDS = 5.0
# A helper that failed this many times in a row in one process is not started again.
MAX_FAILURES = 3
_ENGINE = Path(__file__).resolve().parent


def engine_digest() -> str:
    """Return a digest of the engine's files as they are on disk now (names, sizes, times)."""
    digest = hashlib.sha256()
    for path in sorted(_ENGINE.rglob("*")):
        if path.is_file() and path.suffix != ".pyc":
            stat = path.stat()
            digest.update(
                f"{path.relative_to(_ENGINE)}:{stat.st_size}:{stat.st_mtime_ns}\n".encode()
            )
    return digest.hexdigest()


# The engine files this process loaded (read when it imported the engine).
_LOADED = engine_digest()


def supported() -> bool:
    """Return whether a helper can run here: POSIX, a Python interpreter, more than one core."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (
        os.name == "posix"
        and "python" in Path(sys.executable).name.lower()  # not uWSGI's or httpd's binary
        and (cores or 1) > 1
    )


class Helper:
    """One warm helper process, shared by the threads of this process (one at a time)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self._connection: Connection | None = None
        self._ready = False
        self._owner = 0  # the process that started it: after a fork, the child starts its own
        self._requests = 0
        self.failures = 0
        if hasattr(os, "register_at_fork"):
            # A fork may happen while another thread holds the lock: the child starts afresh.
            os.register_at_fork(after_in_child=self._after_fork)

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
            self._requests += 1
            request = self._requests
            try:
                sent = self._send(connection, request, texts[cut:])
                mine = [classify(text) for text in texts[:cut]]
                answer = self._receive(connection, request, len(texts) - cut) if sent else None
            except BaseException:
                self._fail("this process failed while the helper worked")  # its answer is unread
                raise
            if answer is None:
                answer = [classify(text) for text in texts[cut:]]
            else:
                self.failures = 0
            return mine + answer
        finally:
            self._lock.release()

    def _usable(self, start: bool = True) -> bool:
        if self._owner != os.getpid():
            self._forget()  # forked from the process that started it: not ours to talk to
        if self._process is not None and self._process.poll() is not None:
            self._fail("the helper process has ended")
        if self._process is None:
            if start:
                self._start()
            return False
        if not self._ready and self._connection is not None:
            try:
                # The helper says it is warm by sending the digest of the engine it loaded.
                if self._connection.poll(0):
                    message = self._connection.recv()
                    if message == ("ready", _LOADED):
                        self._ready = True
                    else:
                        self._fail("the helper runs other engine files than this process")
            except Exception:  # noqa: BLE001 - anything unexpected: the helper is not used
                self._fail("the helper did not say it was ready")
        return self._ready

    def _send(self, connection: Connection, request: int, texts: Sequence[str]) -> bool:
        try:
            connection.send((request, list(texts)))
        except (OSError, ValueError):
            self._fail("the helper did not take a request")
            return False
        return True

    def _receive(self, connection: Connection, request: int, count: int) -> list[Labels] | None:
        try:
            if connection.poll(ANSWER_SECONDS):
                number, answer = connection.recv()
                if number == request and isinstance(answer, list) and len(answer) == count:
                    return answer
        except Exception:  # noqa: BLE001 - a broken pipe, a timeout or a garbled answer
            logger.debug("Review helper answer unreadable", exc_info=True)
        self._fail("the helper did not answer in time")
        return None

    def _start(self) -> None:
        if self._owner == os.getpid() and self._process is not None:
            return
        if self.failures >= MAX_FAILURES or not supported():
            return
        ours, theirs = socket.socketpair()
        # A helper that stops reading or writing mid-message must not block this process.
        timeout = struct.pack("ll", int(ANSWER_SECONDS), 0)
        try:
            ours.setsockopt(socket.SOL_SOCKET, socket.SO_SNDTIMEO, timeout)
            ours.setsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, timeout)
        except OSError:
            pass
        # The child finds the packages where this process found them, and nothing else first.
        path = os.pathsep.join(entry for entry in sys.path if entry)
        try:
            process = subprocess.Popen(  # noqa: S603 - this interpreter, this module
                [sys.executable, "-P", "-m", "selfassess.review.helper", str(theirs.fileno())],
                pass_fds=[theirs.fileno()],
                stdin=subprocess.DEVNULL,
                env={**os.environ, "PYTHONPATH": path},
            )
        except Exception:  # noqa: BLE001 - no helper, then: everything is labelled here
            ours.close()
            self.failures += 1
            logger.warning("Could not start the review helper process", exc_info=True)
            return
        finally:
            theirs.close()
        self._process, self._connection, self._ready = process, Connection(ours.detach()), False
        self._owner = os.getpid()

    def _fail(self, why: str) -> None:
        self.failures += 1
        logger.warning("Review helper: %s; labelling here instead (failure %d)", why, self.failures)
        self._stop()

    def _stop(self) -> None:
        if self._owner != os.getpid():
            self._forget()
            return
        process, connection = self._process, self._connection
        self._process = self._connection = None
        self._ready = False
        if connection is not None:
            connection.close()
        if process is not None:
            process.terminate()
            try:
                process.wait(timeout=1)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

    def _after_fork(self) -> None:
        self._lock = threading.Lock()
        self._forget()

    def _forget(self) -> None:
        """Drop a helper inherited through a fork, closing only this process's copy of the socket."""
        if self._connection is not None:
            self._connection.close()
        self._process = self._connection = None
        self._ready = False
        self._owner = os.getpid()


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
        connection.send(("ready", _LOADED))
        while True:
            request, texts = connection.recv()
            try:
                answer: object = [classify(text) for text in texts]
            except Exception:  # noqa: BLE001 - the server labels them itself and sees the error
                answer = None
            connection.send((request, answer))
    except (EOFError, OSError):
        return  # the server has gone


_helper: Helper | None = None


def enable() -> Helper:
    """Share long reviews in this process with a helper process from now on (and start it)."""
    global _helper
    if _helper is None:
        _helper = Helper()
        atexit.register(disable)  # stop it with this process, not leave it to notice
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
