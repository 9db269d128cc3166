"""Atelier: capture what a workshop says, offline, and print it like an OIF table."""

__version__ = "0.1.0"
"""Kept equal to pyproject.toml's version by a test (reading the installed metadata at
start-up cost 20–30 ms)."""

APP_NAME = "Atelier"
ORG_NAME = "Atelier"
