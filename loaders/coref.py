"""Light coreference: "it", "its", "the company", "the ministry"... to a recent entity.

Rules, within one paragraph (a line of the cleaned text):

* "the <noun>" ("the company", "this fund", "the new plan", "the ministry"...) refers to the
  most salient entity of the noun's label (``coref_nouns`` in ``data/patterns/lexicon.json``):
  in the latest sentence holding one, the subject before an object, recency breaking ties
  (Lappin & Leass); "this"/"that <noun>" to the most recent one; never to the subject of a
  clause the description is an object of ("Apple buys from the company"); unless the noun
  names its own entity ("the firm ASML", "the company, SMIC,"); a demonym among its
  modifiers must agree ("the Chinese company" is no U.S. firm; one known to be of that
  country comes first); a noun of
  ``coref_named_nouns`` (plans and governments, which articles discuss across paragraphs)
  otherwise refers to the latest entity whose name holds it, anywhere before ("the plan" ->
  "15th Five-Year Plan", "the government" -> "Japanese government"), or, with none
  before, to the only such entity of the document (a lede's "the chip fund" before "Big
  Fund"); so does a country's or agency's plan noun ("Beijing's plan", "the CCP's
  blueprint"), or else to the plan its sentence names after it; a synonym of
  ``plan_synonyms`` in ``data/relations/config.json`` looks for the word it stands for
  ("the blueprint" -> "15th Five-Year Plan");
* "it" as a subject and "its" refer to the most recent Company, Agency or Organization that
  was itself the subject of a clause (needs the parser; skipped in rule-based mode), so
  "The trade war began in 2018. It exposed ..." does not bind "it" to an object; "its"
  owning a state body ("its commerce ministry") first looks for such a Country;
* "they" as a subject and "their" refer to every member of the latest subject list of two
  or more entities of one label ("Samsung and SK Hynix said they ..."), but a "their" owned
  by the subject list of its own clause ("Alibaba and Tencent develop their own chips") is
  no mention (it names no further party); a plural description ("the two companies", "both
  firms") to the latest such list in any role.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection

from spacy.tokens import Doc, Span, Token

from loaders.entities import lexicon
from loaders.model import Entity, EntitySpan
from loaders.nlp import doc_text, doc_tokens
from loaders.relation_rules import load_rules

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
    named_nouns = lexicon().mapping("coref_named_nouns")
    determiners = lexicon().words("coref_determiners")
    pronoun_labels = frozenset(lexicon().data["pronoun_labels"])
    synonyms = load_rules().modifiers.plan_synonyms
    ordered = sorted(spans, key=lambda s: s.start)
    starts = [s.start for s in ordered]
    parsed = doc.has_annotation("DEP")
    out: list[EntitySpan] = []
    ambiguous: set[int] = set()  # heads of descriptions that could mean either of a list
    for tok in doc_tokens(doc):
        if tok.lower_ in determiners and (not parsed or tok.dep_ == "det"):
            noun = _head_noun(tok, nouns.keys() | named_nouns.keys())
            word = synonyms.get(noun.lower_, noun.lower_) if noun is not None else ""
            label = nouns.get(word) or named_nouns.get(word)
            if (
                noun is None
                or not label
                or _inside(tok.idx, ordered, starts)
                or _inside(noun.idx, ordered, starts)
                or _is_compound(noun)
                or noun.dep_ == "appos"
                or _names_its_entity(noun, ordered, starts)
            ):
                continue
            country = _demonym_country(doc[tok.i + 1 : noun.i], ordered, starts)
            target = None
            if word in nouns:
                target = _salient_antecedent(doc, ordered, starts, tok, label, country)
                if target is not None and _listed_with_peer(doc, target, ordered, starts, country):
                    ambiguous.add(noun.i)  # "both Nvidia and Qualcomm ... The U.S. chip giant"
                    continue
            if target is None and word in named_nouns:
                target = _named_antecedent(ordered, starts, tok.idx, label, word, country)
                target = target or _only_named(ordered, label, word, country)
            if target is None and country is not None:
                target = _located_antecedent(ordered, starts, tok.idx, label, country)
            if target is not None:
                found = EntitySpan(target.entity, tok.idx, noun.idx + len(noun), "coref")
                out.append(found)
                # "The Dutch company ... It is led by": a later pronoun may stand for it
                position = bisect_left(starts, found.start)
                starts.insert(position, found.start)
                ordered.insert(position, found)
        elif parsed and tok.dep_ == "poss" and _owned_plan(tok, nouns, ordered, starts):
            noun = tok.head
            word = synonyms.get(noun.lower_, noun.lower_)
            target = _antecedent(doc, ordered, starts, tok.idx, {"Plan"}, subject_only=False)
            if target is None and word in named_nouns:
                target = _named_antecedent(ordered, starts, tok.idx, "Plan", word)
                target = target or _only_named(ordered, "Plan", word)
            target = target or _plan_in_sentence(ordered, tok)
            if target is not None:
                out.append(EntitySpan(target.entity, noun.idx, noun.idx + len(noun), "coref"))
        elif parsed and (
            (tok.lower_ == "it" and tok.dep_ in SUBJECT_DEPS)
            or (tok.lower_ == "its" and tok.dep_ == "poss")
        ):
            if _clause_subject(tok) in ambiguous:  # "its" is the unresolved subject's
                continue
            target = None
            if tok.lower_ == "its" and _owns_state_body(tok, nouns, ordered, starts):
                target = _antecedent(doc, ordered, starts, tok.idx, {"Country"}, subject_only=True)
            if tok.lower_ == "its":
                target = (
                    target
                    or _conjunct_owner(tok, ordered, starts, pronoun_labels)
                    or _phrase_possessor(tok, ordered, starts, pronoun_labels)
                    or _relative_head(tok, ordered, starts, pronoun_labels)
                )
            target = target or _antecedent(
                doc, ordered, starts, tok.idx, pronoun_labels, subject_only=True
            )
            if tok.lower_ == "its" and (target is None or target.start < tok.sent.start_char):
                target = _in_sentence(ordered, starts, tok, pronoun_labels) or target
            if target is not None:
                out.append(EntitySpan(target.entity, tok.idx, tok.idx + len(tok), "coref"))
        elif parsed and (
            (tok.lower_ == "they" and tok.dep_ in SUBJECT_DEPS)
            or (tok.lower_ == "their" and tok.dep_ == "poss")
        ):
            members = _plural_antecedent(doc, ordered, starts, tok, pronoun_labels)
            if tok.lower_ == "their" and _owned_by_clause_subject(tok, members, ordered, starts):
                continue
            out.extend(EntitySpan(m, tok.idx, tok.idx + len(tok), "coref") for m in members)
        elif parsed and _is_plural_description(tok, nouns, ordered, starts):
            kind = frozenset({nouns[tok.lemma_.lower()]})
            members = _plural_antecedent(doc, ordered, starts, tok, kind, subject_only=False)
            first = min(c.idx for c in tok.children if c.lower_ in _PLURAL_OPENERS)
            out.extend(EntitySpan(m, first, tok.idx + len(tok), "coref") for m in members)
    return out


def _owned_by_clause_subject(
    their: Token, members: list[Entity], ordered: list[EntitySpan], starts: list[int]
) -> bool:
    """Whether "their" refers back to the subject list of its own clause ("Alibaba and
    Tencent develop their own chips", "they said they would expand their plants"): each
    member owns its own, so "their" names no further party and no member becomes another's
    customer or supplier; it is no mention then."""
    subject = _clause_subject(their)
    if subject is None or not members:
        return False
    token = their.doc[subject]
    if token.lower_ == "they":
        return True  # a "they" subject stands for the latest subject list, as "their" does
    named = {
        span.entity.id
        for t in (token, *token.conjuncts)
        for span in ordered
        if span.start <= t.idx < span.end
    }
    return {m.id for m in members} <= named


def _owns_state_body(
    its: Token, nouns: dict[str, str], ordered: list[EntitySpan], starts: list[int]
) -> bool:
    """Whether "its" owns a state body ("China ... according to its commerce ministry"):
    it then stands for the country that was the subject, not for a company."""
    owned = its.head
    i = bisect_left(starts, owned.idx + 1) - 1
    named = i >= 0 and ordered[i].start <= owned.idx < ordered[i].end and (
        ordered[i].entity.label == "Agency"
    )
    return named or nouns.get(owned.lower_) == "Agency"


_PLURAL_OPENERS = frozenset({"the", "both", "these", "those", "two", "three"})
"""Words by which a plural noun refers back to a list: "the two companies", "both firms"."""


def _is_plural_description(
    noun: Token, nouns: dict[str, str], ordered: list[EntitySpan], starts: list[int]
) -> bool:
    """Whether `noun` is a plural description of entities named before: "the two
    companies", "both firms", "these chipmakers" (not "the companies that ...", "the
    firms ASML and Nikon", and not inside a name)."""
    return (
        noun.tag_ == "NNS"
        and bool(nouns.get(noun.lemma_.lower()))
        and any(c.lower_ in _PLURAL_OPENERS for c in noun.children)
        and not any(c.dep_ in ("relcl", "acl", "appos", "prep") for c in noun.children)
        and not _inside(noun.idx, ordered, starts)
        and not _names_its_entity(noun, ordered, starts)
    )


def _plural_antecedent(
    doc: Doc,
    ordered: list[EntitySpan],
    starts: list[int],
    they: Token,
    labels: frozenset[str],
    subject_only: bool = True,
) -> list[Entity]:
    """The entities of the latest subject list before "they"/"their" in its paragraph:
    "Samsung and SK Hynix said they ..." (two or more entities of one label, or nothing);
    any latest list for a plural description ("... Samsung and SK Hynix. The two companies
    ...")."""
    paragraph_start = doc_text(doc).rfind("\n", 0, they.idx) + 1
    i = bisect_left(starts, they.idx) - 1
    while i >= 0 and ordered[i].start >= paragraph_start:
        span = ordered[i]
        if (
            span.entity.label in labels
            and span.method != "coref"
            and (not subject_only or _is_subject(doc, span))
        ):
            head = doc.char_span(span.start, span.end, alignment_mode="expand")
            if head is not None:
                root = head.root
                while root.dep_ == "conj" and root.head.i != root.i:
                    root = root.head
                found = {
                    s.entity.id: s.entity
                    for t in (root, *root.conjuncts)
                    for s in ordered
                    if s.method != "coref" and s.start <= t.idx < s.end
                }
                same = {e.label for e in found.values()} == {span.entity.label}
                return list(found.values()) if len(found) >= 2 and same else []
        i -= 1
    return []


_RELATIVE_PRONOUNS = frozenset({"which", "that", "who"})
_MAX_PHRASE_HOPS = 4


def _phrase_possessor(
    its: Token, ordered: list[EntitySpan], starts: list[int], labels: frozenset[str]
) -> EntitySpan | None:
    """The owner named by the noun phrase that holds "its": "Samsung's experience with its
    first GAA-based node" (its = Samsung, not the sentence's subject)."""
    token = its.head
    for _ in range(_MAX_PHRASE_HOPS):
        if token.dep_ not in ("pobj", "prep") or token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ in ("NOUN", "PROPN"):
            for child in token.children:
                owner = _span_at(child.idx, ordered, starts) if child.dep_ == "poss" else None
                if owner is not None and owner.entity.label in labels and child.i < its.i:
                    return owner
    return None


def _conjunct_owner(
    its: Token, ordered: list[EntitySpan], starts: list[int], labels: frozenset[str]
) -> EntitySpan | None:
    """The entity just before in the list that holds "its": "sells chips to Dell and its
    rivals HP and Lenovo" (its = Dell, not the sentence's subject Intel)."""
    owned = its.head
    if owned.dep_ != "conj" or its.dep_ != "poss":
        return None
    span = _span_at(owned.head.idx, ordered, starts)
    return span if span is not None and span.entity.label in labels else None


def _relative_head(
    its: Token, ordered: list[EntitySpan], starts: list[int], labels: frozenset[str]
) -> EntitySpan | None:
    """The entity a relative clause holding "its" is about: "Apple lags Huawei, which has
    launched its Kirin 9000s chip" (its = Huawei, not the sentence's subject)."""
    verb = its.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:  # a new Token each time
        verb = verb.head
    if verb.dep_ != "relcl" or not any(
        c.dep_ in SUBJECT_DEPS and c.lower_ in _RELATIVE_PRONOUNS for c in verb.children
    ):
        return None
    span = _span_at(verb.head.idx, ordered, starts)
    return span if span is not None and span.entity.label in labels else None


def _in_sentence(
    ordered: list[EntitySpan], starts: list[int], its: Token, labels: frozenset[str]
) -> EntitySpan | None:
    """The latest mention of `labels` before a possessive "its" in its own sentence, when no
    subject of that sentence came before it: "a probe accusing Nvidia of violations tied to
    its H20 chip" (a mere qualifier of another's noun is passed over, see
    :func:`_modifies_owned`)."""
    i = bisect_left(starts, its.idx) - 1
    while i >= 0 and ordered[i].start >= its.sent.start_char:
        span = ordered[i]
        if (
            span.entity.label in labels
            and span.end <= its.idx
            and not _modifies_owned(its.doc, span, ordered, starts)
        ):
            return span
        i -= 1
    return None


_MAX_MODIFIERS = 4
_MODIFIER_DEPS = frozenset({"amod", "compound", "punct", "npadvmod", "advmod"})


def _head_noun(determiner: Token, nouns: Collection[str]) -> Token | None:
    """The coreferring noun a determiner opens: "the company", "the new state-backed fund".

    Up to four modifier tokens may stand between; None when no noun of `nouns` follows.
    """
    doc = determiner.doc
    for i in range(determiner.i + 1, min(determiner.i + 2 + _MAX_MODIFIERS, len(doc))):
        token = doc[i]
        if token.lower_ in nouns:
            return token
        if token.pos_ != "ADJ" and token.dep_ not in _MODIFIER_DEPS:
            return None
    return None


def _owned_plan(
    owner: Token, nouns: dict[str, str], ordered: list[EntitySpan], starts: list[int]
) -> bool:
    """Whether `owner` is a country's or agency's possessive of a plan noun ("Beijing's
    plan", "the CCP's blueprint"): the noun then refers back like "the plan"."""
    noun = owner.head
    if nouns.get(noun.text) != "Plan" or _inside(noun.idx, ordered, starts):
        return False  # a capitalised noun ("China's Self-Reliance Strategy") is a name
    i = bisect_left(starts, owner.idx + 1) - 1
    span = ordered[i] if i >= 0 else None
    return (
        span is not None
        and span.start <= owner.idx < span.end
        and span.entity.label in ("Country", "Agency")
        and not _names_its_entity(noun, ordered, starts)
    )


def _names_its_entity(noun: Token, ordered: list[EntitySpan], starts: list[int]) -> bool:
    """Whether the noun introduces a name of its own ("the firm ASML", "the company, SMIC,")."""
    doc = noun.doc
    after = noun.i + 1
    if after < len(doc) and _inside(doc[after].idx, ordered, starts):
        return True
    if after + 1 < len(doc) and doc[after].text in {",", "("}:
        return _inside(doc[after + 1].idx, ordered, starts)
    return False


def _is_compound(noun: Token) -> bool:
    """ "the company's" is fine; "the company law" / "the group stage" / "the competitive
    foundry market" (the noun modifies the next one) are not references."""
    nxt = noun.nbor(1) if noun.i + 1 < len(noun.doc) else None
    modifies = noun.dep_ in ("amod", "compound", "nmod") and noun.head.i > noun.i
    compound_next = nxt is not None and nxt.pos_ in {"NOUN", "PROPN"} and nxt.dep_ == "compound"
    return modifies or compound_next


def _span_at(pos: int, ordered: list[EntitySpan], starts: list[int]) -> EntitySpan | None:
    """The (latest-starting) span covering character `pos`, if any."""
    i = bisect_left(starts, pos + 1) - 1
    return ordered[i] if i >= 0 and ordered[i].start <= pos < ordered[i].end else None


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
    country: str | None = None,
) -> EntitySpan | None:
    """The latest span before `pos` in the same paragraph with one of `labels` (and, when
    `country` is given, not known to belong to another country: "the Chinese company")."""
    paragraph_start = doc_text(doc).rfind("\n", 0, pos) + 1
    i = bisect_left(starts, pos) - 1
    while i >= 0 and ordered[i].start >= paragraph_start:
        span = ordered[i]
        if (
            span.entity.label in labels
            and span.end <= pos
            and (not subject_only or _is_subject(doc, span))
            and (country is None or span.entity.properties.get("country") in (None, country))
            and not _modifies_owned(doc, span, ordered, starts)
        ):
            return span
        i -= 1
    return None


