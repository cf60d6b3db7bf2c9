"""The `selfassess` command: the project's manage.py."""

import os
import sys

# Commands that read a file or standard input and sign nothing: they need no SECRET_KEY.
OFFLINE_COMMANDS = {"classify", "review", "import"}


def main() -> None:
    """Run a Django management command."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "selfassess.settings")
    if len(sys.argv) > 1 and sys.argv[1] in OFFLINE_COMMANDS:
        os.environ.setdefault("SELFASSESS_OFFLINE_COMMAND", "true")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
