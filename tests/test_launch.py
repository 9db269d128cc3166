"""Before Qt is imported, the launcher knows whether a window can be opened."""

from __future__ import annotations

from workshop_app.launch import display_problem, missing_xcb_packages


def test_offscreen_needs_no_display():
    assert display_problem("offscreen", environ={}) is None


def test_no_display_is_explained():
    message = display_problem(None, environ={}, system="linux")
    assert "no display" in message and "--platform offscreen" in message


def test_other_systems_are_not_second_guessed():
    assert display_problem(None, environ={}, system="win32") is None


def test_missing_x11_libraries_are_named_with_their_packages(monkeypatch):
    absent = {"xcb-icccm", "xcb-keysyms"}
    monkeypatch.setattr(
        "workshop_app.launch.missing_xcb_packages",
        lambda: missing_xcb_packages(find=lambda stem: None if stem in absent else f"lib{stem}.so"),
    )
    message = display_problem(
        None, environ={"DISPLAY": ":0"}, system="linux", x_answers=lambda d: True
    )
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in message


def test_a_wayland_compositor_that_answers_is_enough():
    environ = {"WAYLAND_DISPLAY": "wayland-0"}
    assert (
        display_problem(None, environ=environ, system="linux", wayland_answers=lambda e: True)
        is None
    )


def test_a_silent_wayland_display_is_explained():
    environ = {"WAYLAND_DISPLAY": "wayland-0", "XDG_RUNTIME_DIR": "/nonexistent"}
    message = display_problem("wayland", environ=environ, system="linux")
    assert "wayland-0 does not answer" in message


def test_a_stale_x_display_is_explained():
    message = display_problem(None, environ={"DISPLAY": ":987"}, system="linux")
    assert ":987 does not answer" in message
    assert "--platform offscreen" in message


def test_platform_lists_are_read_whole():
    assert display_problem("wayland;offscreen", environ={}, system="linux") is None
    assert "no display" in display_problem("wayland;xcb", environ={}, system="linux")


def test_a_real_x_server_answers(tmp_path):
    import socket

    path = tmp_path / "X0"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(path))
        server.listen(1)
        from workshop_app import launch

        assert launch._unix_socket_answers(str(path))
    assert not launch._unix_socket_answers(str(tmp_path / "X1"))


def test_the_x11_libraries_are_asked_of_the_dynamic_loader(monkeypatch):
    """A library that the loader cannot find is reported by its package; one it finds is not."""
    from workshop_app import launch

    monkeypatch.setattr(
        launch,
        "XCB_LIBRARIES",
        {"c": ("libc.so.6", "libc6"), "absent": ("libatelier-absent.so.9", "libabsent9")},
    )
    assert launch.missing_xcb_packages() == ["libabsent9"]
