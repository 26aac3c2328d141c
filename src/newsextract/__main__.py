"""`python -m newsextract` runs the command line."""

from newsextract.cli import main

main()