def _salient_antecedent(
    doc: Doc,
    ordered: list[EntitySpan],
    starts: list[int],
    determiner: Token,
    label: str,
    country: str | None = None,
) -> EntitySpan | None:
    """The most salient span of `label` before a singular description ("the company",
    opened by `determiner`) in its paragraph, by the salience order of rule-based
    coreference (Lappin & Leass): the latest sentence that holds a candidate wins, and in
    it the head of a subject beats an object, recency breaking ties. A demonstrative ("that
    company") takes the latest candidate; a description naming a country ("the U.S.-based
    group") first looks among spans known to be of that country; a subject is no antecedent
    of a description that is an object of its own clause ("CATL signed a deal with Honda to
    supply the automaker": the automaker is Honda).

    "Samsung supplies chips to Apple. The company also sells displays to Xiaomi": the
    company is Samsung, the subject, not the later Apple.
    """
    if country is not None:
        known = [s for s in ordered if s.entity.properties.get("country") == country]
        found = _salient_antecedent(doc, known, [s.start for s in known], determiner, label)
        if found is not None:
            return found
    pos = determiner.idx
    governing = _governing_subjects(determiner.head)
    paragraph_start = doc_text(doc).rfind("\n", 0, pos) + 1
    candidates = [
        (span, _subject_head(doc, span))
        for span in reversed(ordered[: bisect_left(starts, pos)])
        if span.start >= paragraph_start
        and span.entity.label == label
        and span.end <= pos
        and (country is None or span.entity.properties.get("country") in (None, country))
        and not _modifies_owned(doc, span, ordered, starts)
    ]
    candidates = [(span, head) for span, head in candidates if head not in governing]
    if not candidates:
        return None
    latest = candidates[0][0]
    if determiner.lower_ in _DEMONSTRATIVES:
        return latest
    since = _sentence_start(doc, latest.start)
    return next(
        (span for span, head in candidates if span.start >= since and head is not None),
        latest,
    )


