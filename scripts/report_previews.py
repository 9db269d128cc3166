"""Export the demo workspace's reports (every workshop summary and the programme synthesis,
French and English) and render their pages to PNG, to look at them page by page.

    .venv/bin/python scripts/report_previews.py [--out /tmp/atelier-reports] [--dpi 70]

Needs ``pdftoppm`` (Debian package poppler-utils) for the PNG pages; the PDFs are written
without it.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
from pathlib import Path

from workshop_app.demo import create_demo_workspace
from workshop_app.reports import ExportFormat, ExportOptions, export
from workshop_app.store import Workspace


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "atelier-reports")
    parser.add_argument("--dpi", type=int, default=70)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    db = create_demo_workspace(Path(tempfile.mkdtemp()) / "demo.sqlite")
    pdfs = []
    with Workspace.open(db) as ws:
        programme = ws.programmes.select()[0]
        for language in ("fr", "en"):
            for number, workshop in enumerate(ws.workshops.for_programme(programme.id), start=1):
                path = args.out / f"summary-{number}-{language}.pdf"
                options = ExportOptions(
                    ExportFormat.SESSION_PDF, workshop_id=workshop.id, language=language
                )
                pdfs.append((path, export(ws, options, path)))
            path = args.out / f"synthesis-{language}.pdf"
            options = ExportOptions(
                ExportFormat.PROGRAMME_PDF, programme_id=programme.id, language=language
            )
            pdfs.append((path, export(ws, options, path)))
    render = shutil.which("pdftoppm")
    for path, result in pdfs:
        print(f"{path}: {result.pages} pages, {result.rows} entries")
        if render:
            subprocess.run(
                [render, "-png", "-r", str(args.dpi), str(path), str(path.with_suffix(""))],
                check=True,
            )
    if not render:
        print("pdftoppm not found (apt-get install poppler-utils): PDFs only.")


if __name__ == "__main__":
    main()
