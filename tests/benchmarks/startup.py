"""Start-up: a new process, to the main window shown and responsive on the demo workspace.

Each run is a fresh ``python -c`` on the offscreen platform. The parent times from
starting the process to the child's ``READY`` line, printed by a zero-timer once the
window is exposed: the event loop is running, so the window answers input. For Atelier
the child then checks that the window is usable (issue 18): the focus is in the capture
box and a key sent to it is taken (then removed). The child
also prints its peak resident memory (``ru_maxrss``). Atelier starts the way the
``workshop-app`` command does (``cli.main(["--db", demo, "--platform", "offscreen"])``:
settings, translations, the window, the workspace opened and its last workshop shown);
the baseline is a bare PySide6 process showing an empty ``QMainWindow`` the same way.
Runs alternate between the two, after one warm-up run of each (not counted). A third
process opens an encrypted copy of the demo (issue 15; the passphrase from
``ATELIER_PASSPHRASE``), against the plain start plus the key derivation alone, measured in
this process: the derivation is slow on purpose, and paid once per start.

Both run from cached bytecode, as an installed application does: the children get their
own ``PYTHONPYCACHEPREFIX`` in the benchmark's folder and never ``PYTHONDONTWRITEBYTECODE``,
so the warm-up run compiles every module once (Atelier's own sources included, which an
editable install would otherwise recompile at every start when that variable is set).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from tests.benchmarks.harness import Config, Report, Row, Workbench, median, ms, start_child

PASSPHRASE = "benchmark passphrase"

READY = """
def _ready(window_of, takes_keys=False):
    import resource, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    window = window_of()
    handle = window.windowHandle() if window is not None else None
    if handle is None or not handle.isExposed():
        QTimer.singleShot(0, lambda: _ready(window_of, takes_keys))
        return
    typed = True
    if takes_keys:  # Atelier: a key reaches the capture box (and is taken back out)
        from PySide6.QtCore import QEvent, Qt
        from PySide6.QtGui import QKeyEvent
        box = QApplication.focusWidget()
        typed = box is not None and box.objectName() == "captureEdit"
        if typed:
            before = box.toPlainText()
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(box, QKeyEvent(kind, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"))
            typed = box.toPlainText() == before + "a"
            box.setPlainText(before)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu = usage.ru_utime + usage.ru_stime
    opened = getattr(window, "workspace", True) is not None  # Atelier: the demo is open
    print("READY", usage.ru_maxrss, opened and typed, cpu, flush=True)
    QApplication.instance().quit()
"""

ATELIER = (
    READY
    + """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])

def _main_window():
    return next(
        (w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"), None
    )

QTimer.singleShot(0, lambda: _ready(_main_window, takes_keys=True))
from workshop_app.cli import main
code = main(["--db", sys.argv[1], "--platform", "offscreen"])
sys.exit(code)
"""
)

BASELINE = (
    READY
    + """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1200, 760)
window.show()
QTimer.singleShot(0, lambda: _ready(lambda: window))
sys.exit(app.exec())
"""
)


def _start(script: str, args: list[str], env: dict[str, str]) -> tuple[float, int, float]:
    """Seconds to ``READY``, peak memory in KiB, and the processor seconds the child had
    used by then (steadier than the wall clock when other programs share the cores)."""
    elapsed, line, _out, err = start_child(script, args, env, timeout=60)
    if line.split()[2] != "True":
        raise RuntimeError(f"the process did not get ready: {line!r} {err[-2000:]}")
    return elapsed, int(line.split()[1]), float(line.split()[3])


def run(bench: Workbench, config: Config) -> Report:
    report = Report("start-up")
    demo = bench.copy(bench.demo(), "startup-demo.sqlite")
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(bench.folder / "startup-config"),
        XDG_DATA_HOME=str(bench.folder / "startup-data"),
        PYTHONPATH=os.pathsep.join([str(Path.cwd()), env.get("PYTHONPATH", "")]),
        PYTHONPYCACHEPREFIX=str(bench.folder / "startup-bytecode"),
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    encrypted = bench.folder / "startup-encrypted.sqlite"
    if not encrypted.exists():
        from workshop_app.store.encryption import change_encryption

        bench.copy(bench.demo(), encrypted.name)
        change_encryption(encrypted, PASSPHRASE)
    keyed = dict(env, ATELIER_PASSPHRASE=PASSPHRASE)
    sealed: list[float] = []
    atelier: list[float] = []
    baseline: list[float] = []
    atelier_kib: list[int] = []
    baseline_kib: list[int] = []
    atelier_cpu: list[float] = []
    baseline_cpu: list[float] = []
    for n in range(config.startup_runs + 1):
        a_time, a_peak, a_cpu = _start(ATELIER, [str(demo)], env)
        b_time, b_peak, b_cpu = _start(BASELINE, [], env)
        e_time, _e_peak, _e_cpu = _start(ATELIER, [str(encrypted)], keyed)
        if n == 0:
            continue  # warm-up: file caches, fontconfig
        atelier_cpu.append(a_cpu)
        baseline_cpu.append(b_cpu)
        sealed.append(e_time)
        atelier.append(a_time)
        atelier_kib.append(a_peak)
        baseline.append(b_time)
        baseline_kib.append(b_peak)
    report.say(
        f"Atelier   {len(atelier)} runs: median {ms(median(atelier))}, "
        f"min {ms(min(atelier))}, max {ms(max(atelier))}"
    )
    report.say(
        f"baseline  {len(baseline)} runs: median {ms(median(baseline))}, "
        f"min {ms(min(baseline))}, max {ms(max(baseline))}"
    )
    report.ratio_row(
        "start-up (demo workspace, to window shown and the capture box taking a key)",
        atelier,
        baseline,
        1.5,
    )
    report.say(
        f"processor time to ready: Atelier {ms(median(atelier_cpu))}, baseline "
        f"{ms(median(baseline_cpu))} ({median(atelier_cpu) / median(baseline_cpu):.2f}×)"
    )
    report.say(
        f"encrypted {len(sealed)} runs: median {ms(median(sealed))}, "
        f"min {ms(min(sealed))}, max {ms(max(sealed))} (passphrase from ATELIER_PASSPHRASE)"
    )
    # The floor of an encrypted start: the plain one plus the key derivation SQLCipher's
    # defaults ask for (PBKDF2-HMAC-SHA512, 256,000 rounds: slow on purpose, once a start).
    import hashlib

    kdf = []
    for _ in range(3):
        began = time.perf_counter()
        hashlib.pbkdf2_hmac("sha512", PASSPHRASE.encode(), bytes(16), 256_000, 32)
        kdf.append(time.perf_counter() - began)
    floor = [median(atelier) + median(kdf)]
    report.say(f"key derivation alone: median {ms(median(kdf))}")
    report.ratio_row(
        "start-up, encrypted demo workspace (against the plain one + the key derivation)",
        sealed,
        floor,
        1.15,
    )
    a_mb, b_mb = median(atelier_kib) / 1024, median(baseline_kib) / 1024
    extra = a_mb - b_mb
    report.add(
        Row(
            path="start-up peak memory (RSS)",
            measured=f"{a_mb:.0f} MB",
            baseline=f"{b_mb:.0f} MB",
            ratio=f"+{extra:.0f} MB",
            target="≤ baseline + 60 MB",
            met=extra <= 60,
        )
    )
    return report