_DEMONSTRATIVES = frozenset({"this", "that"})
"""Determiners of a description that points at the latest candidate, not the most salient
one ("VW has its own subsidiary, Cariad, and that company ...": Cariad)."""

_OBJECT_DEPS = frozenset({"dobj", "dative"})
_PARTY_PREPOSITIONS = frozenset({"to", "from", "with", "for"})
"""Prepositions whose object is a party of the clause ("buys chips from the company"), not a
place or a circumstance ("ban Huawei in the country" may mean the subject, Canada)."""


def _governing_subjects(noun: Token) -> set[int]:
    """The subject tokens of the clauses over a description (headed by `noun`) that is an
    object or a party ("Apple buys chips from the company", "Syrah said it signed a deal
    with Posco to provide the firm with graphite": neither is its antecedent), up to its
    sentence's root without crossing a coordination; nothing for a subject or possessive
    description ("T-Mobile will ... in the firm's 6G" may mean T-Mobile)."""
    party = noun.dep_ == "pobj" and noun.head.lower_ in _PARTY_PREPOSITIONS
    if noun.dep_ not in _OBJECT_DEPS and not party:
        return set()
    found: set[int] = set()
    token = noun
    while token.head.i != token.i and token.dep_ != "conj":
        token = token.head
        found.update(c.i for c in token.children if c.dep_ in SUBJECT_DEPS)
    return found


