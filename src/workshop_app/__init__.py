"""Atelier: capture what a workshop says, offline, and print it like an OIF table."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("workshop-app")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

APP_NAME = "Atelier"
ORG_NAME = "Atelier"
