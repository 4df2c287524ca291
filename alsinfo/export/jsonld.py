"""schema.org JSON-LD for the article: a MedicalWebPage and an FAQPage, with nothing invented."""

from __future__ import annotations

from typing import Any

from alsinfo.inline import plain
from alsinfo.model import Article, Paragraph, Person, Reference
from alsinfo.render.safe import dumps_json

_AUDIENCE = {"patients": "Patient", "caregivers": "Caregiver", "clinicians": "Clinician",
             "researchers": "MedicalResearcher", "general-public": "General public"}


def _person(person: Person) -> dict[str, Any]:
    node: dict[str, Any] = {"@type": "Person", "name": person.name}
    if person.credentials:
        node["honorificSuffix"] = person.credentials
    if person.role:
        node["jobTitle"] = person.role
    if person.url:
        node["url"] = person.url
    if person.orcid:
        node["sameAs"] = f"https://orcid.org/{person.orcid}"
    return node


def _citation(reference: Reference) -> dict[str, Any]:
    scholarly = bool(reference.journal or reference.pmid or reference.pmcid or reference.doi)
    node: dict[str, Any] = {"@type": "ScholarlyArticle" if scholarly else "Book" if reference.isbn else "WebPage",
                            "name": reference.title}
    if reference.authors:
        node["author"] = [{"@type": "Organization", "name": a.literal} if a.literal else
                          {"@type": "Person", **{key: value for key, value in
                                                 (("familyName", a.family), ("givenName", a.given)) if value},
                           "name": " ".join(part for part in (a.given, a.family) if part)}
                          for a in reference.authors]
    if reference.issued():
        node["datePublished"] = reference.issued()
    if reference.journal:
        periodical: dict[str, Any] = {"@type": "Periodical", "name": reference.journal}
        node["isPartOf"] = ({"@type": "PublicationVolume", "volumeNumber": reference.volume, "isPartOf": periodical}
                            if reference.volume else periodical)
    if reference.pages:
        node["pagination"] = reference.pages
    publisher = reference.publisher or reference.source
    if publisher:
        node["publisher"] = {"@type": "Organization", "name": publisher}
    if reference.link():
        node["url"] = reference.link()
    identifiers = [{"@type": "PropertyValue", "propertyID": label, "value": value}
                   for label, value in reference.identifiers()]
    if identifiers:
        node["identifier"] = identifiers
    if reference.doi:
        node["sameAs"] = f"https://doi.org/{reference.doi}"
    return node


def description(article: Article) -> str | None:
    """The summary, else the article's first paragraph (its words, without markup): always the content's own."""
    if article.summary:
        return article.summary
    for section in article.all_sections():
        for block in section.blocks:
            if isinstance(block, Paragraph):
                return plain(block.text)
    return None


def graph(article: Article) -> dict[str, Any]:
    """The page and its FAQ as linked nodes: ``@id``s from the article's canonical URL when it gives one
    (else fragment ids, which resolve against wherever the page is published)."""
    base = article.canonical_url or ""
    page: dict[str, Any] = {"@type": "MedicalWebPage", "@id": f"{base}#page", "name": article.title,
                            "inLanguage": article.language}
    if article.canonical_url:
        page["url"] = article.canonical_url
    if article.headline:
        page["headline"] = article.headline
    text = description(article)
    if text:
        page["description"] = text
    page["about"] = ([{"@type": topic.type, "name": topic.name} for topic in article.about]
                     or {"@type": "Thing", "name": article.title})
    if article.audience:
        page["medicalAudience"] = [{"@type": "MedicalAudience", "audienceType": _AUDIENCE[a]} for a in article.audience]
    if article.authors:
        page["author"] = [_person(person) for person in article.authors]
    if article.medical_reviewer:
        page["reviewedBy"] = _person(article.medical_reviewer)
    if article.last_reviewed:
        page["lastReviewed"] = article.last_reviewed
    if article.published:
        page["datePublished"] = article.published
    if article.references:
        page["citation"] = [_citation(reference) for _, reference in article.numbered_references()]
    if article.versions:
        from alsinfo.labels import version_href

        source = article.versions[0][0]

        def node_id(tag: str, url: str | None) -> str:
            href = version_href(tag, article.language, source, url)
            return f"{href}#page" if tag != article.language else page["@id"]

        if article.translation_of is None:
            page["workTranslation"] = [{"@id": node_id(tag, url)} for tag, url in article.versions[1:]]
        else:
            page["translationOfWork"] = {"@id": node_id(*article.versions[0])}
    nodes = [page]
    if article.faq:
        faq_id = f"{base}#faq"
        page["mainEntity"] = {"@id": faq_id}
        nodes.append({"@type": "FAQPage", "@id": faq_id, "name": article.faq_title or article.title,
                      "inLanguage": article.language, "isPartOf": {"@id": page["@id"]}, "mainEntity": [
                          {"@type": "Question", "name": entry.question,
                           "acceptedAnswer": {"@type": "Answer", "text": plain(entry.answer)}}
                          for entry in article.faq]})
    return {"@context": "https://schema.org", "@graph": nodes}


def script_safe(data: Any, *, indent: int | None = None) -> str:
    """JSON that can sit inside <script>: '<', '>' and '&' escaped, so '</script>' cannot end the block."""
    text = dumps_json(data, indent=indent).rstrip("\n")
    for char, escaped in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e")):
        text = text.replace(char, escaped)
    return text


def render(article: Article) -> str:
    return script_safe(graph(article), indent=2) + "\n"
