"""alsinfo: validate, read and export structured health content."""

__version__ = "0.1.0"
