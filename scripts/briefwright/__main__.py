"""``python -m briefwright``: the ``briefwright`` command."""

from briefwright.cli import main

main()
