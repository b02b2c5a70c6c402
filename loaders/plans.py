"""State support packages that have no name: "a $143 billion support package", "the 26
trillion won program", "a $19 billion package of incentives".

An amount before a package noun ("package", "program(me)", "plan", "fund", "scheme") is a
Plan when the sentence names a state (a country or a state body), no firm owns the
phrase ("TSMC's $100 billion plan" is no state plan) and it does not describe the named plan
before it ("the CHIPS Act, a $280 billion funding plan"). Every such phrase of one document and
one state is one plan, named after the state and its first amount ("China support package
($143 billion)"); each phrase, and its wording without the amount ("support package",
"package of incentives"), is a surface of it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from loaders.entities import Candidate
from loaders.nlp import doc_text

PACKAGE = re.compile(
    r"(?P<amount>(?:[$\u20ac\u00a3\u00a5]|US\$|USD ?|JPY ?|KRW ?|RMB ?|EUR ?)?\d[\d.,]*"
    r"(?: ?(?:billion|trillion|million|bn|tn|mn))?"
    r"(?: (?:won|yen|yuan|renminbi|euros?|dollars?|rupees?|pounds?))?"
    r"(?: \([^()]{1,30}\))?)"
    r" (?P<words>(?:(?:chip|chips|semiconductor|industry|industrial|financial|fiscal|state|"
    r"government|support|aid|subsidy|subsidies|incentive|incentives|stimulus|funding|rescue|"
    r"relief|spending|tax|credit|policy) ){0,3}"
    r"(?:package|program|programme|plan|fund|scheme)"
    r"(?: of (?:incentives|subsidies|support|aid|measures|tax breaks|tax incentives))?)\b"
)
"""An amount and a package noun, with the words that say what the package is."""
OWNED = re.compile(r"(?:'s|\u2019s)\s+(?:new |latest |planned |proposed )?$")
DESCRIBED = re.compile(r",?\s+(?:(?:is|was|as)\s+)?(?:(?:a|an|the|its)\s+)+")
"""What joins a named plan and an amount that describes it (", a ", " is a ", " a a ")."""


def support_packages(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """Plan candidates for the unnamed support packages of `doc` (see the module).

    >>> from loaders.nlp import get_nlp
    >>> from loaders.entities import ruler_candidates
    >>> from loaders.gazetteer import gazetteer
    >>> doc = get_nlp()("South Korea unveiled a $19 billion package of incentives for chips.")
    >>> [(c.text, c.name, c.surfaces) for c in support_packages(doc, ruler_candidates(doc,
    ...     gazetteer()))]
    [('$19 billion package of incentives', 'South Korea support package ($19 billion)', \
('package of incentives',))]
    """
    text = doc_text(doc)
    names: dict[str, str] = {}
    out: list[Candidate] = []
    for m in PACKAGE.finditer(text):
        start, end = m.span()
        sentence = doc.char_span(start, end, alignment_mode="expand")
        if sentence is None or any(c.start < end and start < c.end for c in cands):
            continue
        sent = sentence.sent
        inside = [c for c in cands if sent.start_char <= c.start < sent.end_char]
        states = [c for c in inside if c.label in {"Country", "Agency"}]
        owner = next((c for c in reversed(inside) if c.end <= start), None)
        if not states or owner is not None and owner.label == "Company" and OWNED.search(
            text, owner.end, start
        ):
            continue
        if owner is not None and owner.label == "Plan" and DESCRIBED.fullmatch(
            text, owner.end, start
        ):
            continue  # "the CHIPS Act, a $280 billion funding plan": the named plan itself
        country = _country_of(states[0])
        name = names.setdefault(country, f"{country} support package ({m.group('amount')})")
        words = m.group("words")
        surfaces = (words,) if " " in words else ()
        out.append(Candidate(start, end, m.group(), "Plan", "pattern", name=name,
                             surfaces=surfaces))
    return out


def _country_of(state: Candidate) -> str:
    """The country a state candidate stands for: its own name, a known body's country, or
    the words of the text ("South Korea", "Japan" for METI, "Dutch government")."""
    if state.known is None:
        return state.text
    if state.label == "Country":
        return state.known.name
    return str(state.known.properties.get("country", state.text))
