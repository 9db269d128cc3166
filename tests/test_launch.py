"""Before Qt is imported, the launcher knows whether a window can be opened."""

from __future__ import annotations

from workshop_app.launch import display_problem, missing_xcb_packages


def test_offscreen_needs_no_display():
    assert display_problem("offscreen", environ={}) is None


def test_no_display_is_explained():
    message = display_problem(None, environ={})
    assert "no display" in message and "--platform offscreen" in message


def test_other_systems_are_not_second_guessed():
    assert display_problem(None, environ={}, system="win32") is None


def test_missing_x11_libraries_are_named_with_their_packages(monkeypatch):
    absent = {"xcb-icccm", "xcb-keysyms"}
    monkeypatch.setattr(
        "workshop_app.launch.missing_xcb_packages",
        lambda: missing_xcb_packages(find=lambda stem: None if stem in absent else f"lib{stem}.so"),
    )
    message = display_problem(None, environ={"DISPLAY": ":0"})
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in message


def test_wayland_session_is_trusted():
    assert display_problem(None, environ={"WAYLAND_DISPLAY": "wayland-0"}) is None
