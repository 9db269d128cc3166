"""Import sqlite-utils without numpy.

sqlite-utils imports numpy when it is installed (pyqtgraph installs it), only to store
numpy values, which Atelier never passes; that import is most of the 0.1 s sqlite-utils
adds to start-up. numpy is hidden while sqlite-utils loads, then made importable again
for pyqtgraph. If numpy is already loaded, nothing is hidden.
"""

from __future__ import annotations

import sys

if "sqlite_utils" not in sys.modules and "numpy" not in sys.modules:
    sys.modules["numpy"] = None  # type: ignore[assignment]  # "import numpy" fails at once
    try:
        import sqlite_utils  # noqa: F401
    finally:
        del sys.modules["numpy"]
