"""What the prose rules decide on the kinds of sentence issue 15 names, and how readability reads
each language and audience. The rules' precision and recall are measured in test_rules_quality.py;
these are the behaviours an editor would notice one sentence at a time. All texts are test data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from alsinfo.config import Config, ConfigError, RuleSettings, load_config
from alsinfo.editorial import known_rules
from alsinfo.rules._api import sentences
from alsinfo.rules._claims import claim, first_claim
from alsinfo.rules.hc201_promotional_language import promotion
from tests.rule_fixture import clean, interval_problems, paragraph, run, write
from tests.test_rules import PHYSIO


@pytest.mark.parametrize("text", [
    "Regular stretching can ease stiffness in the legs.",
    "Swimming works the heart just as well as running.",
    "Exercise does not trigger relapses.",
    "This therapy prolongs survival.",
    "Exosomes minimise the inflammation around damaged nerve cells.",
    "The infusions help restore function in the hands.",
    "The treatment is safe and has no serious side effects.",
    # test data (tenth session): hormones, a modal before a verb that is also a noun, an adjective before remission
    "Transdermal oestrogen relieves hot flushes and night sweats.",
    "Just 20 minutes of walking a day can cut your risk of heart disease.",
    "The protocol puts lupus into permanent remission.",
    "Narrowband UVB phototherapy induces repigmentation in most patients.",
    # test data (eleventh session): "not clear" as a verb in a later clause is no research hope
    "Our detox wrap clears toxins from your muscles, but it does not clear lactic acid.",
])
def test_what_a_treatment_does_is_a_claim(text: str) -> None:
    assert claim(text) is not None


@pytest.mark.parametrize("text", [
    "Myelin is the protective layer around nerve fibres.",  # a definition
    "Use a grab rail to get in and out of the bath safely.",  # an instruction
    "Raised body temperature slows signals along damaged nerves.",  # how a condition works
    "Does the therapy slow ALS?",  # a question
    "Researchers hope stem cells may one day repair nerves.",  # a research hope
    "There is no cure for ALS.",
    "Every procedure has risks.",
    "Healthcare professionals call this prediabetes.",
])
def test_descriptions_instructions_questions_and_hopes_are_not_claims(text: str) -> None:
    assert claim(text) is None


@pytest.mark.parametrize("text", [
    "Thousands of patients have been healed completely at our centre.",
    "Our revolutionary breakthrough reverses ALS.",
    "Book now, places are limited!",
    "We are the leading regenerative clinic in the region.",
    "Trusted by over a thousand patients.",
    "A safe, effective and promising treatment for painful knees.",
])
def test_selling_is_promotion(text: str) -> None:
    assert promotion(text) is not None


@pytest.mark.parametrize("text", [
    "\"Cures ALS in weeks,\" says our clinic's leaflet.",  # the provider's own leaflet, in its own voice
    "\"Cures ALS in weeks,\" says Dr Patel.",  # a person, not a seller's material
])
def test_a_quotation_is_the_texts_own_unless_a_seller_is_said_to_say_it(text: str) -> None:
    assert promotion(text) is not None


@pytest.mark.parametrize("text", [
    "A cure for MS has not yet been found.",
    "Be wary of clinics that promise a cure.",
    "Researchers hope the drug may one day cure the disease.",
    "The best treatment for you depends on your symptoms.",
    "The strongest evidence is for exercise.",
    "Breakthrough pain is pain that comes through regular painkillers.",
    "Best supportive care aims to keep you comfortable.",
    "Can stem cells cure ALS?",
    # test data (eleventh session): a seller's words quoted and given to the seller
    "\"Cures ALS in weeks,\" says one clinic's leaflet, but no study supports this.",
    "'The most advanced stem cell treatment in the world', claims a clinic website.",
])
def test_negation_scope_hedges_and_clinical_terms_are_not_promotion(text: str) -> None:
    assert promotion(text) is None


@pytest.mark.parametrize("field, value, role", [
    # test data (eleventh session): a clinic page's sales box
    ("summary", "The world-leading clinic with guaranteed results.", "summary"),
    ("call_to_action", {"heading": "Book now, places are limited!", "text": "Contact us."},
     "call to action heading"),
    ("call_to_action", {"text": "Our miracle treatment reverses ALS."}, "call to action"),
    ("title", "The Leading Stem Cell Clinic in Europe", "title"),
])
def test_promotion_in_the_articles_summary_title_and_call_to_action_is_reported(
        tmp_path: Path, field: str, value: Any, role: str) -> None:
    data = clean()
    data["article"][field] = value
    found = [p for p in run(write(tmp_path / "a", data)) if p.rule == "HC201"]
    assert len(found) == 1 and f"in a {role}" in found[0].message and found[0].file.endswith("article.yaml")


def test_a_sentence_may_start_in_lower_case() -> None:
    assert sentences("The cells were grown. hRPE cells can divide. Prof. Dr. Smith agrees.") == (
        "The cells were grown.", "hRPE cells can divide.", "Prof. Dr. Smith agrees.")


def test_a_bracket_after_a_sentence_without_a_sentence_in_it_stays_with_that_sentence() -> None:
    # test data: an attribution after a story is the story's, not a sentence of its own
    assert sentences("Test data: 'I walked again.' (Pauline, 71) Then we left. It works. (See below.) Fine.") == (
        "Test data: 'I walked again.' (Pauline, 71)", "Then we left.", "It works.", "(See below.)", "Fine.")


def readability(tmp_path: Path, data: dict[str, Any], config: Config | None = None) -> list[str]:
    return [p.message for p in run(write(tmp_path / "a", data), config) if p.rule == "HC202"]


def test_defined_terms_and_the_vocabulary_do_not_count_against_a_paragraph(tmp_path: Path) -> None:
    data = clean()
    paragraph(data, PHYSIO)
    (before,) = readability(tmp_path, data)
    assert "Physiotherapists" in before
    data["sections"]["sections"][1]["blocks"].append({"type": "definitions", "items": [
        {"term": "Physiotherapists", "definition": "Test data: people who help you move."}]})
    (after,) = readability(tmp_path, data)
    assert "Physiotherapists" not in after and _grade(after) < _grade(before)
    vocabulary = Config(rules={"HC202": RuleSettings(options={"vocabulary": ["rehabilitation", "cardiovascular"]})})
    (known,) = readability(tmp_path, data, vocabulary)
    assert "rehabilitation" not in known and _grade(known) < _grade(after)


def _grade(message: str) -> float:
    return float(message.split("grade ")[1].split(",")[0])


def test_the_limit_follows_the_article_audience_and_the_option(tmp_path: Path) -> None:
    data = clean()
    paragraph(data, "Test data: the nurse checks your breathing and your sleep, then writes a plan with you "
                    "for the months ahead, and explains every medicine.")
    assert readability(tmp_path, data) == []  # grade 8 or under: fine for patients
    paragraph(data, "Test data: the multidisciplinary team coordinates respiratory assessment, nutritional "
                    "evaluation and communication support throughout the progression of the illness.")
    (message,) = readability(tmp_path, data)
    assert "the limit for patients" in message
    data["article"]["audience"] = ["clinicians"]
    (message,) = readability(tmp_path, data)
    assert "above 14, the limit for professionals" in message
    general = Config(rules={"HC202": RuleSettings(options={"audience": "general"})})
    (message,) = readability(tmp_path, data, general)
    assert "above 10, the limit for general" in message


def test_an_audience_is_chosen_in_the_configuration_file(tmp_path: Path) -> None:
    config = tmp_path / ".alsinfo.toml"
    config.write_text('[rules.HC202]\naudience = "general"\n')
    loaded = load_config(config, known_rules(), frozenset())
    assert loaded.rules["HC202"].options == {"audience": "general"}


def test_an_unknown_audience_is_a_configuration_error(tmp_path: Path) -> None:
    config = tmp_path / ".alsinfo.toml"
    config.write_text('[rules.HC202]\naudience = "children"\n')
    with pytest.raises(ConfigError, match="must be one of article, patients, general, professionals"):
        load_config(config, known_rules(), frozenset())


@pytest.mark.parametrize("language, text, formula", [
    ("de", "Testdaten: Die Physiotherapeutin erklärt Ihnen die Übungen. Sie zeigt Ihnen auch, wie Sie sich "
           "im Alltag schonen können.", "Wiener Sachtextformel grade"),
    ("tr", "Test verisi: Fizyoterapist size egzersizleri açıklar. Günlük yaşamda kendinizi nasıl "
           "koruyacağınızı da gösterir ve sorularınızı yanıtlar.", "Ateşman ease"),
    ("es", "Datos de prueba: la fisioterapeuta le explica los ejercicios. También le enseña cómo cuidarse "
           "en su vida diaria y responde a sus preguntas.", "Fernández-Huerta ease"),
])
def test_each_language_is_read_with_its_own_formula(tmp_path: Path, language: str, text: str, formula: str) -> None:
    data = clean()
    data["article"]["language"] = language
    paragraph(data, text)
    strict = Config(rules={"HC202": RuleSettings(options={"max_grade": 0.5, "min_ease": 99.0})})
    (message,) = readability(tmp_path, data, strict)
    assert formula in message
    article = "an" if formula[0] in "AEIOU" else "a"
    assert f" {article} {formula}" in message or "reads at" in message  # "has an Ateşman ease of …"


def test_a_costly_word_is_named_once_whatever_its_case(tmp_path: Path) -> None:
    data = clean()  # test data
    paragraph(data, "Fasciculation is a twitch of the muscle under the skin that you can see and feel. "
                    "Test data: fasciculation alone, with no weakness, is very common in healthy people.")
    (message,) = readability(tmp_path, data, Config(rules={"HC202": RuleSettings(options={"max_grade": 0.5})}))
    costly = message.split("the words that cost most: ")[1].split(";")[0].lower().split(", ")
    assert costly.count("fasciculation") == 1


@pytest.mark.parametrize("second, same", [
    ("Wie lange dauert die Behandlung mit den Stammzellen bei den Erwachsenen?", False),  # another question
    ("wie lange dauert die Behandlung mit den Stammzellen bei den Kindern", True),  # the same words
])
def test_questions_in_another_language_are_the_same_only_with_the_same_words(tmp_path: Path, second: str,
                                                                             same: bool) -> None:
    data = clean()  # test data: two questions of a German article
    data["article"]["language"] = "de"
    data["faq"]["entries"][0]["question"] = "Wie lange dauert die Behandlung mit den Stammzellen bei den Kindern?"
    data["faq"]["entries"][1]["question"] = second
    assert bool([p for p in run(write(tmp_path / "a", data)) if p.rule == "HC303"]) is same


def test_a_language_without_a_formula_is_skipped_with_one_notice(tmp_path: Path) -> None:
    data = clean()
    data["article"]["language"] = "el"
    problems = run(write(tmp_path / "a", data))
    (notice,) = [p for p in problems if p.rule == "M002"]
    assert "HC202" in notice.message and "HC101" in notice.message
    assert not [p for p in problems if p.rule == "HC202"]


def test_intervals_of_different_things_are_not_compared(tmp_path: Path) -> None:
    found = interval_problems(tmp_path / "a",
                              "Test data: do strength sessions every 2 to 3 days.",
                              "Test data: your physiotherapist arranges a programme review every 6 to 8 weeks.")
    assert not found


@pytest.mark.parametrize("text", [
    "No stem cell therapy for ALS is approved by the FDA.",
    "Ask whether the trial is registered and who pays for it.",
    "Clinical trials test whether a treatment is safe.",
    "Being registered with the FDA does not mean a treatment is approved.",
])
def test_neutral_regulatory_statements_are_not_red_flags(tmp_path: Path, text: str) -> None:
    data = clean()
    paragraph(data, text)
    assert not [p for p in run(write(tmp_path / "a", data)) if p.rule == "HC203"]


@pytest.mark.parametrize("text, flagged", [
    # test data (eleventh session): the cure is said of another therapy, or for another disease
    ("Stem cell therapy is still experimental. Riluzole treats ALS.", False),
    ("Exosome therapy is still experimental. Physiotherapy treats muscle stiffness well.", False),
    ("Stem cell therapy is experimental for ALS. Stem cell therapy treats knee arthritis.", False),
    ("Stem cell therapy is still experimental. It cures ALS.", True),  # "it": the therapy of the text
    ("Stem cell therapy is still experimental for ALS, yet stem cell therapy cures ALS.", True),
    # one disease by its other name; a word for how a therapy is given names no other therapy
    ("Stem cell therapy is experimental in ALS. It cures amyotrophic lateral sclerosis.", True),
    ("Stem cell therapy is experimental for MND. Our stem cell therapy cures ALS in most patients.", True),
    ("This stem cell therapy is experimental. Our infusions cure ALS.", True),
])
def test_hc203_a_cure_is_flagged_only_for_the_therapy_and_disease_called_experimental(
        tmp_path: Path, text: str, flagged: bool) -> None:
    data = clean()
    paragraph(data, text)
    assert bool([p for p in run(write(tmp_path / "a", data)) if p.rule == "HC203"]) is flagged


def test_hc203_reports_an_editors_own_phrases_where_the_text_says_them(tmp_path: Path) -> None:
    data = clean()  # test data
    data["sections"]["sections"][0]["blocks"][0]["text"] = "Test data: our ISO-certified lab prepares every dose."
    paragraph(data, "Test data: no lab can promise that being ISO-certified makes a treatment safe.")
    config = Config(rules={"HC203": RuleSettings(options={"extra_phrases": ["iso[- ]certified"]})})
    (found,) = [p for p in run(write(tmp_path / "a", data), config) if p.rule == "HC203"]
    assert "'ISO-certified' is one of this project's red-flag phrases" in found.message
    assert found.path == "$.sections[0].blocks[0].text"  # not the second: no lab can promise it


def test_hc203_needs_the_same_therapy_across_the_article(tmp_path: Path) -> None:
    data = clean()
    data["sections"]["sections"][0]["blocks"][0]["text"] = "Test data: stem cell therapy is experimental."
    paragraph(data, "Test data: riluzole treats ALS symptoms in some people.")
    assert not [p for p in run(write(tmp_path / "a", data)) if p.rule == "HC203"]


@pytest.mark.parametrize("phrase, message", [
    ("x{99999999999}", "too large or too deeply nested"), ("a{1,4294967295}", "too large or too deeply nested"),
    ("(?:" * 1200 + "a" + ")" * 1200, "longer than 1000"),
])
def test_an_extra_phrase_too_large_for_the_engine_is_a_configuration_error(tmp_path: Path, phrase: str,
                                                                            message: str) -> None:
    config = tmp_path / ".alsinfo.toml"
    config.write_text(f'[rules.HC203]\nextra_phrases = ["{phrase}"]\n')
    with pytest.raises(ConfigError, match=message):
        load_config(config, known_rules(), frozenset())


def test_an_extra_phrase_that_is_not_a_regular_expression_is_a_configuration_error(tmp_path: Path) -> None:
    config = tmp_path / ".alsinfo.toml"
    config.write_text('[rules.HC201]\nextra_phrases = ["best (clinic"]\n')
    with pytest.raises(ConfigError, match="'best \\(clinic' is not a regular expression"):
        load_config(config, known_rules(), frozenset())


def test_extra_phrases_are_reported_like_the_built_in_ones(tmp_path: Path) -> None:
    data = clean()
    paragraph(data, "Test data: our magic formula works.")
    extra = Config(rules={"HC201": RuleSettings(options={"extra_phrases": ["magic formula"]})})
    (problem,) = [p for p in run(write(tmp_path / "a", data), extra) if p.rule == "HC201"]
    assert "'magic formula'" in problem.message


@pytest.mark.parametrize("phrases", [["(?i)stretching"], ["(?x) magic # a comment"], ["(?P<x>magic)", "(?P<x>spell)"]])
def test_extra_phrases_are_each_their_own_expression(tmp_path: Path, phrases: list[str]) -> None:
    data = clean()
    paragraph(data, "Test data: stretching with our magic spell.")
    extra = Config(rules={"HC201": RuleSettings(options={"extra_phrases": phrases})})
    assert [p.rule for p in run(write(tmp_path / "a", data), extra) if p.rule == "HC201"] == ["HC201"]


@pytest.mark.parametrize("phrase", ["(?:[\\\\w-]+-)+clinic", "(\\\\w+\\\\s?)+miracle", "(a+)+b",
                                    "(?:best|top(?: \\\\w+)*)+", "(?=(x*)*)y", "(?>(a+)+b)", "(?:very+){4}",
                                    "(\\\\w+\\\\s?){1,10}clinic"])
def test_an_extra_phrase_that_repeats_a_repeat_is_refused(tmp_path: Path, phrase: str) -> None:
    """Such a pattern can take exponential time on a sentence that almost matches: the run would hang."""
    config = tmp_path / ".alsinfo.toml"
    config.write_text(f'[rules.HC201]\nextra_phrases = ["{phrase}"]\n')
    with pytest.raises(ConfigError, match="repeats a part that itself repeats"):
        load_config(config, known_rules(), frozenset())


@pytest.mark.parametrize("phrase", ["(?:\\\\w+ ){0,3}clinic", "(?:very |really )+good", "miracle\\\\w*", "a++",
                                    "\\\\d+ ?% success", "(?:\\\\w+ )+clinic", "(?:\\\\w+-)+free",
                                    "https?://(?:[\\\\w-]+\\\\.)+\\\\w+", "(?:\\\\d{3} )+\\\\d{4}"])
def test_an_extra_phrase_with_bounded_simple_or_separated_repeats_is_accepted(tmp_path: Path, phrase: str) -> None:
    config = tmp_path / ".alsinfo.toml"
    config.write_text(f'[rules.HC201]\nextra_phrases = ["{phrase}"]\n')
    load_config(config, known_rules(), frozenset())


@pytest.mark.parametrize("setting, message", [
    ('[rules.HC201]\nextra_phrases = [""]\n', "matches empty text"),
    ('[rules.HC201]\nextra_phrases = ["a|"]\n', "matches empty text"),
    ('ignore = [""]\n', "empty rule id"),
    ('select = [" "]\n', "empty rule id"),
])
def test_settings_that_would_silence_or_flag_everything_are_refused(tmp_path: Path, setting: str, message: str) -> None:
    config = tmp_path / ".alsinfo.toml"
    config.write_text(setting)
    with pytest.raises(ConfigError, match=message):
        load_config(config, known_rules(), frozenset())


@pytest.mark.parametrize("character", ["\u00ad", "\u061c", "\u180e", "\u034f", "\u3164", "\U000e0041"])
def test_an_invisible_character_that_splits_a_word_is_an_error(tmp_path: Path, character: str) -> None:
    data = clean()
    paragraph(data, f"Test data: this mir{character}acle therapy is guaran{character}teed.")
    assert "I313" in {p.rule for p in run(write(tmp_path / "a", data))}


def test_a_known_word_counts_in_its_plural_and_possessive_too(tmp_path: Path) -> None:
    data = clean()
    paragraph(data, PHYSIO)
    vocabulary = Config(rules={"HC202": RuleSettings(options={"vocabulary": ["physiotherapist"]})})
    (message,) = readability(tmp_path, data, vocabulary)
    assert "Physiotherapists" not in message


@pytest.mark.parametrize("reviewer, same", [
    ("Prof. Dr. Test Author, MD", True), ("Test Author MD PhD", True), ("TEST  AUTHOR", True),
    ("Test Authorson, MD", False), ("Dr. Test Author M.D.", True),
])
def test_a_reviewer_named_with_titles_or_letters_after_the_name_is_still_the_author(
        tmp_path: Path, reviewer: str, same: bool) -> None:
    data = clean()  # test data: the author is "Test Author"
    data["article"]["medical_reviewer"]["name"] = reviewer
    assert ("HC009" in {p.rule for p in run(write(tmp_path / "a", data))}) is same


@pytest.mark.parametrize("author, reviewer", [("Doe, Jane", "Doe, John"), ("John Doe, Jr.", "John Doe, Sr., MD")])
def test_what_follows_a_comma_in_a_name_is_dropped_only_when_it_is_letters_after_the_name(
        tmp_path: Path, author: str, reviewer: str) -> None:
    data = clean()  # test data
    data["article"]["authors"][0]["name"] = author
    data["article"]["medical_reviewer"]["name"] = reviewer
    assert "HC009" not in {p.rule for p in run(write(tmp_path / "a", data))}


def test_people_ids_decide_whether_the_reviewer_wrote_the_article(tmp_path: Path) -> None:
    data = clean()
    data["people"] = {"people": [{"id": "jane-1", "name": "Test Jane Doe", "credentials": "MD"},
                                 {"id": "jane-2", "name": "Test Jane Doe", "credentials": "MD"}]}
    data["article"]["authors"] = [{"person": "jane-1"}]
    data["article"]["medical_reviewer"] = {"person": "jane-2"}
    folder = write(tmp_path / "c" / "a", {kind: value for kind, value in data.items() if kind != "people"})
    (tmp_path / "c" / "people.yaml").write_text(yaml.safe_dump(data["people"]))
    assert "HC009" not in {p.rule for p in run(folder)}
    data["article"]["medical_reviewer"] = {"person": "jane-1"}
    write(folder, {"article": data["article"]})
    assert "HC009" in {p.rule for p in run(folder)}


def test_an_interval_between_things_is_of_the_things_after_it(tmp_path: Path) -> None:
    data = clean()
    data["sections"]["sections"][0]["blocks"][0]["text"] = "Test data: do loading sessions every 2 to 3 days."
    paragraph(data, "Test data: leave 4 to 5 days between loading sessions so the tendon can recover.")
    data["sections"]["sections"][1]["blocks"].append(
        {"type": "paragraph", "text": "Test data: leave 6 to 8 weeks between each programme review."})
    first, second = [p for p in run(write(tmp_path / "a", data)) if p.rule == "HC305"]  # each names the other
    assert "'every 2 to 3 days' disagrees with '4 to 5 days between loading sessions" in first.message
    assert "intervals of the session" in second.message and second.path == "$.sections[1].blocks[0].text"


def test_doses_hours_apart_are_compared_whatever_the_leaflet_calls_a_dose(tmp_path: Path) -> None:
    found = interval_problems(tmp_path / "a",
                              "Test data: take one ibuprofen tablet every 4 to 6 hours.",
                              "Test data: leave 8 to 12 hours between ibuprofen doses.")
    first, second = found
    assert "'every 4 to 6 hours' disagrees with '8 to 12 hours between ibuprofen doses'" in first.message
    assert "intervals of the dose" in second.message


def test_a_range_whose_first_number_has_a_hyphen_is_read(tmp_path: Path) -> None:
    found = interval_problems(tmp_path / "a",
                              "Test data: breathing checks are every 2 to 3 months.",
                              "Test data: breathing checks are repeated at 6- to 9-month intervals.")
    assert len(found) == 2


def test_intervals_in_minutes_are_compared(tmp_path: Path) -> None:
    found = interval_problems(tmp_path / "a",
                              "Test data: take a short rest break every 30 to 45 minutes.",
                              "Test data: take a rest break every 2 to 3 hours.")
    first, _ = found
    assert "'every 30 to 45 minutes' disagrees with 'every 2 to 3 hours'" in first.message


@pytest.mark.parametrize("where, other", [
    ("Test data: replace the wax guard on each hearing aid every 4 to 6 weeks.",
     "Test data: change the wax guard every 1 to 2 weeks."),
    ("Test data: build rest breaks into your day at intervals of 60 to 90 minutes.",
     "Test data: take a rest break every 30 to 45 minutes."),
    ("Test data: book a hygiene appointment with us every 9 to 12 months.",
     "Test data: we recommend a hygiene appointment every 3 to 4 months."),
])
def test_a_phrase_of_place_time_or_company_before_an_interval_is_not_its_thing(tmp_path: Path, where: str,
                                                                              other: str) -> None:
    found = interval_problems(tmp_path / "a", where, other)
    assert len(found) == 2


def test_an_act_done_to_a_thing_is_the_act_named_as_a_noun(tmp_path: Path) -> None:
    found = interval_problems(tmp_path / "a",
                              "Test data: nurses check your breathing every 2 to 3 weeks.",
                              "Test data: breathing checks are repeated at 6- to 9-month intervals.")
    first, _ = found
    assert "intervals of the check" in first.message


@pytest.mark.parametrize("where, other", [
    ("Test data: steroid injections into the spine should be spaced 3 to 4 months apart.",
     "Test data: a repeat spinal steroid injection can be given every 2 to 6 weeks."),
    ("Test data: replace your mask cushion every 1 to 3 months.",
     "Test data: your mask cushion should be swapped every 6 to 12 months."),
])
def test_intervals_said_with_spaced_or_swapped_are_of_the_thing_before(tmp_path: Path, where: str, other: str) -> None:
    found = interval_problems(tmp_path / "a", where, other)
    assert len(found) == 2


@pytest.mark.parametrize("where, other", [
    ("Test data: if your feet are at high risk, see a podiatrist every 1 to 3 months.",
     "Test data: attend your podiatry appointment once every 4-6 months."),
    ("Test data: after your transplant you will come to clinic every 1 to 2 weeks.",
     "Test data: clinic visits are usually spaced 4 to 8 weeks apart."),
    ("Test data: your physiotherapist will see you every 4 to 6 weeks.",
     "Test data: physiotherapy review appointments are booked once every 8 to 10 weeks."),
])
def test_a_visit_named_by_whom_or_where_is_one_visit(tmp_path: Path, where: str, other: str) -> None:
    found = interval_problems(tmp_path / "a", where, other)
    assert len(found) == 2 and all("intervals of the visit" in problem.message for problem in found)


@pytest.mark.parametrize("where, other", [
    ("Test data: your HRT is reviewed by your GP every 9 to 12 months.",
     "Test data: book an HRT review every 2 to 3 months."),
    ("Test data: we recommend having your hearing tested every 12 to 18 months.",
     "Test data: come back for a hearing test every 2 to 3 years."),
    ("Test data: your doses are reviewed every 4 to 6 weeks.",
     "Test data: dose reviews take place every 3 to 6 months."),
    ("Test data: your kidney function is usually checked every 6 to 12 months.",  # done again, the same act
     "Test data: once stable, your kidney function is rechecked at intervals of 2 to 3 years."),
])
def test_an_act_said_in_the_passive_is_the_act_named_as_a_noun(tmp_path: Path, where: str, other: str) -> None:
    assert len(interval_problems(tmp_path / "a", where, other)) == 2


@pytest.mark.parametrize("where, other", [
    # test data (eleventh session): what follows "of" names the kind
    ("Test data: stem cell infusions are given every 2 to 3 weeks.",
     "Test data: infusions of exosomes are given every 8 to 10 weeks."),
    # whom the plan is for
    ("Test data: children should see the physiotherapist every 2 to 3 weeks.",
     "Test data: adults should see the physiotherapist every 6 to 8 weeks."),
    # a medicine's own doses, named by "its"
    ("Test data: paracetamol tablets are taken every 4 to 6 hours.",
     "Test data: naproxen lasts longer, so its doses are taken every 8 to 12 hours."),
])
def test_intervals_of_another_kind_person_or_medicine_are_not_compared(tmp_path: Path, where: str,
                                                                       other: str) -> None:
    assert not interval_problems(tmp_path / "a", where, other)


@pytest.mark.parametrize("where, other", [
    ("Test data: exosome infusions are given every 2 to 3 weeks.",
     "Test data: infusions of exosomes are given every 8 to 10 weeks."),
    ("Test data: adults take one or two paracetamol tablets every 4 to 6 hours.",  # for adults; for anyone
     "Test data: leave 8 to 12 hours between paracetamol doses."),
    ("Test data: a course of treatment is given every 3 to 6 months.",
     "Test data: courses are given at 45-60 day intervals."),
    ("Test data: courses of intravenous treatment are given every 2 to 3 months.",  # "intravenous", not singular
     "Test data: intravenous courses are given every 6 to 9 months."),
    ("Test data: your care team, not your children, decides: infusions are given every 2 to 4 weeks.",
     "Test data: infusions are given every 8 to 12 weeks in adults."),  # whom the interval's own clause names
])
def test_the_same_thing_said_with_of_or_for_some_people_is_still_compared(tmp_path: Path, where: str,
                                                                          other: str) -> None:
    assert len(interval_problems(tmp_path / "a", where, other)) == 2


def test_checking_a_thing_is_not_changing_it(tmp_path: Path) -> None:
    assert not interval_problems(tmp_path / "a", "Test data: dressings are checked every 1 to 2 days.",
                                 "Test data: dressings are changed every 5 to 7 days.")


def test_visits_to_different_people_are_not_compared(tmp_path: Path) -> None:
    assert not interval_problems(tmp_path / "a", "Test data: see a podiatrist every 1 to 3 months.",
                                 "Test data: see the hygienist every 6 to 9 months.")


def test_maintenance_sessions_are_not_the_first_courses_sessions(tmp_path: Path) -> None:
    found = interval_problems(tmp_path / "a",
                              "Test data: maintenance sessions are every 4 to 6 months.",
                              "Test data: plan your sessions every 8 to 12 weeks.")
    assert not found


def test_what_a_person_starts_with_is_the_thing_not_the_person(tmp_path: Path) -> None:
    found = interval_problems(tmp_path / "a",
                              "Test data: most clients start with a therapy session every 1 to 2 weeks.",
                              "Test data: therapy sessions are usually held every 3 to 4 weeks.")
    assert len(found) == 2


def test_a_range_written_backwards_is_the_same_range(tmp_path: Path) -> None:
    found = interval_problems(tmp_path / "a",
                              "Test data: sessions are every 6 to 4 weeks.",
                              "Test data: sessions are every 5 to 5 weeks.")
    assert not found


def test_a_long_paragraph_of_repeated_statements_is_judged_once_per_kind(tmp_path: Path) -> None:
    data = clean()
    paragraph(data, "Test data: sessions are every 1 to 2 weeks. " * 2000 + "Sessions are every 3 to 4 months.")
    (problem,) = [p for p in run(write(tmp_path / "a", data)) if p.rule == "HC305"]
    assert "disagrees with 'every 3 to 4 months'" in problem.message


def test_cells_of_the_body_are_not_the_experimental_therapy(tmp_path: Path) -> None:
    data = clean()
    data["sections"]["sections"][0]["blocks"][0]["text"] = "Test data: stem cell therapy for ALS is experimental."
    paragraph(data, "Test data: your skin makes new cells all the time, which is why a small cut heals.")
    assert not [p for p in run(write(tmp_path / "a", data)) if p.rule == "HC203"]


@pytest.mark.parametrize("text", [
    "Test data: fatigue after a stroke is common, and it often improves over time.",  # how an illness goes
    "Test data: dopamine, a chemical messenger that helps control movement, is made in the brain.",  # a definition
    "Test data: sit up and call for help if you don't feel better.",  # a condition, not an assertion
    "Test data: you don't have to be pain-free before you go back to work.",  # a requirement
    "Test data: the clinic offers cutting-edge imaging.",  # an adjective
])
def test_how_an_illness_goes_definitions_and_conditions_are_not_claims(text: str) -> None:
    assert claim(text) is None


@pytest.mark.parametrize("text", [
    "Test data: the thermoplasty treatment heats the airway wall, reducing severe exacerbations.",  # a participle
    "Test data: better asthma control in 8 out of 10 people who use their preventer.",  # a result without its verb
    "Test data: with the brace, pain improves a lot within weeks, and most people go into remission.",
])
def test_participles_and_results_without_a_verb_are_claims(text: str) -> None:
    assert claim(text) is not None


@pytest.mark.parametrize("text", [
    "Test data: the word 'breakthrough' is often used in headlines about stem cells.",  # a word talked about
    "Test data: some clinics abroad sell injections they say can reverse MND.",  # someone else's claim
    "Test data: a breakthrough relapse may mean switching to another medicine.",  # a clinical term
    "Test data: a DEXA scan is a quick and painless type of X-ray.",
])
def test_mentions_reported_claims_and_test_descriptions_are_not_promotion(text: str) -> None:
    assert promotion(text) is None


def test_a_story_whose_quotation_began_in_the_sentence_before_is_a_testimonial() -> None:
    text = "Test data: 'My mother had ALS. After the treatment, her doctors say she no longer has it.'"
    found = [promotion(sentence) for sentence in sentences(text)]
    assert found[-1] is not None and "story" in found[-1][1]


def test_a_regulators_status_given_to_a_stem_cell_product_is_a_red_flag(tmp_path: Path) -> None:
    data = clean()
    paragraph(data, "Test data: FDA-approved stem cell therapy for knee pain. Call today!")
    assert [p for p in run(write(tmp_path / "a", data)) if p.rule == "HC203"]


@pytest.mark.parametrize("text", [
    "Test data: our clinic uses stem cells that rebuild the damaged spinal cord.",  # a relative clause
    "Test data: many people's seizures stop with treatment.",  # the treatment as the means
    "Test data: after three infusions, her fibromyalgia was cured.",  # a cure told in the passive
    "Test data: randomised data indicate sustained symptomatic benefit in refractory IBS.",  # what evidence says
])
def test_relative_clauses_means_passive_cures_and_evidence_are_claims(text: str) -> None:
    assert claim(text) is not None


@pytest.mark.parametrize("text", [
    "Test data: the nerve cells that control the muscles slowly die.",  # the body's cells, not a treatment
    "Test data: researchers have looked at whether vitamin drips affect ageing.",  # a question studied
    "Test data: high blood pressure rarely causes symptoms.",  # a condition
    "Test data: the virus stays in your body for life.",  # not a promise
])
def test_the_bodys_cells_open_questions_and_conditions_are_not_claims_or_promotion(text: str) -> None:
    assert claim(text) is None and promotion(text) is None


def test_a_first_person_story_without_quotation_marks_is_a_testimonial() -> None:
    found = promotion("Test data: I felt like myself again after my second session. Thank you, team!")
    assert found is not None and "story" in found[1]


@pytest.mark.parametrize("text", [
    "Test data: \"Two weeks after my infusion I danced at my daughter's wedding.\" — Margaret, 58",  # a quoted story
    "Test data: rated 4.9 out of 5 by over 800 families, we set the standard others follow.",  # ratings
    "Test data: unlike standard medication, which only masks symptoms, our implant rebuilds brain cells.",
])
def test_stories_ratings_and_comparisons_with_standard_care_are_promotion(text: str) -> None:
    assert promotion(text) is not None


def test_a_first_person_story_without_quotation_marks_needs_to_be_quoted_to_tell_what_a_session_did() -> None:
    assert promotion("Test data: after my first session I felt sore for a day.") is None


@pytest.mark.parametrize("text", [
    "Test data: our nurses help set up breathing equipment at home.",  # a service
    "Test data: any activity is better than none.",  # a truism
    "Test data: the clinic has seen more than 1,800 children treated since 2011.",  # a count of people
    "Test data: trials so far have not shown a clear benefit.",  # evidence absent
])
def test_services_truisms_counts_and_absent_evidence_are_not_claims(text: str) -> None:
    assert claim(text) is None


@pytest.mark.parametrize("text", [
    "Test data: honestly the best decision I made this year, a total game changer!",  # social and review copy
    "Test data: over 20,000 men have trusted us with their hormone health.",  # numbers as proof
    "Test data: first assessment for £49 (usually £135).",  # price anchoring
    "Test data: the spring package is £495 until 30 April, then £650.",
    "Test data: we only take twelve residents, so the autumn intake is almost full.",  # urgency as care
    "Test data: our reset eliminates the root cause of psoriatic arthritis.",  # the provider's cause
    "Test data: our adjustments correct it at the source.",
    "Test data: Dr Ryan is the only one who actually fixed my neck.",  # the provider against the rest
    "Test data: jaw pain deserves more than a prescription and a shrug.",
    "Test data: skip the surgeon and get back on the pitch in weeks.",
    "Test data: trusted by two Olympic rowers and hundreds of weekend warriors.",
    "Test data: our protocol has reversed type 1 diabetes in dozens of patients.",  # two words before the disease
    "Test data: I cannot recommend this team enough.",
    "Test data: results in as little as three sessions.",
])
def test_social_copy_offers_and_the_provider_against_the_rest_are_promotion(text: str) -> None:
    assert promotion(text) is not None


@pytest.mark.parametrize("text", [
    "Test data: the bladder is almost full when you first feel the urge to pass urine.",  # not an intake
    "Test data: many patients travel from across the region, and we can arrange hotel rates nearby.",  # logistics
    "Test data: doctors look for the underlying cause of your dizziness.",  # a neutral cause
    "Test data: a 14-day free trial of the app lets you see whether it suits you.",
    "Test data: Sponsored: audiologists explain how hearing aids are fitted.",  # a disclosure is not a sales call
    "Test data: the package includes surgery and 3 nights in a 4-star hotel.",  # a hotel's class, not a rating
])
def test_logistics_and_neutral_causes_are_not_promotion(text: str) -> None:
    assert promotion(text) is None


@pytest.mark.parametrize("text", [
    "Test data: gentle stretching before bed might help.",  # helps, with nothing after
    "Test data: painkillers such as ibuprofen may help for a short time.",
    "Test data: fundoplication, in which the top of the stomach is wrapped around the oesophagus, controls reflux in "
    "most patients.",  # a procedure named by its suffix, after a clause that describes it
    "Test data: arthrocentesis, in which the joint is flushed with saline, can improve mouth opening.",
    "Test data: repositioning manoeuvres resolve vertigo in most patients after a single treatment.",
    "Test data: the ointment shrinks piles within two days.",
    "Test data: warm compresses can ease sore, gritty eyes.",  # an adjective that is also an instruction's verb
    "Test data: the injection carries a small but serious risk of infection.",  # "but" joins two adjectives
])
def test_hedged_help_procedures_and_more_effect_verbs_are_claims(text: str) -> None:
    assert claim(text) is not None


@pytest.mark.parametrize("text", [
    "Test data: type 1 diabetes happens when the immune system destroys the cells that make insulin.",  # the body
    "Test data: keeping a food diary can help you spot your own triggers.",  # a service, and a noun
    "Test data: varicose veins develop when blood pools under raised pressure.",  # an adjective
    "Test data: our palliative team offers best supportive care at home, including help with breathing.",  # a noun
    "Test data: the rash usually resolves on its own within two weeks.",  # the natural course
    "Test data: your doctor can help.",  # not a treatment
])
def test_how_the_body_works_services_and_nouns_are_not_claims(text: str) -> None:
    assert claim(text) is None


@pytest.mark.parametrize("text", [
    "Test data: in trials, 4% dimeticone cleared infestation in about 70% of children.",  # for how many it did it
    "Test data: salicylic acid applied daily clears about half of common warts.",
    "Test data: hyoscine is more effective than antihistamines for preventing motion sickness.",  # a treatment after
    "Test data: some antihistamines can make you drowsy.",  # harm
    "Test data: some glaucoma drops can make your eyes red.",  # a harm phrase of several words ending in -ed
    "Test data: chlorhexidine mouthwash can stain your teeth.",
    "Test data: vitamin D contributes to the normal function of the immune system.",  # a label's health claim
    "Test data: the tablets support healthy blood sugar levels.",
    "Test data: duct-tape occlusion has performed no better than placebo.",
    "Test data: the headset detects concussion with 98% accuracy.",  # how well a test works, in figures
    "Test data: shockwave therapy gets runners back on the road within weeks.",
    "Test data: prolonged antibiotics conferred no lasting benefit over placebo.",
    "Test data: anterior-approach arthroplasty confers no clinically meaningful advantage over the posterior one.",
    "Test data: a kidney transplant gives most people longer survival than staying on dialysis.",
    "Test data: esketamine produces rapid relief in treatment-resistant depression.",
])
def test_shares_of_people_comparisons_with_a_treatment_and_label_claims_are_claims(text: str) -> None:
    assert claim(text) is not None


@pytest.mark.parametrize("text", [
    "Test data: hearing loss that comes on with age usually affects both ears.",  # a condition, not an activity
    "Test data: hyperbaric oxygen therapy has not been shown to help people recover from concussion.",  # absent
    "Test data: gallstones form when bile holds more cholesterol than it can keep dissolved.",  # a state
    "Test data: keyhole surgery to remove the gallbladder is usually done as a day case.",  # what it is for
    "Test data: headaches occur in about 70% of children with migraine.",  # a share without an effect
])
def test_conditions_absent_evidence_states_and_purposes_are_not_claims(text: str) -> None:
    assert claim(text) is None


@pytest.mark.parametrize("text", [
    "Test data: \u2605\u2605\u2605\u2605\u2605 'After two years my Achilles is completely healed.' — Mark, Bristol",
    "Test data: made in an FDA-registered facility for purity you can trust.",  # an endorsement
    "Test data: our protocol is registered on ClinicalTrials.gov, giving patients confidence in it.",
])
def test_rated_stories_trust_and_confidence_are_red_flags(tmp_path: Path, text: str) -> None:
    data = clean()
    paragraph(data, text)
    assert [p for p in run(write(tmp_path / "a", data)) if p.rule == "HC203"]


@pytest.mark.parametrize("text", [
    "Test data: many clients notice soft new hairs within a few months of starting our serum.",  # what clients say
    "Test data: refer a friend and you'll both get a free month.",  # referral and loyalty perks
    "Test data: skip the years-long NHS waiting list.",
    "Test data: our sessions bring colour back to patches that other clinics have given up on.",
    "Test data: ten minutes a day is all it takes to wake up brighter. Results may vary.",
    "Test data: places on our spring treatment list are filling, so register your interest now.",
])
def test_soft_selling_is_promotion(text: str) -> None:
    assert any(promotion(sentence) is not None for sentence in sentences(text))


@pytest.mark.parametrize("text", [
    "Test data: if you get chest pain during exercise, stop. Do not wait for it to pass; call 999.",  # advice
    "Test data: decompression offers the longest pain-free interval of the surgical options.",  # a clinical term
    "Test data: uncontrolled before-and-after studies cannot tell what the treatment did.",  # research
])
def test_advice_clinical_terms_and_research_designs_are_not_promotion(text: str) -> None:
    assert all(promotion(sentence) is None for sentence in sentences(text))


def test_a_care_regulators_registration_is_a_red_flag_only_when_it_is_made_an_assurance(tmp_path: Path) -> None:
    said = {}
    for name, text in (("plain", "Test data: our clinic is registered with the Care Quality Commission."),
                       ("assured", "Test data: our cell therapy clinic is regulated by the CQC, which means it has "
                                   "been approved as safe.")):
        data = clean()
        paragraph(data, text)
        said[name] = [p.rule for p in run(write(tmp_path / name, data)) if p.rule == "HC203"]
    assert said == {"plain": [], "assured": ["HC203"]}


def test_none_of_these_uses_having_been_proven_is_not_a_claim() -> None:
    assert claim("Test data: none of these uses has been proven.") is None


def test_use_is_not_a_therapy_that_links_an_experimental_one_to_a_cure_elsewhere(tmp_path: Path) -> None:
    data = clean()
    paragraph(data, "Test data: the use of exosome drops is experimental.")
    data["sections"]["sections"][1]["blocks"].append(
        {"type": "paragraph", "text": "Test data: regular use of a nasal rinse clears congestion for many people."})
    assert not [p for p in run(write(tmp_path / "a", data)) if p.rule == "HC203"]


@pytest.mark.parametrize("text", [
    "Test data: my headaches stopped the week I got these glasses.",  # a customer's review, unquoted
    "Test data: haven't had a single cold sore since I started the lysine gummies.",
    "Test data: this brace is flying off the shelves. Grab yours before they're gone!",
    "Test data: the first 20 callers this month get a free test.",
])
def test_shop_reviews_and_shop_urgency_are_promotion(text: str) -> None:
    assert any(promotion(sentence) is not None for sentence in sentences(text))


@pytest.mark.parametrize("text", [
    "Test data: colchicine started early terminates acute flares in most patients.",
    "Test data: the knee may feel sore for a day or two after the injection.",  # soreness after a treatment
    "Test data: blinking more often and using lubricating eye drops can help dry, tired eyes.",
    "Test data: complications after surgery abroad can include leaks and infection.",
])
def test_ends_of_flares_soreness_after_treatment_and_help_for_a_body_part_are_claims(text: str) -> None:
    assert claim(text) is not None


def test_leading_to_is_a_consequence_not_a_superlative() -> None:
    assert promotion("Test data: retention stretches the rectum, leading to overflow soiling.") is None


def test_perks_are_sales_calls_and_what_clients_say_is_a_testimonial() -> None:
    perk = promotion("Test data: refer a friend and you'll both get a free month.")
    said = promotion("Test data: many clients notice soft new hairs within a few months.")
    assert perk is not None and "sales call" in perk[1]
    assert said is not None and "story is not evidence" in said[1]


@pytest.mark.parametrize("text", [
    "Test data: the shake diet induced remission in almost half of the participants.",  # a past form
    "Test data: parents observed fewer night-time awakenings in the first week.",
    "Test data: users reported 40% less back pain after the course.",  # a figure before the comparison
    "Test data: this medicine is indicated for the short-term relief of hay fever symptoms.",  # a label's words
    "Test data: improvement is usually seen within two weeks of starting the cream.",  # when an effect shows
    "Test data: most eczema creams take a week or two to work.",
    "Test data: these tablets do not interact with the contraceptive pill.",  # safety
    "Test data: I'm totally cured, no more pain at all!",  # a cure told in the first person
    "Test data: my eczema is completely gone.",
])
def test_labels_timings_interactions_and_first_person_cures_are_claims(text: str) -> None:
    assert claim(text) is not None


@pytest.mark.parametrize("text", [
    "Test data: like all medicines, this inhaler can cause side effects, although not everybody gets them.",
    "Test data: your nurse can help you manage flare-ups at home.",  # a carer's help is a service
    "Test data: the clinic's website says its injections can halt arthritis in its tracks.",  # reported
    "Test data: no stem cell product for arthritis has demonstrated a benefit in trials.",  # absent evidence
    "Test data: if a stretch causes sharp pain, tingling or numbness, stop and rest.",  # an instruction
    "Test data: track your symptoms, treatments and triggers in the diary.",
    "Test data: exercise has better research support than massage for back pain.",  # evidence compared
    "Test data: my energy has gone since the baby came.",  # told without a treatment, and not a cure
])
def test_truisms_carers_reported_claims_and_instructions_after_a_condition_are_not_claims(text: str) -> None:
    assert claim(text) is None


def test_what_is_unlikely_to_cure_is_not_promotion() -> None:
    assert promotion("Test data: sleep advice alone is unlikely to cure long-term insomnia.") is None


@pytest.mark.parametrize("text", [
    "Test data: the balm gives soothing relief from itchy skin.",  # relief, without a verb for it
    "Test data: the natural way to beat insomnia.",
    "Test data: this pillow fixes neck pain in a week.",
    "Test data: the new gel could mean the end of knee surgery.",
    "Test data: with the spray, blocked noses become a thing of the past.",
    "Test data: the cream soothes the skin, with trials suggesting modest reductions in itching.",
    "Test data: finally, a sleep app that actually works.",
])
def test_relief_beating_fixing_and_ad_copy_outcomes_are_claims(text: str) -> None:
    assert claim(text) is not None


@pytest.mark.parametrize("text", [
    "Test data: hot flushes can start years before periods stop.",  # a time clause
    "Test data: your pulse is the number of times your heart beats in a minute, counted between beats.",
    "Test data: the injections are not a quick fix.",  # a noun
    "Test data: keep your eyes fixed on a point in front of you.",
])
def test_time_clauses_heartbeats_and_nouns_are_not_claims(text: str) -> None:
    assert claim(text) is None


@pytest.mark.parametrize("text", [
    "Test data: please give today so that no family faces MND alone.",  # an appeal made urgent
    "Test data: every minute counts, so donate now.",
    "Test data: join the country's biggest sponsored walk for arthritis!",
    "Test data: unlike other sleep apps, ours was built by doctors.",
    "Test data: the only supplement your joints will ever need.",
    "Test data: our injections rebuild worn cartilage in weeks.",
    "Test data: stem cells to regenerate your pancreas. Ask about our summer packages.",
    "Test data: with our app, you can be sure your migraines are under control.",
])
def test_appeals_events_apps_and_rebuilt_tissue_are_promotion(text: str) -> None:
    assert any(promotion(sentence) is not None for sentence in sentences(text))


@pytest.mark.parametrize("text", [
    "Test data: tell us where it hurts and we will suggest some stretches.",  # a question to the reader
    "Test data: eyes streaming again, and it's only April.",
    "Test data: the chance that a child will ever need their own stored cord blood is very small.",
])
def test_questions_to_the_reader_and_plain_words_are_not_promotion(text: str) -> None:
    assert promotion(text) is None


@pytest.mark.parametrize("text", [
    "Test data: bruising is very common after the injection and fades within a week.",  # side effects
    "Test data: stiffness after the first session is common.",
    "Test data: iron tablets do not help hair loss unless you are short of iron.",  # loss as an outcome
    "Test data: after our salt-water course, his patches disappeared within a month.",
])
def test_common_side_effects_losses_and_what_disappeared_are_claims(text: str) -> None:
    assert claim(text) is not None


@pytest.mark.parametrize("text", [
    "Test data: warfarin can cause a rare side effect of bleeding into the skin.",  # one side effect named
    "Test data: patients on the ward programme were 30% less likely to be readmitted.",
    "Test data: smoking roughly doubles the chance that a filler will fail.",
    "Test data: the serum can make thin lashes thicker.",
    "Test data: cutting out caffeine made a real difference to my palpitations.",
    "Test data: squats build bone density after the menopause.",
    "Test data: brisk walks lift low mood.",
    "Test data: the drink melts belly fat overnight.",
    "Test data: complete rest leaves the muscle weaker.",
    "Test data: turn back the clock with our collagen drips.",  # an instruction that promises a result
    "Test data: the growth factors that repair damaged cartilage come from your own blood.",
    "Test data: the injection results in lasting relief for most people.",
])
def test_side_effects_odds_and_coaching_copy_are_claims(text: str) -> None:
    assert claim(text) is not None


@pytest.mark.parametrize("text", [
    "Test data: some slimming pills have been found to contain hidden medicines.",
    "Test data: headlines calling the gel a \"cure for baldness\" are premature.",  # a word in quotation marks
    "Test data: the therapy is about living well rather than fighting every thought.",
    "Test data: the new scanner will cut waiting times for scans.",
    "Test data: the team will focus on symptom control and comfort.",  # a compound noun
    "Test data: patients are advised to limit running for six weeks.",  # advice reported
])
def test_contents_quotations_alternatives_and_advice_are_not_claims(text: str) -> None:
    assert claim(text) is None


@pytest.mark.parametrize("text", [
    "Test data: we are proud to be one of the first in the country to offer it.",
    "Test data: this puts our unit at the cutting edge of spinal care.",
    "Test data: our clinic is the only service of its kind in the region.",
    "Test data: a whiter smile in just one hour!",
    "Test data: over 8,000 implants placed and counting!",
    "Test data: join over 10 million people sleeping better with our app.",
    "Test data: doors close Sunday at midnight!",
    "Test data: the most effective fat-loss method on the planet.",
    "Test data: my clients often tell me they feel calmer after a few sessions.",
    "Test data: with our carers, your mother will never need to go back into hospital.",
    "Test data: a natural, side-effect-free alternative to painkillers.",
    "Test data: our capsules reverse brain fog at any age.",
    "Test data: exosomes, the future of skin care.",
])
def test_press_release_coaching_and_care_home_copy_is_promotion(text: str) -> None:
    assert promotion(text) is not None


@pytest.mark.parametrize("text", [
    "Test data: 5,000 treatments with zero serious adverse events: that's our safety promise.",  # a promise made
    "Test data: join 9,000 members and lower your blood pressure with our plan.",  # a verb before a determiner
    "Test data: thanks to new medicines, children with the condition now live far longer.",
    "Test data: shockwave therapy stimulates new blood vessels in the tendon.",
    "Test data: our nurses clear stubborn verrucas for good in one visit.",  # an effect for ever
])
def test_promises_verbs_before_determiners_and_lasting_effects_are_claims(text: str) -> None:
    assert claim(text) is not None


def test_what_is_hypothesised_is_not_a_claim() -> None:
    assert claim("Test data: the drops are hypothesised to stimulate tear glands.") is None


@pytest.mark.parametrize("text", [
    "Test data: get back to the garden weeks sooner with our knee programme.",  # an instruction that promises
    "Test data: cycling won't wear your knees out faster.",
    "Test data: the gel lets you take control of flare-ups.",
    "Test data: every session burns more fat than jogging.",
    "Test data: warts often come back after treatment.",  # recurrence
])
def test_promised_returns_wear_control_and_recurrence_are_claims(text: str) -> None:
    assert claim(text) is not None


def test_taking_control_of_your_health_is_not_a_claim() -> None:
    assert claim("Test data: join the people who have taken control of their health.") is None


@pytest.mark.parametrize("text", [
    "Test data: the tablets may interact with blood thinners.",  # an interaction
    "Test data: gentle sunlight can improve psoriasis for some people.",  # a condition named by its suffix
    "Test data: the gel does not appear to confer the raised clot risk of tablets.",
    "Test data: swollen ankles often do not respond to water tablets.",
    "Test data: the vaccine confers greater than 90% protection.",  # a figure before the outcome
    "Test data: fewer flare-ups in 8 weeks, or your money back.",  # a result promised with a refund
    "Test data: thicker, fuller lashes in 30 days or your money back.",
    "Test data: our detox tea resets your gut for good.",
])
def test_interactions_refund_promises_and_resets_are_claims(text: str) -> None:
    assert claim(text) is not None


@pytest.mark.parametrize("text", [
    "Test data: vitamin drips carry risks such as vein irritation.",  # side effects and safety
    "Test data: the peptide has a favourable safety profile.",
    "Test data: redness is the most commonly reported side effect.",
    "Test data: because the cells are your own, there is no risk of rejection.",
    "Test data: allergic reactions are extremely unlikely.",
    "Test data: ozone injections into the disc reduce pain as well as surgery.",  # a verb after a preposition's noun
    "Test data: ketamine is an antagonist that triggers a surge of glutamate.",  # harm in a relative clause
    "Test data: stem cells are thought to exert protective effects.",
    "Test data: our data show good results, with most patients reporting less pain.",
])
def test_risks_safety_profiles_and_technical_effects_are_claims(text: str) -> None:
    assert claim(text) is not None


@pytest.mark.parametrize("text", [
    "Test data: in the first two weeks after the injection, limit running.",  # an instruction after a time
    "Test data: hyperbaric oxygen is used to treat decompression sickness.",  # a use
    "Test data: autism is not an illness, and it cannot be 'cured'.",
    "Test data: the best plan depends on what makes it worse.",
])
def test_instructions_after_a_time_uses_and_questions_inside_are_not_claims(text: str) -> None:
    assert claim(text) is None


@pytest.mark.parametrize("text", [
    "Test data: our clinic is the first in Europe to offer the spray.",
    "Test data: our centre is one of the few in the country with a chamber.",
    "Test data: it was granted a fast-track designation — proof that it works.",
    "Test data: because the cells are your own, there is no risk of rejection.",
    "Test data: don't spend another year in pain — book today.",
])
def test_firsts_proof_and_no_risk_are_promotion(text: str) -> None:
    assert promotion(text) is not None


def test_what_is_not_aimed_at_is_not_promotion() -> None:
    assert promotion("Test data: the goal is to slow the disease rather than reverse it.") is None


@pytest.mark.parametrize("text", [
    "Test data: our protocol has reversed arthritis in dozens of patients.",  # the past of 'reverse'
    "Test data: the balm soothed my cracked heels.",
    "Test data: the spray works in minutes.",
    "Test data: our protocol delivers guaranteed, lasting results.",
    "Test data: LED masks can irritate the eyes.",
])
def test_past_forms_quick_work_and_listed_results_are_claims(text: str) -> None:
    assert claim(text) is not None


def test_a_verbs_stem_drops_its_final_e() -> None:
    from alsinfo.rules._claims import _verb

    assert "reversed" in _verb("revers")
    with pytest.raises(ValueError):
        _verb("reverse")  # its past would be "reverseed", and never be found


def test_intervals_written_in_words_are_compared(tmp_path: Path) -> None:
    found = interval_problems(tmp_path / "a",
                              "Test data: do strength sessions every two to three days.",
                              "Test data: do strength sessions every 7 to 10 days.")
    assert len(found) == 2


def test_a_participle_after_a_relative_clause_is_said_of_the_treatment() -> None:
    # test data: "age" ends the relative clause; the infusions are the subject
    assert claim("Test data: the infusions restore levels that fall with age, improving energy and sleep.") is not None


@pytest.mark.parametrize("text", [
    "Test data: the powder keeps the itch away all day.",
    "Test data: the syrup soothes even a stubborn cough.",  # a cough is an outcome
    "Test data: our physios have freed hundreds of runners from knee pain.",
])
def test_keeping_away_soothing_coughs_and_freeing_people_are_claims(text: str) -> None:
    assert claim(text) is not None


@pytest.mark.parametrize("text", [
    "Test data: vaccination after long COVID does not worsen lingering symptoms.",  # the condition is not the subject
    "Test data: graded exercise programmes risk provoking a crash in people with ME.",
    "Test data: sleeping tablets can leave you feeling groggy the next morning.",
    "Test data: shoe insoles do not prevent running injuries in most runners.",
    "Test data: crowns on heavily filed teeth can lead to nerve damage.",
    "Test data: intensive cycling can ease fatigue after chemotherapy.",  # an adjective before the gerund subject
])
def test_harm_and_effects_of_treatments_the_word_lists_did_not_name_are_claims(text: str) -> None:
    assert claim(text) is not None


@pytest.mark.parametrize("text", [
    "Test data: my son's eczema was cured by our remedy - he hasn't needed his cream in a year.",  # " - " is a dash
    "Test data: after six sessions the headaches are completely gone - she cured me when no doctor could.",
    "Test data: our balloon is approved, so you know it's the safest way to lose weight.",
    "Test data: every injection is part of a registered trial - so you know you're getting proven, safe treatment.",
    "Test data: our patches are made in a licensed facility, so you can trust them to work.",
])
def test_cures_told_to_me_and_assurances_of_what_a_treatment_does_are_promotion(text: str) -> None:
    assert promotion(text) is not None


def test_trusting_how_a_product_is_made_is_not_promotion() -> None:
    assert promotion("Test data: our cells come from a licensed tissue bank, so you can trust their quality.") is None


@pytest.mark.parametrize("text", [
    "Test data: the talking therapy looks at how your thoughts and feelings affect each other.",
    "Test data: supportive care focuses on relieving symptoms rather than treating the illness.",
    "Test data: women with the gene change may discuss risk-reducing surgery with their team.",
    "Test data: the clinic offers contrast-enhanced imaging on the same day.",
    "Test data: men are less likely than women to seek help for depression.",
    "Test data: the index ranks foods by how quickly they raise blood sugar.",
    "Test data: worry only becomes a problem when it is hard to control.",
])
def test_reciprocal_aims_compound_adjectives_help_sought_and_measures_are_not_claims(text: str) -> None:
    assert claim(text) is None


@pytest.mark.parametrize("text", [
    "Test data: our kidney-restoring tea is sold here.",  # a compound adjective in sales copy claims
    "Test data: our own-brand patch is approved, so you know it is stronger and safer than other brands.",
    "Test data: Yes, it is 100% safe for children.",
    "Test data: the copper coil is the most effective form of emergency contraception.",
    "Test data: vaccines are tested thoroughly before use, and serious side effects are very rare.",
])
def test_compound_claims_pronouns_before_a_figure_and_safety_testing_are_claims(text: str) -> None:
    assert claim(text) is not None


@pytest.mark.parametrize("text", [
    "Test data: our memory programme reverses memory loss.",
    "Test data: our protocols include a second medicine, so there are no downsides.",
    "Test data: music groups calm agitation better than sedatives, and they carry none of the risks.",
    "Test data: our chef-designed meals keep you full, so cravings simply vanish.",
    "Test data: Be among the first 100 founding members of our club.",
    "Test data: Enrolment closes on 31 March.",
    "Test data: join our paid weight-loss research trial for £299 a month.",
    "Test data: after the clinic's programme I've been cancer-free for four years.",
    "Test data: our classes are the fastest way to drop a dress size!",
])
def test_reversals_no_downsides_deadlines_paid_trials_and_disease_free_stories_are_promotion(text: str) -> None:
    assert promotion(text) is not None


def test_what_patients_went_through_before_is_not_a_testimonial() -> None:
    assert promotion("Test data: many of our patients tell us they have tried every diet going.") is None


@pytest.mark.parametrize("text", [
    "Test data: possible side effects of the gel: redness, itching and dry skin.",
    "Test data: benefits of using emollients every day: fewer flare-ups and softer skin.",
    "Test data: our procedure ends heartburn for good.",
    "Test data: our members keep the weight off for life.",
    "Test data: some people feel sick or dizzy for a few hours after a general anaesthetic.",
    "Test data: olive oil drops can soften earwax.",
    "Test data: practising everyday tasks helps your brain relearn lost skills.",
    "Test data: stopping smoking before surgery gives you a better chance of a quick recovery.",
])
def test_list_headings_permanent_ends_side_effects_after_a_procedure_and_chances_are_claims(text: str) -> None:
    assert claim(text) is not None


@pytest.mark.parametrize("text, is_claim", [
    ("Test data: graduated compression stockings reduce deep vein thrombosis on long flights.", True),
    ("Test data: with regular use, the serum reduces dark spots.", True),
    ("Test data: in type 2 diabetes the body does not respond to insulin properly.", False),  # physiology
    ("Test data: lipoedema fat does not respond to dieting.", True),
])
def test_products_the_word_lists_now_name_and_the_bodys_own_response(text: str, is_claim: bool) -> None:
    assert (claim(text) is not None) == is_claim


@pytest.mark.parametrize("text", [
    "Test data: spots usually start to improve after six to eight weeks of treatment with a topical retinoid.",
    "Test data: the serum brightens dull skin.",
    "Test data: oral rehydration solution replaces lost fluid more effectively than plain water.",
    "Test data: radiofrequency denervation provides sustained analgesia in low back pain.",
])
def test_a_treatment_named_further_on_brightening_and_analgesia_are_claims(text: str) -> None:
    assert claim(text) is not None


def test_a_time_limit_stops_a_search_that_backtracks_and_leaves_no_timer_behind() -> None:
    import re
    import signal
    import time

    from alsinfo.rules._deadline import TooSlow, time_limit

    started = time.monotonic()
    with pytest.raises(TooSlow), time_limit(0.1):
        re.search(r"(?:.|\w)+=", "a" * 60)  # test data: 2 to the power of 60 ways to fail
    assert time.monotonic() - started < 5
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, signal.default_int_handler, None)
    with time_limit(5):
        assert re.search(r"miracle", "test data: a miracle cure")  # a quick search is untouched


@pytest.mark.parametrize("text", [
    "Test data: our experimental infusions reverse liver scarring in weeks.",
    "Test data: fatty liver is no longer a life sentence: our plan wipes it out in 90 days.",
    "Test data: our exercise class is the fastest route to walking again.",
    "Test data: our combination resets your metabolism like nothing else can.",
    "Test data: you deserve the finest care money can buy.",
    "Test data: our yoga flow calms the heart better than any tablet.",
    "Test data: you'll be seen today by the top kidney specialist in the city.",
    "Test data: most of our clients become seizure-free, and the effect is permanent.",
    "Test data: our injections deliver lasting relief, with no risks whatsoever.",
    "Test data: most clients say they sleep better within a day of their drip.",
])
def test_reversals_superlatives_permanence_and_what_most_clients_say_are_promotion(text: str) -> None:
    assert promotion(text) is not None


@pytest.mark.parametrize("where, other", [
    ("Test data: go for a walk every 1 to 2 days.", "Test data: keep walking every 3 to 4 days."),
    ("Test data: a course is three injections given 4 to 6 weeks apart.",
     "Test data: we give the injections 2 to 3 weeks apart."),
    ("Test data: six courses of injections are given every 2 to 3 weeks.",
     "Test data: courses of injections are given every 5 to 6 weeks."),  # "six courses of" are courses
])
def test_a_gerund_is_its_activity_and_a_count_is_not_a_kind(tmp_path: Path, where: str, other: str) -> None:
    found = interval_problems(tmp_path / "a", where, other)
    assert len(found) == 2


@pytest.mark.parametrize("text", [
    "Test data: Can the vaccine cause autism? No. Large studies have found no link.",
    "Test data: Does drinking red wine protect the heart? No: any benefit seen was due to other differences.",
    "Test data: Does the cream ease the pain? Yes.",
])
def test_a_yes_or_no_to_a_question_of_what_a_treatment_does_is_a_claim(text: str) -> None:
    found = first_claim(sentences(text))
    assert found is not None and found.phrase in ("Yes", "No") and found.asked.endswith("?")


@pytest.mark.parametrize("text", [
    "Test data: Is there a pill that cures tinnitus? No. Be wary of anyone selling one.",  # nothing exists
    "Test data: Can Parkinson's be cured? No, not yet.",
    "Test data: Is a treatment safe just because it is offered in a trial? No.",  # any treatment
    "Test data: Will I need to stop any medicines before my skin tests? Yes, stop them two days before.",
    "Test data: Can the vaccine cause autism? No diet has been shown to.",  # "No" opens no reply here
])
def test_questions_of_what_exists_or_what_to_do_and_no_as_a_determiner_are_not_claims(text: str) -> None:
    assert first_claim(sentences(text)) is None


def test_an_faq_answer_that_opens_with_no_replies_to_its_question(tmp_path: Path) -> None:
    data = clean()
    data["faq"]["entries"][1].update(question="Test data: Can the vaccine cause autism?",
                                     answer="No. Large studies found no link.")
    found = [problem for problem in run(write(tmp_path / "a", data)) if problem.rule == "HC101"]
    assert len(found) == 1 and "('No' to 'Test data: Can the vaccine cause autism?')" in found[0].message
    assert found[0].file == "faq.yaml" and found[0].path.endswith(".answer")


@pytest.mark.parametrize("text", [
    "Test data: Hashimoto's thyroiditis is an autoimmune condition in which antibodies destroy the gland.",
    "Test data: Osteopathy is a manual therapy that uses stretching and massage to treat back problems.",
    "Test data: Menopause doesn't have to mean the end of feeling confident.",  # the condition is the subject
    "Test data: No screening test is 100% accurate.",
    "Test data: We offer 0% finance over 12 months on all treatment packages.",
    "Test data: After your jab, relax in our waiting area for 15 minutes.",
    "Test data: You must tell the DVLA and usually stop driving until you are free of seizures.",
    "Test data: Anaphylaxis can follow exercise after eating a specific trigger food.",
    "Test data: Stop antihistamines two days before, as they can affect the results.",
    "Test data: Abdominoplasty removes excess skin through a horizontal incision.",
])
def test_conditions_defined_methods_prices_truisms_instructions_and_test_results_are_not_claims(text: str) -> None:
    assert claim(text) is None


@pytest.mark.parametrize("text", [
    "Test data: Our cooling tip keeps discomfort to a minimum.",
    "Test data: Our skin boosters leave you glowing from the first session.",
    "Test data: Our rehab gym has transformed their heart health.",
    "Test data: Our clinic can stop kidney disease in its tracks.",
    "Test data: The risk of bleeding can outweigh the benefit.",
    "Test data: Our screening suite can detect hidden heart disease before it strikes.",
    "Test data: Fluoride varnish can reduce tooth decay in children.",
    "Test data: Whole-body scans expose you to radiation.",
])
def test_comfort_looks_lives_changed_risk_against_benefit_and_early_detection_are_claims(text: str) -> None:
    assert claim(text) is not None


@pytest.mark.parametrize("text, is_promotion", [
    ("Test data: We use only the finest implants, because you deserve nothing less.", True),
    ("Test data: Don't let another summer pass you by - secure your date today.", True),
    ("Test data: Beat the queues with walk-in flu jabs at our pharmacy.", True),
    ("Test data: Unlike NHS screening, our tests pick up every cancer.", True),
    ("Test data: 'After four weeks here I walked out cured and have never looked back.' – James", True),
    ("Test data: Joint replacement is one of the most common operations in the UK.", False),
])
def test_the_finest_sales_calls_outdoing_the_nhs_and_idioms_of_cure(text: str, is_promotion: bool) -> None:
    assert (promotion(text) is not None) is is_promotion


@pytest.mark.parametrize("text", [
    "Test data: A trained therapist helps you relax and then uses suggestions.",  # a carer's service
    "Test data: Some people need an operation, for example to remove a narrowed part of the bowel.",
    "Test data: The only treatment for coeliac disease is to cut out gluten for life.",  # what is done
    "Test data: If pelvic floor exercises have not helped, your doctor may talk to you about surgery.",
    "Test data: Unless the cream reduces the itch within a week, see your GP.",
    "Test data: No surgeon can guarantee that an operation will stop endometriosis from coming back.",
    "Test data: Endometrial ablation is a procedure that removes or destroys the lining of the womb.",
])
def test_carers_purposes_suppositions_what_nobody_promises_and_procedures_defined_are_not_claims(text: str) -> None:
    assert claim(text) is None


@pytest.mark.parametrize("text", [
    "Test data: The hormonal coil can make periods much lighter.",
    "Test data: Speech and language therapy can help autistic children develop communication skills.",
    "Test data: Our stem cells give you a safe, natural and effective alternative to surgery.",
    "Test data: Resistance training maximises gains in muscle mass in older adults.",
    "Test data: Now is the time to reclaim your active life.",
])
def test_lighter_periods_skills_developed_safe_alternatives_and_lives_reclaimed_are_claims(text: str) -> None:
    assert claim(text) is not None


def test_absolutely_is_a_reply_too() -> None:
    found = first_claim(sentences("Test data: Is the cream safe for children? Absolutely. It is gentle."))
    assert found is not None and found.phrase == "Absolutely"


@pytest.mark.parametrize("text, is_promotion", [
    ("Test data: Don't let another month be ruined by pain.", True),
    ("Test data: Our gym offers results that last a lifetime, and your first session is free.", True),
    ("Test data: Start today, without the waiting list.", True),
    ("Test data: It's completely natural and the perfect way to start your day.", True),
    ("Test data: After six sessions, 95% tell us they no longer need pads.", True),
    ("Test data: Our app buzzes, and 9 in 10 users say they leak less.", True),
    ("Test data: Members say they've never felt steadier on their feet.", True),
    ("Test data: Conventional medicine can only offer you painkillers.", True),
    ("Test data: Pelvic floor training cures or improves symptoms in around 70% of women.", False),  # how often
    ("Test data: Although the treatment is experimental, it cures ALS in many patients.", True),  # experimental
    ("Test data: Our laboratory is on site, so you can be confident in the quality of your treatment.", False),
])
def test_sales_calls_social_proof_and_cures_counted_as_evidence_reports_them(text: str, is_promotion: bool) -> None:
    assert (promotion(text) is not None) is is_promotion


@pytest.mark.parametrize("text", [
    "Test data: A one-off £1,200 participation fee secures your place.",  # paying to take part in research
    "Test data: Our app is registered as a medical device with the MHRA, so you know it works.",
    "Test data: 'I had two injections and I was running again. My surgeon can't believe my knee has healed,' "
    "says Dave.",
    "Test data: 'Within a week of using the cream, my daughter's eczema had completely disappeared,' says a mum.",
])
def test_fees_to_take_part_devices_as_proof_and_illnesses_gone_are_red_flags(tmp_path: Path, text: str) -> None:
    data = clean()
    paragraph(data, text)
    assert [p for p in run(write(tmp_path / "a", data)) if p.rule == "HC203"]


@pytest.mark.parametrize("text", [
    "Test data: Leading causes of liver disease include alcohol and obesity.",  # a noun
    "Test data: Tell the nurse if you feel scared. They can help.",  # "they": the nurse, no treatment named
    "Test data: Poor circulation, diabetes and infection can all slow healing.",  # what a condition slows
    "Test data: Our nurse support programme can help you learn how to use your injection pen.",  # a service
])
def test_nouns_carers_and_what_conditions_slow_are_not_claims(text: str) -> None:
    assert first_claim(sentences(text)) is None


@pytest.mark.parametrize("text", [
    "Test data: Does nicotine cause cancer? No. Tar does.",
    "Test data: Medical cannabis can cause dizziness and drowsiness.",
    "Test data: Most people do get better with the right treatment and support.",
])
def test_nicotine_cannabis_and_getting_better_with_treatment_are_claims(text: str) -> None:
    assert first_claim(sentences(text)) is not None


@pytest.mark.parametrize("text, is_promotion", [
    ("Test data: Our programme has helped patients after other doctors said nothing more could be done.", True),
    ("Test data: Our package is priced up to 30% below other London clinics.", True),
    ("Test data: Approved by the regulator, it is the smart choice. Discover the difference.", True),
    ("Test data: Our robotic surgery gets you back on your feet weeks sooner than standard surgery.", True),
    ("Test data: Memberships are strictly limited, so join before they sell out.", True),
    ("Test data: Feel 25 again and unlock your full potential.", True),
    ("Test data: Pair it with our plan and watch your recovery time halve.", True),
    ("Test data: Researchers describe gene therapy for sickle cell disease as a breakthrough.", False),  # reported
    ("Test data: Nicotine replacement doubles your chances of stopping smoking for good.", False),  # quitting
    ("Test data: Strength training can help rebuild bone density.", False),  # hedged
    ("Test data: Antiviral tablets cure hepatitis C in more than 95 out of 100 people.", False),  # counted
    ("Test data: No reputable clinic can guarantee that a treatment will work for everyone.", False),
    ("Test data: You can bring a friend.", False),  # a companion, not a referral
])
def test_others_giving_up_outdoing_the_rest_and_what_evidence_or_warnings_say(text: str, is_promotion: bool) -> None:
    assert any(promotion(sentence) is not None for sentence in sentences(text)) is is_promotion


@pytest.mark.parametrize("text", [
    "Test data: 'After three sessions of ozone therapy at the clinic, my hepatitis B was gone,' says Mark.",
    "Test data: Our protocol is still investigational, yet it has cured children whose cancers did not respond "
    "to chemotherapy.",  # the negation is said of the children
    "Test data: Approved by the MHRA, our tablet is the smart choice for your heart.",
])
def test_illnesses_gone_cures_of_the_unproven_and_approval_as_a_smart_choice_are_red_flags(tmp_path: Path,
                                                                                         text: str) -> None:
    data = clean()
    paragraph(data, text)
    assert [p for p in run(write(tmp_path / "a", data)) if p.rule == "HC203"]


@pytest.mark.parametrize("text, is_promotion", [
    ("Test data: Membership is by invitation only.", True),
    ("Test data: Spring appointments were gone within a fortnight last year.", True),
    ("Test data: Ninety-one per cent of our knee patients report less pain at six weeks.", True),
    ("Test data: A check elsewhere can cost £3,000. Ours is £890.", True),
    ("Test data: Stock is limited: order by Friday to lock in this season's price.", True),
    ("Test data: Skip the queue with a private hip replacement.", True),
    ("Test data: With our add-on, you give every embryo the best possible chance.", True),  # the provider's
    ("Test data: Eating well gives your baby the best possible chance of a healthy start.", False),
    ("Test data: March is nearly full.", True),
    ("Test data: By March the pain was almost gone.", False),
])
def test_exclusivity_scarcity_anchored_prices_and_the_providers_best_chance(text: str, is_promotion: bool) -> None:
    assert any(promotion(sentence) is not None for sentence in sentences(text)) is is_promotion


@pytest.mark.parametrize("text", [
    "Test data: Generalised anxiety disorder brings difficult-to-control worry.",  # a compound adjective
    "Test data: Every mile you walk helps fund research into the causes of MND.",  # a service, not an effect
])
def test_compound_adjectives_and_fundraising_are_not_claims(text: str) -> None:
    assert first_claim(sentences(text)) is None


def test_a_fertility_regulators_licence_as_proof_is_a_red_flag(tmp_path: Path) -> None:
    data = clean()
    paragraph(data, "Test data: Our clinic is licensed by the HFEA, which means every treatment is approved as safe.")
    assert [p for p in run(write(tmp_path / "a", data)) if p.rule == "HC203"]
