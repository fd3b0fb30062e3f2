"""``python -m newsbrief`` runs the CLI."""

from newsbrief.cli import main

main()