def _subject_head(doc: Doc, span: EntitySpan) -> int | None:
    """The index of the clause subject a mention heads, alone, in a list or by apposition
    (None for "Google" in "the Google incident", and for a dateline's "(Reuters)")."""
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    if tokens is None or (tokens.start > 0 and doc[tokens.start - 1].text == "("):
        return None
    root = tokens.root
    while root.dep_ in ("appos", "conj") and root.head.i != root.i:
        root = root.head
    return root.i if root.dep_ in SUBJECT_DEPS else None


def _sentence_start(doc: Doc, pos: int) -> int:
    """The character offset where the sentence holding character `pos` starts."""
    span = doc.char_span(pos, pos + 1, alignment_mode="expand")
    return span.sent.start_char if span is not None else pos


def _clause_subject(pronoun: Token) -> int | None:
    """The index of the subject of the clause holding `pronoun` (none without one)."""
    verb = pronoun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return next((c.i for c in verb.children if c.dep_ in SUBJECT_DEPS), None)


def _listed_with_peer(
    doc: Doc,
    span: EntitySpan,
    ordered: list[EntitySpan],
    starts: list[int],
    country: str | None,
) -> bool:
    """Whether a mention stands in a list with another entity of its label (and country) a
    singular description could equally mean: "both Nvidia and Qualcomm are working with
    TSMC. The U.S. chip giant ..." names neither for sure."""
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    if tokens is None:
        return False
    for token in tokens.root.conjuncts:
        other = _span_at(token.idx, ordered, starts)
        if (
            other is not None
            and other.entity.id != span.entity.id
            and other.entity.label == span.entity.label
            and (country is None or other.entity.properties.get("country") in (None, country))
        ):
            return True
    return False


