"""``python -m workshop_app`` is the same as the ``workshop-app`` command."""

import sys

from workshop_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
