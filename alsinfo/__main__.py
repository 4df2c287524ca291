"""`python -m alsinfo` runs the command-line interface."""

from alsinfo.cli import main

if __name__ == "__main__":
    main()
