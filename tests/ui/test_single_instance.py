"""A second start of Atelier hands its file to the window already open (a play-through
double-clicked an exchange file while Atelier was open and met an empty window and two
error boxes)."""

from __future__ import annotations

import os
import subprocess
import sys
import weakref
from pathlib import Path

from PySide6.QtCore import QDir

from workshop_app.ui.single_instance import Receiver, server_name

SECOND_START = """
import sys
import weakref
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from workshop_app.ui.single_instance import hand_over
app = QCoreApplication(sys.argv[:1])
given = Path(sys.argv[1]) if len(sys.argv) > 1 else None
sys.exit(0 if hand_over(given) else 1)
"""


def second_start(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", SECOND_START, *args], env=dict(os.environ))


def test_a_second_start_gives_its_file_to_the_running_window(qtbot, tmp_path):
    received: list[Path | None] = []
    receiver = Receiver(received.append)
    assert receiver.listening
    if os.name != "nt":  # where a second start looks before loading QtNetwork
        assert Path(receiver.server.fullServerName()) == Path(QDir.tempPath()) / server_name()
    sent = tmp_path / "de Karima.atelier"
    start = second_start(str(sent))
    qtbot.waitUntil(lambda: len(received) == 1, timeout=15000)
    assert start.wait(15) == 0  # taken: the second start has nothing more to do
    assert received == [sent]
    start = second_start()  # no file: the window only comes to the front
    qtbot.waitUntil(lambda: len(received) == 2, timeout=15000)
    assert start.wait(15) == 0
    assert received[1] is None
    receiver.close()
    with qtbot.waitSignal(receiver.destroyed, timeout=5000):
        receiver.deleteLater()


def test_a_receiver_let_go_with_a_connection_open_is_gone_at_once(qtbot, tmp_path):
    """Its sockets' connections hold no reference to it. A lambda holding it kept it alive
    until a socket's deferred deletion dropped that last reference, which deleted the
    receiver, its server and that same socket a second time: CI crashed there (1 run in 6)."""
    from PySide6.QtNetwork import QLocalSocket

    received: list[Path | None] = []
    receiver = Receiver(received.append, name=f"atelier-test-{os.getpid()}")
    client = QLocalSocket()
    client.connectToServer(receiver.name)
    assert client.waitForConnected(5000)
    client.write(str(tmp_path / "x.atelier").encode() + b"\n")
    client.flush()
    qtbot.waitUntil(lambda: len(received) == 1, timeout=15000)
    gone = weakref.ref(receiver)
    del receiver  # the client is still connected
    assert gone() is None
    client.disconnectFromServer()
    qtbot.wait(50)  # nothing left to deliver to, nothing deleted twice


def test_with_no_window_open_the_start_goes_on(tmp_path):
    start = second_start(str(tmp_path / "atelier.sqlite"))
    assert start.wait(15) == 1  # nobody took it: this start opens its own window


def test_each_person_has_their_own_window(monkeypatch, tmp_path):
    mine = server_name()
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "someone else"))
    assert server_name() != mine