def _modifies_owned(
    doc: Doc, span: EntitySpan, ordered: list[EntitySpan], starts: list[int]
) -> bool:
    """Whether a mention only qualifies a noun another entity of its label owns: in
    "Samsung's first Qualcomm smartphone order" the order is Samsung's, and "the company"
    after it is Samsung, not Qualcomm; in "Future M, an affiliate of Posco Group, ..." it
    is Future M."""
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    if tokens is None:
        return False
    root = tokens.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.dep_ == "appos":
        described = root.head.head.head  # "Future M, an affiliate of Posco Group,"
        owner = _span_at(described.idx, ordered, starts)
        return owner is not None and owner.entity.label == span.entity.label
    if root.dep_ != "compound":
        return False
    head = root.head
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    for child in head.children:
        owner = _span_at(child.idx, ordered, starts) if child.dep_ == "poss" else None
        if owner is not None and owner.entity.label == span.entity.label:
            return owner.entity.id != span.entity.id
    return False


def _demonym_country(
    modifiers: Span, ordered: list[EntitySpan], starts: list[int]
) -> str | None:
    """The country a description's modifiers name ("the Chinese company", "the
    Taiwan-based firm", "the U.S. chip giant": a country mention by any of its names)."""
    demonyms = load_rules().modifiers.demonyms
    names = set(demonyms.values())
    for token in modifiers:
        if token.text in demonyms:
            return demonyms[token.text]
        if token.text in names:
            return token.text
        named = _span_at(token.idx, ordered, starts)
        if named is not None and named.entity.label == "Country":
            return named.entity.name
    return None


