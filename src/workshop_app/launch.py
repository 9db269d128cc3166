"""Start the window, after making sure Qt can open one.

Qt aborts the whole process with a raw plugin error when there is no display, or when
the system lacks a library its X11 plugin needs. This module checks both *before* Qt
is imported and explains in one sentence what to do instead.
"""

from __future__ import annotations

import ctypes.util
import os
import sys
from pathlib import Path

XCB_LIBRARIES: dict[str, str] = {
    # soname stem -> Debian/Ubuntu package
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-cursor": "libxcb-cursor0",
    "xcb-image": "libxcb-image0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-randr": "libxcb-randr0",
    "xcb-shape": "libxcb-shape0",
    "xcb-xkb": "libxcb-xkb1",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "EGL": "libegl1",
    "fontconfig": "libfontconfig1",
}

HEADLESS_HINT = (
    "Run it with --platform offscreen, or use the headless commands "
    "(workshop-app demo, workshop-app list; see workshop-app --help)."
)


def chosen_platform(platform: str | None, environ=os.environ) -> str | None:
    return platform or environ.get("QT_QPA_PLATFORM") or None


def display_problem(
    platform: str | None, environ=os.environ, system: str = sys.platform
) -> str | None:
    """Why Qt would fail to open a window here, in one sentence, or ``None`` if it can."""
    if not system.startswith("linux"):
        return None
    name = (platform or "").split(":")[0]
    if name and name not in ("xcb", "wayland", "wayland-egl"):
        return None  # offscreen, minimal, vnc, eglfs…: no display needed
    if name != "wayland" and not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY"):
        return (
            "Atelier cannot open its window: no display was found (DISPLAY is not set). "
            + HEADLESS_HINT
        )
    if name == "xcb" or (
        not name and environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY")
    ):
        missing = missing_xcb_packages()
        if missing:
            return (
                "Atelier cannot open its window: Qt's X11 plugin needs system libraries that "
                f"are missing. Install them with: sudo apt-get install {' '.join(missing)} "
                "— or " + HEADLESS_HINT[0].lower() + HEADLESS_HINT[1:]
            )
    return None


def missing_xcb_packages(find=ctypes.util.find_library) -> list[str]:
    return [package for stem, package in XCB_LIBRARIES.items() if not find(stem)]


def launch_gui(db: Path | None, *, platform: str | None = None, lang: str | None = None) -> int:
    platform = chosen_platform(platform)
    problem = display_problem(platform)
    if problem:
        print(problem, file=sys.stderr)
        return 1
    if platform:
        os.environ["QT_QPA_PLATFORM"] = platform
    from workshop_app.ui.app import run

    return run(db, lang=lang)
