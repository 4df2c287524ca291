"""The words a page adds around the content (bylines, notices, headings), in the article's language.

Only the page's own words are here, never the content's. A language without a table falls back to
English: better English labels than wrong ones. Dates are written out ("3 December 2026") in the
language's own order, so that no reader has to guess whether 03/12 is March or December.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple


class Labels(NamedTuple):
    written_by: str
    reviewed_by: str
    published: str
    last_reviewed: str
    next_review: str
    not_reviewed: str
    no_review_date: str
    on_this_page: str
    skip: str
    references: str
    questions: str
    scroll_hint: str
    source: str
    months: tuple[str, ...]
    date_pattern: str  # with {day}, {month} and {year}
    callouts: tuple[str, str, str, str]  # the default titles of warning, note, tip and seek-help boxes
    terminal: tuple[str, str, str] = ("Table", "Image", "Disclaimer")  # the readers' own words
    disclosure: tuple[str, str, str] = ("Funding", "Conflicts of interest", "Contact")  # the page footer's

    def callout(self, kind: str) -> str:
        return self.callouts[("warning", "note", "tip", "seek-help").index(kind)]


LABELS: dict[str, Labels] = {
    "en": Labels("Written by", "Medically reviewed by", "Published", "Last reviewed", "Next review due",
                 "This page has not been medically reviewed.", "No medical review date is given for this page.",
                 "On this page", "Skip to the article", "References", "Frequently asked questions",
                 "Scroll sideways to see every column.", "Published at",
                 ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December"), "{day} {month} {year}",
                 ("Warning", "Note", "Tip", "When to get medical help"), ("Table", "Image", "Disclaimer"),
                 ("Funding", "Conflicts of interest", "Contact")),
    "de": Labels("Verfasst von", "Medizinisch geprüft von", "Veröffentlicht", "Zuletzt geprüft",
                 "Nächste Prüfung fällig", "Diese Seite wurde nicht medizinisch geprüft.",
                 "Für diese Seite ist kein Datum einer medizinischen Prüfung angegeben.", "Auf dieser Seite",
                 "Zum Artikel springen", "Quellen", "Häufige Fragen",
                 "Seitlich scrollen, um alle Spalten zu sehen.", "Veröffentlicht unter",
                 ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                  "November", "Dezember"), "{day}. {month} {year}",
                 ("Warnung", "Hinweis", "Tipp", "Wann Sie ärztliche Hilfe brauchen"),
                 ("Tabelle", "Bild", "Haftungsausschluss"), ("Finanzierung", "Interessenkonflikte", "Kontakt")),
    "es": Labels("Escrito por", "Revisado médicamente por", "Publicado", "Última revisión", "Próxima revisión",
                 "Esta página no ha sido revisada por un médico.",
                 "No se indica la fecha de revisión médica de esta página.", "En esta página",
                 "Ir al artículo", "Referencias", "Preguntas frecuentes",
                 "Desplace la tabla hacia los lados para ver todas las columnas.", "Publicado en",
                 ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                  "noviembre", "diciembre"), "{day} de {month} de {year}",
                 ("Advertencia", "Nota", "Consejo", "Cuándo buscar ayuda médica"),
                 ("Tabla", "Imagen", "Aviso"), ("Financiación", "Conflictos de intereses", "Contacto")),
    "fr": Labels("Rédigé par", "Relu médicalement par", "Publié le", "Dernière relecture", "Prochaine relecture",
                 "Cette page n’a pas été relue par un médecin.",
                 "Aucune date de relecture médicale n’est indiquée pour cette page.", "Sur cette page",
                 "Aller à l’article", "Références", "Questions fréquentes",
                 "Faites défiler le tableau sur le côté pour voir toutes les colonnes.", "Publié à l’adresse",
                 ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                  "novembre", "décembre"), "{day} {month} {year}",
                 ("Avertissement", "Remarque", "Conseil", "Quand consulter un médecin"),
                 ("Tableau", "Image", "Avertissement"), ("Financement", "Conflits d’intérêts", "Contact")),
    "tr": Labels("Yazan", "Tıbbi inceleme", "Yayın tarihi", "Son inceleme", "Sonraki inceleme",
                 "Bu sayfa tıbbi olarak incelenmemiştir.", "Bu sayfa için tıbbi inceleme tarihi verilmemiştir.",
                 "Bu sayfada", "Makaleye geç", "Kaynaklar", "Sık sorulan sorular",
                 "Tüm sütunları görmek için tabloyu yana kaydırın.", "Yayın adresi",
                 ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim",
                  "Kasım", "Aralık"), "{day} {month} {year}",
                 ("Uyarı", "Not", "İpucu", "Ne zaman tıbbi yardım almalı"), ("Tablo", "Görsel", "Yasal uyarı"),
                 ("Finansman", "Çıkar çatışmaları", "İletişim")),
    "el": Labels("Συντάκτης:", "Ιατρικός έλεγχος:", "Δημοσιεύθηκε", "Τελευταίος έλεγχος", "Επόμενος έλεγχος",
                 "Αυτή η σελίδα δεν έχει ελεγχθεί ιατρικά.",
                 "Δεν αναφέρεται ημερομηνία ιατρικού ελέγχου για αυτή τη σελίδα.", "Σε αυτή τη σελίδα",
                 "Μετάβαση στο άρθρο", "Βιβλιογραφία", "Συχνές ερωτήσεις",
                 "Σύρετε τον πίνακα πλάγια για να δείτε όλες τις στήλες.", "Δημοσιεύεται στη διεύθυνση",
                 ("Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
                  "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"), "{day} {month} {year}",
                 ("Προειδοποίηση", "Σημείωση", "Συμβουλή", "Πότε να ζητήσετε ιατρική βοήθεια"),
                 ("Πίνακας", "Εικόνα", "Αποποίηση ευθύνης"), ("Χρηματοδότηση", "Σύγκρουση συμφερόντων", "Επικοινωνία")),
    "ar": Labels("كتبه", "راجعه طبيًا", "نُشر في", "آخر مراجعة", "المراجعة القادمة",
                 "لم تخضع هذه الصفحة لمراجعة طبية.", "لم يُذكر تاريخ المراجعة الطبية لهذه الصفحة.",
                 "في هذه الصفحة", "انتقل إلى المقالة", "المراجع", "أسئلة شائعة",
                 "مرّر الجدول جانبيًا لرؤية جميع الأعمدة.", "منشور على",
                 ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
                  "نوفمبر", "ديسمبر"), "{day} {month} {year}",
                 ("تحذير", "ملاحظة", "نصيحة", "متى تطلب المساعدة الطبية"), ("جدول", "صورة", "إخلاء مسؤولية"),
                 ("التمويل", "تضارب المصالح", "التواصل")),
}


def labels_for(language: str) -> Labels:
    """The labels of ``language`` (a BCP 47 tag: 'de-AT' takes German), else English."""
    return LABELS.get(language.split("-")[0].lower(), LABELS["en"])


def long_date(text: str, labels: Labels) -> str:
    """'2026-12-03' as '3 December 2026' (in the labels' language); a text that is not a date, as it is."""
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        return text
    return labels.date_pattern.format(day=day.day, month=labels.months[day.month - 1], year=day.year)


# Scripts written right to left, by primary language subtag.
# (Not Hausa or Kurdish: each is also, or mostly, written in Latin script.)
RIGHT_TO_LEFT = frozenset({"ar", "arc", "dv", "fa", "he", "khw", "ks", "ps", "sd", "ur", "yi"})


def direction(language: str) -> str:
    return "rtl" if language.split("-")[0].lower() in RIGHT_TO_LEFT else "ltr"


def version_href(language: str, own: str, source: str, canonical: str | None) -> str:
    """Where the page in ``language`` is, as linked from the page in ``own``: its canonical URL when
    given, else its place in an exported site (the source at ID/index.html, a translation at
    ID/LANG/index.html)."""
    if canonical:
        return canonical
    here_is_source = own == source
    if language == own:
        return "index.html"
    if language == source:
        return "../index.html"
    return f"{language}/index.html" if here_is_source else f"../{language}/index.html"
