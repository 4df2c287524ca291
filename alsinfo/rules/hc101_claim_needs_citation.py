"""Paragraphs and FAQ answers that claim what a treatment does cite a reference.

Why: a claim that a therapy slows, protects, improves or is safe is the part of health content a
reader acts on; it needs a source they (and the reviewer) can check. The rule reads each sentence
for what it asserts, not for which words it holds. A claim says what a treatment, medicine,
procedure, product, diet or activity does or does not do for health:
- an effect on an outcome ("can ease stiffness", "prolongs survival", "helps restore function");
- safety ("is safe", "has few side effects", "does not trigger relapses");
- a comparison ("works the heart just as well as running") or figures ("cut attacks by half").

A "Yes" or "No" that answers a question of what a treatment does claims it too: in faq.yaml, an
answer that opens with "No." replies to its entry's question ("Can the MMR vaccine cause autism?").

Not claims: what a condition is or does ("Raised body temperature slows nerve signals"),
definitions, how a procedure is done, instructions ("Get in and out of the bath safely"),
questions, research hopes ("Researchers hope stem cells may one day repair nerves"), aims ("The
treatment aims to slow …") and "there is no cure". Its precision and recall are measured on a
labelled corpus (docs/rules.md).

A sentence that holds an effect predicate, which the frames neither make a claim nor rule out (it
is not a question, an instruction, a hope, an aim or an absence), is also read by a learnt model
(rules/_learnt.py): the weights of its words and word pairs, fitted to the labelled corpus's
tuning part, say whether it claims what a treatment does ("Patients on our programme keep walking
for longer."); the message quotes the sentence's first words.

Options: `extra_interventions` (words that name a treatment or activity in your field, beyond the
built-in list), `extra_outcomes` (health outcomes, beyond the built-in list) and `learnt` (default
true; false keeps to the frames, whose every finding names its predicate).

Bad (sections.yaml):

    - type: paragraph
      text: Regular stretching can ease stiffness in the legs.

Good:

    - type: paragraph
      text: Regular stretching can ease stiffness in the legs.
      cites: [stretching-trial]

In faq.yaml, an answer cites through its entry's `references: [...]`. A citation marker in the
text itself (`... in the legs [@stretching-trial].`) cites too. Paragraphs, list items, callouts
and FAQ answers are checked.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from alsinfo.rules._api import Finding, RuleContext, sentences
from alsinfo.rules._claims import first_claim
from alsinfo.rules._learnt import model

ID = "HC101"
NAME = "claim-needs-citation"
SEVERITY = "warning"
LANGUAGES = ("en",)  # it reads English sentences
OPTIONS: dict[str, Any] = {"extra_interventions": [], "extra_outcomes": [], "learnt": True}
MODEL = "claim"  # the learnt model, models/claim.json

_ADVICE = {"FAQ answer": "add `references: [reference-id]` to the entry",
           "paragraph": "add `cites: [reference-id]`"}


def check(context: RuleContext, options: Mapping[str, Any]) -> Iterator[Finding]:
    interventions = tuple(options["extra_interventions"])
    outcomes = tuple(options["extra_outcomes"])
    learnt = model(MODEL) if options["learnt"] else None
    # an answer that opens with "Yes" or "No" replies to its entry's question
    questions = {item.path[:-1]: item.text for item in context.prose("FAQ question")}
    for item in context.prose("paragraph", "list item", "callout", "FAQ answer"):
        if item.cited:
            continue
        asked = questions.get(item.path[:-1]) if item.role == "FAQ answer" else None
        found = first_claim(sentences(item.text), asked, interventions, outcomes, learnt)
        if found is None:
            continue
        advice = _ADVICE.get(item.role, "add `cites: [reference-id]` to the block")
        where = (f"the answer to '{item.owner}'" if item.role == "FAQ answer"
                 else f"a {item.role} in section '{item.owner}'")
        what = f"'{found.phrase}' to '{found.asked}'" if found.asked else f"'{found.phrase}'"
        if found.kind == "learnt":  # the sentence, by its first words
            weighing = ", ".join(f"'{word}'" for word in found.weighing)
            what = (f"the sentence '{found.phrase}', as a model learnt from labelled health prose reads it"
                    + (f"; its words {weighing} weigh most" if weighing else ""))
        yield Finding(item.kind, item.path, f"{where} claims what a treatment does ({what}) but cites no "
                                            f"reference; {advice}, or mark the claim with [@reference-id]",
                      phrase=found.phrase.removesuffix(" …"))
