"""The process exit statuses alsinfo promises; scripts and CI depend on them."""

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    CONTENT_PROBLEMS = 1
    USAGE_ERROR = 2
    INTERNAL_ERROR = 3
    OUTPUT_ERROR = 4  # standard output (or an --output file) cannot be written: a full disk, a closed stream