def _located_antecedent(
    ordered: list[EntitySpan], starts: list[int], pos: int, label: str, country: str
) -> EntitySpan | None:
    """The latest span before `pos` of `label` known to be of `country`, anywhere in the
    document: "The Taiwan-based company" opening a paragraph is TSMC."""
    i = bisect_left(starts, pos) - 1
    while i >= 0:
        span = ordered[i]
        if span.entity.label == label and span.entity.properties.get("country") == country:
            return span
        i -= 1
    return None


def _named_antecedent(
    ordered: list[EntitySpan],
    starts: list[int],
    pos: int,
    label: str,
    noun: str,
    country: str | None = None,
) -> EntitySpan | None:
    """The latest span before `pos` of `label` whose name holds `noun`, anywhere in the
    document ("the plan" -> the "15th Five-Year Plan" paragraphs earlier; "the fund" ->
    "Big Fund", not the plan; "the Japanese government" -> "Japanese government")."""
    i = bisect_left(starts, pos) - 1
    while i >= 0:
        span = ordered[i]
        entity = span.entity
        names = (entity.name, *entity.aliases)
        if (
            entity.label == label
            and any(noun in name.lower().split() for name in names)
            and (country is None or entity.properties.get("country") in (None, country))
        ):
            return span
        i -= 1
    return None


def _plan_in_sentence(ordered: list[EntitySpan], owner: Token) -> EntitySpan | None:
    """The plan (not a fund) named after a state's plan noun in its sentence: "China's
    broader strategy, as outlined in its 15th Five-Year Plan"."""
    fund_words = load_rules().modifiers.fund_words
    sentence = owner.sent
    for span in ordered:
        entity = span.entity
        if (
            owner.idx < span.start < sentence.end_char
            and entity.label == "Plan"
            and span.method != "coref"
            and entity.properties.get("kind") != "fund"
            and not fund_words & set(entity.name.lower().split())
        ):
            return span
    return None


def _only_named(
    ordered: list[EntitySpan], label: str, noun: str, country: str | None = None
) -> EntitySpan | None:
    """The first span of the one entity of `label` whose name holds `noun`, when the
    document has exactly one: a lede's "China's state-backed chip fund" before the article
    names the "Big Fund" (a description may come before the name)."""
    found = {
        span.entity.id: span
        for span in reversed(ordered)
        if span.entity.label == label
        and any(noun in name.lower().split() for name in (span.entity.name, *span.entity.aliases))
        and (country is None or span.entity.properties.get("country") in (None, country))
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _is_subject(doc: Doc, span: EntitySpan) -> bool:
    char_span = doc.char_span(span.start, span.end, alignment_mode="expand")
    if char_span is None:
        return False
    root = char_span.root
    while root.dep_ in {"compound", "appos", "conj"} and root.head.i != root.i:
        root = root.head
    return root.dep_ in SUBJECT_DEPS
