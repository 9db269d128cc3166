"""One Atelier window per person: a second start hands its file to the window already open.

A facilitator double-clicks a colleague's exchange file while Atelier is open: a second
Atelier would find the workspace locked by the first and open an empty window with two
error boxes (a play-through met it). Instead the second start passes the file's path to
the running window over a local socket (a Unix domain socket, or a named pipe on
Windows: nothing leaves the computer) and quits; the running window comes to the front
and opens the file as a double-click would (the merge preview for an exchange file).

The socket's name is made from the user's data folder, so two people on one computer,
or two test runs, never reach each other's window. QtNetwork (some 15 ms to load) is loaded
only when a window may be listening (its socket file exists, where there are files) and,
in the window, after it is shown.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDir, QObject, QTimer

from workshop_app.store.paths import user_data_dir

WAIT_MS = 1500
"""How long a second start waits for the running window to answer."""
RAISE = ""
"""What a second start without a file sends: bring the window to the front."""


def server_name() -> str:
    folder = str(user_data_dir().resolve()).encode("utf-8", "surrogateescape")
    return "atelier-" + hashlib.sha256(folder).hexdigest()[:16]


def hand_over(path: Path | None, name: str | None = None) -> bool:
    """Give ``path`` (or nothing: come to the front) to an Atelier already running for this
    person; True when it took it (this start then has nothing more to do)."""
    name = name or server_name()
    if os.name != "nt" and not (Path(QDir.tempPath()) / name).exists():
        return False  # no window listening (Qt's socket file is in the temporary folder)
    try:
        from PySide6.QtNetwork import QLocalSocket
    except ImportError:  # a build without it: every start opens its own window
        return False

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(WAIT_MS):
        return False
    message = (str(path.absolute()) if path is not None else RAISE) + "\n"
    socket.write(message.encode("utf-8", "surrogateescape"))
    socket.flush()
    # Written to a listening window's socket is taken: a busy window (an export running)
    # reads it when it can. Its "ok" is awaited a moment, not required.
    written = socket.bytesToWrite() == 0 or socket.waitForBytesWritten(WAIT_MS)
    if written and socket.waitForReadyRead(WAIT_MS):
        socket.readAll()
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(WAIT_MS)
    return written


class Receiver(QObject):
    """The running window's end: each path received is given to ``opened`` (None: only
    come to the front) once the event loop runs again."""

    def __init__(self, opened: Callable[[Path | None], None], parent=None, name: str = ""):
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self.opened = opened
        self._sockets: set = set()
        self._received: list[Path | None] = []
        self.name = name or server_name()
        self.server = QLocalServer(self)
        self.server.newConnection.connect(self._accept)
        self.listening = self._listen()

    def _listen(self) -> bool:
        from PySide6.QtNetwork import QLocalServer, QLocalSocket

        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if self.server.listen(self.name):
            return True
        # A socket file left by an Atelier that was killed: nobody answers on it.
        probe = QLocalSocket()
        probe.connectToServer(self.name)
        if probe.waitForConnected(200):
            probe.disconnectFromServer()
            return False  # another window of this person's is running: it gets the files
        QLocalServer.removeServer(self.name)
        return self.server.listen(self.name)

    def _accept(self) -> None:
        # Slots are this object's methods, never lambdas holding it: a lambda kept by a
        # socket's connection would be the last reference to this receiver, and dropping
        # it while Qt deletes that socket (a child of ours) deleted us, and the socket a
        # second time, inside the socket's own deletion (a crash seen 5 times in 30 runs).
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._sockets.add(socket)
            socket.readyRead.connect(self._ready)
            socket.disconnected.connect(self._dropped)

    def _ready(self) -> None:
        socket = self.sender()
        if socket is None or socket not in self._sockets or not socket.canReadLine():
            return
        line = bytes(socket.readLine().data()).decode("utf-8", "surrogateescape").rstrip("\n")
        socket.write(b"ok\n")
        socket.flush()
        self._received.append(Path(line) if line != RAISE else None)
        QTimer.singleShot(0, self, self._hand_on)

    def _hand_on(self) -> None:
        while self._received:
            self.opened(self._received.pop(0))

    def _dropped(self) -> None:
        socket = self.sender()
        if socket in self._sockets:
            self._sockets.discard(socket)
            socket.deleteLater()

    def close(self) -> None:
        self.server.close()
        for socket in list(self._sockets):
            socket.disconnected.disconnect(self._dropped)
            socket.abort()
            socket.deleteLater()
        self._sockets.clear()
