"""Numbers in text, read in a language's own format: '1,5' is one and a half in German, '1,500'
fifteen hundred in English, '١٥' fifteen in Arabic. Translations are checked with them (T302)."""

from __future__ import annotations

import re
import unicodedata

# Languages that write 1,5 for one and a half and 1.000 (or 1 000) for a thousand.
_DECIMAL_COMMA = frozenset(("af", "az", "be", "bg", "bs", "ca", "cs", "da", "de", "el", "es", "et", "eu", "fi",
    "fo", "fr", "gl", "hr", "hu", "hy", "id", "is", "it", "ka", "kk", "ky", "lt", "lv", "mk", "mn", "nb", "nl", "nn",
    "no", "pl", "pt", "ro", "ru", "sk", "sl", "sq", "sr", "sv", "tr", "uk", "uz", "vi"))
# A number: an optional sign (not after a digit: '2-3' is a range), digits or a leading decimal
# separator ('.5'), with group and decimal separators between digits; a plain space groups
# thousands only as 'd dd ddd' ('10 000'), so '10 15' stays two numbers.
NUMBER = re.compile(r"(?<![\d.,])[-\u2212]?(?:\d+|(?=[.,]\d))"
                    r"(?:[.,\u066b\u066c\u00a0\u202f]\d+| (?=\d{3}(?!\d))\d{3})*")
_FRACTIONS = re.compile("[\u00bc-\u00be\u2150-\u215e]")
# Units written the same in every language (SI and clinical symbols): a number keeps the one that
# follows it, so that '10 mg' and '10 g' differ. Words for units ('minutes', 'λεπτά') differ by
# language and are not compared.
_UNIT = re.compile(r"\s?(mg|mcg|µg|μg|ng|kg|g|ml|mL|dl|dL|l|L|km|cm|mm|m|mmol|mol|IU|mmHg|°C|°F|%)(?![^\W\d_])")


def numbers(text: str, language: str) -> list[str]:
    """The numbers in ``text`` as canonical strings ('1.5', '1000', '-5', '0.5'), read in
    ``language``'s format; digits of any script count ('١٥' is 15), and so do vulgar fractions ('½'
    is 0.5). A group separator that does not group thousands ('2,3' in English) separates numbers."""
    text = "".join(str(unicodedata.digit(char)) if char.isdigit() and not char.isascii() else char for char in text)
    text = _FRACTIONS.sub(lambda match: f" {unicodedata.numeric(match.group())!r} ".replace(".", _decimal(language)),
                          text)
    decimal, group = (_decimal(language), "." if _decimal(language) == "," else ",")
    found = []
    for match in NUMBER.finditer(text):
        written = match.group()
        sign = "-" if written[:1] in "-\u2212" else ""
        written = re.sub("[\u00a0\u202f\u066c ]", group, written.lstrip("-\u2212")).replace("\u066b", decimal)
        whole, _, rest = written.partition(decimal)
        groups = whole.split(group)
        if len(groups) > 1 and not all(len(part) == 3 for part in groups[1:]):
            found.extend(groups[:-1])  # a list, not thousands: each its own number
            whole = groups[-1]
        else:
            whole = "".join(groups)
        fraction, *more = re.split(f"[{re.escape(decimal + group)}]", rest) if rest else [""]
        unit = _UNIT.match(text, match.end())
        symbol = f" {unit.group(1).replace('μ', 'µ').replace('mcg', 'µg')}" if unit else ""
        found.append(sign + (f"{whole or '0'}.{fraction}" if fraction else whole) + ("" if more else symbol))
        found.extend(part for part in more if part)  # '1,5,10': after a fraction, each its own number
        if more and symbol:
            found[-1] += symbol
    return [_canonical(value) for value in found if value.strip("-")]


def _decimal(language: str) -> str:
    return "," if language.split("-")[0].lower() in _DECIMAL_COMMA else "."


def _canonical(value: str) -> str:
    value, _, unit = value.partition(" ")
    sign = "-" if value.startswith("-") else ""
    whole, _, fraction = value.lstrip("-").partition(".")
    whole = whole.lstrip("0") or "0"
    fraction = fraction.rstrip("0")
    return sign + (f"{whole}.{fraction}" if fraction else whole) + (f" {unit}" if unit else "")
