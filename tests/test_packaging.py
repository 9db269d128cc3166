"""The installers' sources agree with the code: one application id, the file types Atelier
writes, the version, the icon in every size; the Linux files pass their validators."""

from __future__ import annotations

import ast
import configparser
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from workshop_app import __version__, cli_open
from workshop_app.cli import build_parser
from workshop_app.store.schema import APPLICATION_ID, EXCHANGE_APPLICATION_ID

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "src" / "workshop_app" / "resources" / "icons"
APP_ID = "org.atelier.Atelier"
MIME = "{http://www.freedesktop.org/standards/shared-mime-info}"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str
    parser.read(PACKAGING / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def mime_types() -> dict[str, ET.Element]:
    tree = ET.parse(PACKAGING / f"{APP_ID}.xml")
    return {t.get("type"): t for t in tree.getroot().iter(f"{MIME}mime-type")}


def test_the_desktop_entry_opens_the_file_it_is_given():
    entry = desktop_entry()
    assert entry["Exec"] == "workshop-app --desktop %f"
    assert entry["Icon"] == APP_ID
    types = [t for t in entry["MimeType"].split(";") if t]
    assert set(types) - {"application/vnd.sqlite3"} == set(mime_types())


def test_the_file_types_are_told_by_the_ids_atelier_writes():
    types = mime_types()
    for name, app_id in (
        ("application/x-atelier-exchange", EXCHANGE_APPLICATION_ID),
        ("application/x-atelier-workspace", APPLICATION_ID),
    ):
        outer = types[name].find(f"{MIME}magic/{MIME}match")
        assert outer.get("value") == "SQLite format 3" and outer.get("offset") == "0"
        inner = outer.find(f"{MIME}match")
        assert (inner.get("type"), inner.get("offset")) == ("big32", "68")
        assert int(inner.get("value"), 16) == app_id
    assert types["application/x-atelier-exchange"].find(f"{MIME}glob").get("pattern") == "*.atelier"


def test_the_metainfo_names_the_app_and_this_version():
    root = ET.parse(PACKAGING / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"
    assert root.find("releases/release").get("version") == __version__
    french = [p for p in root.iter("p") if p.get("{http://www.w3.org/XML/1998/namespace}lang")]
    assert french, "the description has its French paragraphs"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_desktop_file_validate():
    result = subprocess.run(
        ["desktop-file-validate", str(PACKAGING / f"{APP_ID}.desktop")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream is not installed")
def test_appstreamcli_validate():
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(PACKAGING / f"{APP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_icon_exists_in_every_size():
    from PIL import Image

    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        with Image.open(ICONS / f"atelier-{size}.png") as image:
            assert image.size == (size, size) and image.mode == "RGBA"
    with Image.open(ICONS / "atelier.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(ICONS / "atelier.icns") as icns:
        assert icns.size == (1024, 1024)  # 512 px at twice the density
    for svg in ("atelier.svg", "atelier-small.svg"):
        ET.parse(ICONS / svg)


def test_the_window_has_the_icon(qapp):
    from workshop_app.ui.app import app_icon, configure_application

    configure_application(qapp)
    sizes = {s.width() for s in qapp.windowIcon().availableSizes()}
    assert {16, 32, 256} <= sizes
    assert not app_icon().isNull()


def test_the_pyinstaller_spec_declares_the_documents_and_the_id():
    text = (PACKAGING / "atelier.spec").read_text(encoding="utf-8")
    ast.parse(text)
    assert f'APP_ID = "{APP_ID}"' in text and "bundle_identifier=APP_ID" in text
    assert '"CFBundleTypeExtensions": ["atelier"]' in text
    assert '"CFBundleTypeExtensions": ["sqlite"]' in text
    assert "console=False" in text


def test_the_windows_installer_is_per_user_bilingual_and_keeps_the_workspaces():
    text = (PACKAGING / "atelier.iss").read_text(encoding="utf-8-sig")
    assert re.search(rf'#define AppVersion "{re.escape(__version__)}"', text)
    assert "PrivilegesRequired=lowest" in text
    assert 'Name: "french"' in text and 'Name: "english"' in text
    assert "ChangesAssociations=yes" in text
    assert 'Subkey: "Software\\Classes\\.atelier"' in text
    assert "[UninstallDelete]" not in text.replace("No [UninstallDelete]", "")
    assert '--desktop ""%1""' in text


def test_the_package_extra_holds_the_build_tools_not_the_test_extra():
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    extras = project["optional-dependencies"]
    assert any(d.startswith("pyinstaller") for d in extras["package"])
    assert not any(d.startswith("pyinstaller") for d in extras["test"])


def test_the_options_that_take_a_value_are_known_to_the_file_argument():
    """``workshop-app --lang fr FILE``: the word after such an option is its value."""
    parser = build_parser()
    takes_value = {
        option
        for action in parser._actions
        if action.option_strings and action.nargs is None and action.const is None
        for option in action.option_strings
        if option.startswith("--")
    }
    assert takes_value == cli_open.WINDOW_VALUE_OPTIONS


def test_the_bundle_keeps_every_qt_module_the_code_imports():
    """The spec leaves unused Qt modules out; one the code imports, left out, breaks the
    bundle only when it is run (QtNetwork, for the single-instance socket, once did)."""
    spec = (Path(__file__).parents[1] / "packaging" / "atelier.spec").read_text(encoding="utf-8")
    excluded = set(re.findall(r'"(PySide6\.Qt\w+)"', spec))
    source = Path(__file__).parents[1] / "src" / "workshop_app"
    imported = set()
    for path in source.rglob("*.py"):
        imported |= set(re.findall(r"\b(PySide6\.Qt\w+)", path.read_text(encoding="utf-8")))
    assert "PySide6.QtNetwork" in imported
    assert not imported & excluded, sorted(imported & excluded)
