"""Import sqlite-utils without numpy, and only when it is needed.

sqlite-utils imports numpy when it is installed (pyqtgraph installs it), only to store
numpy values, which Atelier never passes; that import alone would double what sqlite-utils
costs. numpy is hidden while sqlite-utils loads, then made importable again for pyqtgraph.
If numpy is already loaded, nothing is hidden.
"""

from __future__ import annotations

import sys
from types import ModuleType


def sqlite_utils() -> ModuleType:
    """The ``sqlite_utils`` module, loaded on first use."""
    loaded = sys.modules.get("sqlite_utils")
    if loaded is not None:
        return loaded
    hide = "numpy" not in sys.modules
    if hide:
        sys.modules["numpy"] = None  # type: ignore[assignment]  # "import numpy" fails at once
    try:
        import sqlite_utils as module
    finally:
        if hide:
            del sys.modules["numpy"]
    return module
