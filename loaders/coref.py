"""Light coreference: "it", "its", "the company", "the ministry"... to a recent entity.

Rules, within one paragraph (a line of the cleaned text):

* "the <noun>" ("the company", "the firm", "the chipmaker", "the ministry"...) refers to the
  most recent entity of the noun's label (``coref_nouns`` in ``data/patterns/lexicon.json``);
* "it" as a subject and "its" refer to the most recent Company, Agency or Organization that
  was itself the subject of a clause (needs the parser; skipped in rule-based mode), so
  "The trade war began in 2018. It exposed ..." does not bind "it" to an object.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token

from loaders.entities import lexicon
from loaders.model import EntitySpan

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def coref_spans(doc: Doc, spans: list[EntitySpan]) -> list[EntitySpan]:
    """EntitySpan(method="coref") for each resolvable pronoun or definite description.

    >>> from loaders.nlp import get_nlp
    >>> from loaders.entities import entity_spans
    >>> d = get_nlp()("Nvidia makes GPUs. The company sells them to Baidu.")
    >>> [(s.entity.id, d.text[s.start:s.end]) for s in coref_spans(d, entity_spans(d))]
    [('company:nvidia', 'The company')]
    """
    if not spans:
        return []
    nouns = lexicon().mapping("coref_nouns")
    pronoun_labels = frozenset(lexicon().data["pronoun_labels"])
    ordered = sorted(spans, key=lambda s: s.start)
    starts = [s.start for s in ordered]
    parsed = doc.has_annotation("DEP")
    out: list[EntitySpan] = []
    for tok in doc:
        if tok.lower_ == "the" and tok.i + 1 < len(doc):
            noun = doc[tok.i + 1]
            label = nouns.get(noun.lower_)
            if not label or _inside(tok.idx, ordered, starts) or _is_compound(noun):
                continue
            target = _antecedent(doc, ordered, starts, tok.idx, {label}, subject_only=False)
            if target is not None:
                out.append(EntitySpan(target.entity, tok.idx, noun.idx + len(noun), "coref"))
        elif parsed and (
            (tok.lower_ == "it" and tok.dep_ in SUBJECT_DEPS)
            or (tok.lower_ == "its" and tok.dep_ == "poss")
        ):
            target = _antecedent(doc, ordered, starts, tok.idx, pronoun_labels, subject_only=True)
            if target is not None:
                out.append(EntitySpan(target.entity, tok.idx, tok.idx + len(tok), "coref"))
    return out


def _is_compound(noun: Token) -> bool:
    """ "the company's" is fine; "the company law" / "the group stage" are not references."""
    nxt = noun.nbor(1) if noun.i + 1 < len(noun.doc) else None
    return nxt is not None and nxt.pos_ in {"NOUN", "PROPN"} and nxt.dep_ == "compound"


def _inside(pos: int, ordered: list[EntitySpan], starts: list[int]) -> bool:
    i = bisect_left(starts, pos + 1) - 1
    return i >= 0 and ordered[i].start <= pos < ordered[i].end


def _antecedent(
    doc: Doc,
    ordered: list[EntitySpan],
    starts: list[int],
    pos: int,
    labels: set[str] | frozenset[str],
    subject_only: bool,
) -> EntitySpan | None:
    """The latest span before `pos` in the same paragraph with one of `labels`."""
    paragraph_start = doc.text.rfind("\n", 0, pos) + 1
    i = bisect_left(starts, pos) - 1
    while i >= 0 and ordered[i].start >= paragraph_start:
        span = ordered[i]
        if span.entity.label in labels and span.end <= pos and (
            not subject_only or _is_subject(doc, span)
        ):
            return span
        i -= 1
    return None


def _is_subject(doc: Doc, span: EntitySpan) -> bool:
    char_span = doc.char_span(span.start, span.end, alignment_mode="expand")
    if char_span is None:
        return False
    root = char_span.root
    while root.dep_ in {"compound", "appos", "conj"} and root.head is not root:
        root = root.head
    return root.dep_ in SUBJECT_DEPS
