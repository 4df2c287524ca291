"""Numbers in text, read in a language's own format: '1,5' is one and a half in German, '1,500'
fifteen hundred in English, '١٥' fifteen in Arabic. Translations are checked with them (T302)."""

from __future__ import annotations

import re
import unicodedata

# Languages that write 1,5 for one and a half and 1.000 (or 1 000) for a thousand.
_DECIMAL_COMMA = frozenset(("af", "ar", "az", "be", "bg", "bs", "ca", "cs", "da", "de", "el", "es", "et", "eu", "fi",
    "fo", "fr", "gl", "hr", "hu", "hy", "id", "is", "it", "ka", "kk", "ky", "lt", "lv", "mk", "mn", "nb", "nl", "nn",
    "no", "pl", "pt", "ro", "ru", "sk", "sl", "sq", "sr", "sv", "tr", "uk", "uz", "vi"))
NUMBER = re.compile(r"\d+(?:[.,\u066b\u066c\u00a0\u202f]\d+)*")


def numbers(text: str, language: str) -> list[str]:
    """The numbers in ``text`` as canonical strings ('1.5', '1000'), read in ``language``'s format;
    digits of any script count ('١٥' is 15). A group separator that does not group thousands
    ('2,3' in English) separates two numbers."""
    text = "".join(str(unicodedata.digit(char)) if char.isdigit() and not char.isascii() else char for char in text)
    decimal, group = (",", ".") if language.split("-")[0].lower() in _DECIMAL_COMMA else (".", ",")
    found = []
    for match in NUMBER.finditer(text):
        written = re.sub("[\u00a0\u202f\u066c]", group, match.group()).replace("\u066b", decimal)
        whole, _, fraction = written.partition(decimal)
        groups = whole.split(group)
        if len(groups) > 1 and not all(len(part) == 3 for part in groups[1:]):
            found.extend(groups[:-1])  # a list, not thousands: each its own number
            whole = groups[-1]
        else:
            whole = "".join(groups)
        fraction_digits = fraction.split(group)[0].split(decimal)[0]
        found.append(f"{whole}.{fraction_digits}" if fraction_digits else whole)
    return [_canonical(value) for value in found if value]


def _canonical(value: str) -> str:
    whole, _, fraction = value.partition(".")
    whole = whole.lstrip("0") or "0"
    fraction = fraction.rstrip("0")
    return f"{whole}.{fraction}" if fraction else whole
