"""Start the window, after making sure Qt can open one.

Qt aborts the whole process with a raw plugin error when there is no display, or when
the system lacks a library its X11 plugin needs. This module checks both *before* Qt
is imported and explains in one sentence what to do instead.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

XCB_LIBRARIES: dict[str, tuple[str, str]] = {
    # soname stem -> (the file the dynamic loader looks for, its Debian/Ubuntu package)
    "xcb-icccm": ("libxcb-icccm.so.4", "libxcb-icccm4"),
    "xcb-keysyms": ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    "xcb-cursor": ("libxcb-cursor.so.0", "libxcb-cursor0"),
    "xcb-image": ("libxcb-image.so.0", "libxcb-image0"),
    "xcb-render-util": ("libxcb-render-util.so.0", "libxcb-render-util0"),
    "xcb-randr": ("libxcb-randr.so.0", "libxcb-randr0"),
    "xcb-shape": ("libxcb-shape.so.0", "libxcb-shape0"),
    "xcb-xkb": ("libxcb-xkb.so.1", "libxcb-xkb1"),
    "xkbcommon-x11": ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    "EGL": ("libEGL.so.1", "libegl1"),
    "fontconfig": ("libfontconfig.so.1", "libfontconfig1"),
}

HEADLESS_HINT = (
    "Run it with --platform offscreen, or use the headless commands "
    "(workshop-app demo, workshop-app list; see workshop-app --help)."
)


def chosen_platform(platform: str | None, environ=os.environ) -> str | None:
    return platform or environ.get("QT_QPA_PLATFORM") or None


DISPLAY_PLATFORMS = ("xcb", "wayland", "wayland-egl")


def display_problem(
    platform: str | None,
    environ=os.environ,
    system: str = sys.platform,
    x_answers=None,
    wayland_answers=None,
) -> str | None:
    """Why Qt would fail to open a window here, in one sentence, or ``None`` if it can."""
    if not system.startswith("linux"):
        return None
    names = [part.split(":")[0].strip() for part in (platform or "").split(";") if part.strip()]
    if any(name not in DISPLAY_PLATFORMS for name in names):
        return None  # offscreen, minimal, vnc, eglfs…: no display needed
    x_answers = x_answers or x_server_answers
    wayland_answers = wayland_answers or wayland_compositor_answers
    want_x = not names or "xcb" in names
    want_wayland = not names or any(n.startswith("wayland") for n in names)
    display = environ.get("DISPLAY", "")
    x_ok = want_x and bool(display) and x_answers(display)
    wayland_ok = want_wayland and wayland_answers(environ)
    if wayland_ok:
        return None
    if x_ok:
        missing = missing_xcb_packages()
        if not missing:
            return None
        return (
            "Atelier cannot open its window: Qt's X11 plugin needs system libraries that "
            f"are missing. Install them with: sudo apt-get install {' '.join(missing)} "
            "— or " + HEADLESS_HINT[0].lower() + HEADLESS_HINT[1:]
        )
    if want_x and display:
        return (
            f"Atelier cannot open its window: the display {display} does not answer. "
            + HEADLESS_HINT
        )
    if want_wayland and environ.get("WAYLAND_DISPLAY"):
        return (
            "Atelier cannot open its window: the Wayland display "
            f"{environ.get('WAYLAND_DISPLAY')} does not answer. " + HEADLESS_HINT
        )
    return (
        "Atelier cannot open its window: no display was found (DISPLAY is not set). "
        + HEADLESS_HINT
    )


def _unix_socket_answers(address: str) -> bool:
    import socket

    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        probe.settimeout(0.5)
        try:
            probe.connect(address)
        except OSError:
            return False
    return True


def x_server_answers(display: str) -> bool:
    """Whether the X server of ``display`` (":0", "localhost:10.0"…) accepts connections.

    Remote displays (ssh -X) are trusted; a local one is tried on its socket, both in the
    file system and in Linux's abstract namespace, as Xlib does.
    """
    host, _, rest = display.rpartition(":")
    if host not in ("", "unix"):
        return True
    number = rest.split(".")[0]
    if not number.isdigit():
        return False
    path = f"/tmp/.X11-unix/X{number}"
    return _unix_socket_answers("\0" + path) or _unix_socket_answers(path)


def wayland_compositor_answers(environ=os.environ) -> bool:
    name = environ.get("WAYLAND_DISPLAY")
    if not name:
        return False
    runtime = environ.get("XDG_RUNTIME_DIR", "")
    path = name if name.startswith("/") else os.path.join(runtime, name)
    return bool(runtime or name.startswith("/")) and _unix_socket_answers(path)


def _loadable(stem: str) -> bool:
    """Whether the dynamic loader finds the library, as Qt's X11 plugin will load it.

    Asking the loader takes a few milliseconds; ``ctypes.util.find_library`` would run
    ``ldconfig`` once per library (about 40 ms at every start on X11)."""
    import ctypes

    try:
        ctypes.CDLL(XCB_LIBRARIES[stem][0])
    except OSError:
        return False
    return True


def missing_xcb_packages(find=_loadable) -> list[str]:
    return [package for stem, (_so, package) in XCB_LIBRARIES.items() if not find(stem)]


def launch_gui(
    db: Path | None,
    *,
    platform: str | None = None,
    lang: str | None = None,
    workshop_id: str | None = None,
    file: tuple[Path, str] | None = None,
    smoke_test: bool = False,
) -> int:
    """Open the window on ``db`` (or the last workspace); ``file`` is a file given to open
    and what :func:`~workshop_app.cli_open.classify_file` found it to be (a problem is shown in the window)."""
    platform = chosen_platform(platform)
    problem = display_problem(platform)
    if problem:
        print(problem, file=sys.stderr)
        return 1
    if platform:
        os.environ["QT_QPA_PLATFORM"] = platform
    from workshop_app.ui.app import run

    return run(db, lang=lang, workshop_id=workshop_id, file=file, smoke_test=smoke_test)
