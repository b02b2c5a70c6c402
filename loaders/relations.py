"""Typed relationships between entity mentions, each backed by the sentence it was read from.

Two kinds of rules, both data in ``data/relations`` (see :mod:`loaders.relation_rules`):

* dependency rules: a trigger word ("supplies", "reliance", "subsidiary") and the dependency
  paths to its two arguments, written as spaCy DependencyMatcher patterns and matched from
  the trigger tokens (:class:`loaders.relation_rules.PatternTrie`);
* surface rules: short regular expressions over the sentence with entities as placeholders
  ("U.S.-based Nvidia", "Nvidia CEO Jensen Huang").

An argument expands to its conjuncts ("Alibaba, Tencent and Baidu" are three), and to the
entity a bare noun introduces ("chipmakers such as SMIC", "the company, SMIC", "a firm
known as CXMT") or stands for by its shape (``config.json``): a field noun its technology
("the chip industry"), a facility its owner ("TSMC's Arizona fab"), the people of a body
the body ("researchers at Tsinghua University"), a quantity what it counts ("generations
of chips"), a relative pronoun its antecedent ("TSMC, whose customers include Apple").
Of a rule's relationship types the first the ontology allows for the two labels wins;
nothing else is written. A negated, reversed or conditional trigger ("no longer supplies",
"lifted sanctions on", "would sell ... if") yields no edge (but for a withheld permission,
"has not allowed ASML to ship"); a hedged one ("reportedly", "is expected to", "may") a
lower confidence.

Besides, a few patterns read what names and titles say: a name opening with a country
("China Mobile", "China's Ministry of Commerce", "China's Big Fund") or a product's with
its maker ("Honda Prologue"), a description with a place ("the Taiwan-based company"
referring back), a title naming its agency ("Commerce Secretary Gina Raimondo") or its
country ("Chinese President Xi Jinping"). Words imply entities the document names:
demonyms and hyphenated places ("Chinese", "U.S.-based") their country, "chipmaker" and
"chip" semiconductors.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterable, Sequence, Set
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from graph.schema import allowed
from loaders.calibration import scaled
from loaders.entities import lexicon
from loaders.gazetteer import alias_key, gazetteer
from loaders.measures import (
    GOODS_LABELS,
    RATE_FOR,
    added_without_list,
    considered_act,
    denied_trade,
    denier_words,
    facing_parties,
    family,
    foreign_imposer,
    headline_object_words,
    headline_subject,
    imposer_words,
    indefinite_apposition,
    is_listing,
    is_tariff,
    listed_parties,
    listing_examples,
    measure_words,
    named_goods,
    object_phrase,
    participle_list,
    pronoun_owner,
    seat_country,
    without_home_sellers,
    without_own_country_targeted,
    without_self_imposed,
)
from loaders.model import Entity, EntitySpan, Evidence, Relation
from loaders.nlp import doc_text, doc_tokens
from loaders.relation_rules import (
    SUBJECTS,
    DepRule,
    Modifiers,
    RuleSet,
    SurfaceRule,
    compiled_rules,
    entity_mark,
    load_rules,
    lower_for_words,
    marked_indexes,
)

_INTRODUCERS = frozenset({"as", "including", "like", "namely"})
"""Prepositions by which a bare noun introduces its entities ("firms such as SMIC")."""
_ROLE_MODIFIERS = frozenset({"chief", "executive", "vice", "deputy", "managing", "general"})


class SpanIndex:
    """The entity spans covering each token, smallest first."""

    def __init__(self, doc: Doc, spans: Iterable[EntitySpan]) -> None:
        self.by_token: dict[int, list[EntitySpan]] = {}
        self.spans = sorted(spans, key=lambda s: (s.start, s.end))
        self.starts = [span.start for span in self.spans]
        for span in self.spans:
            tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
            if tokens is None:
                continue
            for token in tokens:
                self.by_token.setdefault(token.i, []).append(span)
        for candidates in self.by_token.values():
            candidates.sort(key=lambda s: s.end - s.start)

    def at(self, token: Token) -> list[EntitySpan]:
        """The spans covering `token` (none when it is no entity mention)."""
        return self.by_token.get(token.i, [])

    def entities_in(self, first: int, last: int) -> set[str]:
        """Ids of the entities mentioned by tokens first..last-1."""
        return {s.entity.id for i in range(first, last) for s in self.by_token.get(i, ())}

    def within(self, start: int, end: int) -> list[EntitySpan]:
        """The outermost non-overlapping spans inside text[start:end], in text order."""
        chosen: list[EntitySpan] = []
        first, last = bisect_left(self.starts, start), bisect_right(self.starts, end)
        inside = (s for s in self.spans[first:last] if s.end <= end)
        for span in sorted(inside, key=lambda s: (s.start, -(s.end - s.start))):
            if not chosen or span.start >= chosen[-1].end:
                chosen.append(span)
        return chosen


def lines(sentence: Span) -> list[tuple[int, int]]:
    """The non-blank lines of `sentence` as (start, end) document offsets, stripped.

    The parser may run a heading or a list item into the next paragraph; the line is
    the better unit of evidence for such texts.
    """
    out = []
    position = sentence.start_char
    text = doc_text(sentence.doc)[position : sentence.end_char]  # = sentence.text, cheaper
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            first = position + line.index(stripped)
            out.append((first, first + len(stripped)))
        position += len(line) + 1
    return out


def sentence_of(token: Token) -> Span:
    """The sentence holding `token` (``Token.sent`` walks every sentence of the doc).

    >>> from loaders.nlp import get_nlp
    >>> doc = get_nlp()("Nvidia designs chips. TSMC makes them.")
    >>> sentence_of(doc[5]).text
    'TSMC makes them.'
    """
    doc = token.doc
    starts = doc.user_data.get("chokepoint_sentences")
    if starts is None:
        sentences = list(doc.sents)
        starts = ([s.start for s in sentences], sentences)
        doc.user_data["chokepoint_sentences"] = starts
    return starts[1][bisect_right(starts[0], token.i) - 1]


def evidence_range(tokens: Sequence[Token]) -> tuple[int, int]:
    """The text an edge was read from: the line of its sentence holding all `tokens`.

    The whole sentence when they are on different lines.
    """
    sentence = sentence_of(tokens[0])
    first = min(t.idx for t in tokens)
    last = max(t.idx + len(t) for t in tokens)
    known = sentence.doc.user_data.setdefault("chokepoint_lines", {})  # many edges a sentence
    if sentence.start not in known:
        known[sentence.start] = lines(sentence)
    for start, end in known[sentence.start]:
        if start <= first and last <= end:
            return start, end
    return sentence.start_char, sentence.end_char


@dataclass
class _Found:
    relation: Relation
    evidence: dict[int, Evidence]  # best evidence per sentence start


class _Collector:
    """Gathers edges: one Relation per (type, start, end), one Evidence per sentence."""

    def __init__(
        self, doc_id: str, text: str, symmetric: frozenset[str],
        method_factors: dict[str, float],
    ) -> None:
        self.doc_id = doc_id
        self.text = text
        self.symmetric = symmetric
        self.method_factors = method_factors
        self.found: dict[tuple[str, str, str], _Found] = {}

    def add(
        self,
        rel_type: str,
        start: Entity,
        end: Entity,
        where: tuple[int, int],
        confidence: float,
        method: str,
        role: str | None = None,
    ) -> None:
        """Record one reading of a fact; `where` is the (start, end) of its sentence, and
        `confidence` is scaled by the measured precision of `method` (loaders/calibration.py).

        A firm is based in a country, never in a bloc: "European firms Bosch and NXP" are
        from Europe, not seated in the European Union (its agencies are). A measure only
        considered or possible ("Washington weighs curbs on chips") restricts and targets
        nothing yet. A firm of known home is based there only: "LGES's U.S. factory" or
        "South Korea's Samsung Electronics and Tesla" do not seat LGES or Tesla elsewhere.
        """
        in_bloc = end.properties.get("kind") == "bloc"
        if rel_type == "BASED_IN" and start.label != "Agency" and in_bloc:
            return
        home = start.properties.get("country")
        if rel_type == "BASED_IN" and start.label == "Company" and home and home != end.name:
            return
        if rel_type in ("RESTRICTS", "TARGETS") and start.properties.get("possible"):
            return
        if rel_type == "IMPOSED" and end.properties.get("possible"):
            return
        if rel_type in self.symmetric and end.id < start.id:
            start, end = end, start
        key = (rel_type, start.id, end.id)
        found = self.found.get(key)
        if found is None:
            relation = Relation(rel_type, start.id, end.id, [], {"role": role} if role else {})
            found = self.found[key] = _Found(relation, {})
        elif role and "role" not in found.relation.properties:
            found.relation.properties["role"] = role
        confidence = scaled(confidence, method, self.method_factors)
        best = found.evidence.get(where[0])
        if best is None or confidence > best.confidence:
            found.evidence[where[0]] = Evidence(
                self.doc_id, self.text[where[0] : where[1]], where[0], where[1], confidence, method
            )

    def relations(self) -> list[Relation]:
        out = []
        for found in self.found.values():
            found.relation.evidence = [found.evidence[k] for k in sorted(found.evidence)]
            out.append(found.relation)
        out.sort(key=lambda r: (r.evidence[0].start, r.type, r.start, r.end))
        return out


def _pick(
    types: Sequence[str],
    starts: Sequence[EntitySpan],
    ends: Sequence[EntitySpan],
    start_labels: frozenset[str] | None,
    end_labels: frozenset[str] | None,
    fund_words: frozenset[str] = frozenset(),
) -> tuple[str, Entity, Entity] | None:
    """The first (type, start, end) the ontology and the rule allow, by type preference.

    A fund ("Big Fund") SUPPORTS what a plan would PRIORITIZE.
    """
    for rank in range(len(types)):
        for s in starts:
            rel_type = _preferred(types, s.entity, fund_words)[rank]
            if start_labels is not None and s.entity.label not in start_labels:
                continue
            for e in ends:
                if end_labels is not None and e.entity.label not in end_labels:
                    continue
                if (s.entity.id != e.entity.id
                        and allowed(rel_type, s.entity.label, e.entity.label)
                        and not foreign_imposer(rel_type, s.entity, e.entity)):
                    return rel_type, s.entity, e.entity
    return None


def _is_fund(plan: Entity, fund_words: frozenset[str]) -> bool:
    """Whether a plan funds: of kind fund, or named with a word of `fund_words` ("Big
    Fund", "chip support package")."""
    return plan.properties.get("kind") == "fund" or bool(
        fund_words & set(plan.name.lower().split())
    )


def _preferred(types: Sequence[str], start: Entity, fund_words: frozenset[str]) -> Sequence[str]:
    """`types` in the order of preference for `start`: SUPPORTS before PRIORITIZES for a fund."""
    if not (_is_fund(start, fund_words) and "SUPPORTS" in types and "PRIORITIZES" in types):
        return types
    return sorted(types, key=lambda t: (t == "PRIORITIZES", types.index(t)))


SINGLE_STEPS = frozenset({"<appos", "<compound", ""})
"""First path steps whose argument is one entity, not the list it may stand in: the trigger
describes it ("X, a unit of Y") or is it ("Taiwan's TSMC or South Korea's Samsung")."""


def _members(token: Token, index: SpanIndex) -> list[Token]:
    """`token` and the entities listed with it.

    Besides conjuncts, an apposition of the same label counts: the small parser often reads
    "Xiaomi, Oppo and Vivo" as "Xiaomi" with the apposition "Oppo"; so do the examples
    of the same label it introduces ("semiconductors like diodes and transistors").
    """
    members = [token, *token.conjuncts]
    labels = {s.entity.label for s in index.at(token)}
    # a technology's examples may be its products ("AI accelerators, including Gaudi 3")
    example_labels = labels | ({"Product"} if "Technology" in labels else set())
    for child in token.children:
        if child.dep_ == "appos" and labels & {s.entity.label for s in index.at(child)} and (
                not indefinite_apposition(child)):  # not "graphite, [a battery material]"
            members.extend((child, *child.conjuncts))
        elif child.dep_ == "prep" and child.lower_ in _INTRODUCERS:
            for obj in child.children:
                if obj.dep_ == "pobj" and example_labels & {
                    s.entity.label for s in index.at(obj)
                }:
                    members.extend((obj, *obj.conjuncts))
        elif (
            child.dep_ == "nmod"
            and any(c.dep_ == "cc" for c in child.children)
            and labels & {s.entity.label for s in index.at(child)}
        ):  # "Applied Materials and Lam Research" read as a modifier of "Research"
            members.extend((child, *child.conjuncts))
    return list(dict.fromkeys([*members, *_written_list(token, index)]))


@lru_cache(maxsize=1)
def list_gap() -> re.Pattern[str]:
    """What stands between two members of a written list: a separator, after the legal forms
    (``legal_forms`` of the lexicon) a mention may leave out ("Hangzhou Zhongke
    Microelectronics[ Co., Ltd.], ")."""
    forms = sorted({re.escape(f.rstrip(".")) for f in lexicon().words("legal_forms")})
    return re.compile(
        r"(?:,? (?:" + "|".join(forms) + r")\.?)*(?P<sep>, |, and | and |; |; and |, or | or )"
    )
LIST_ENDS = frozenset({", and ", " and ", "; and ", ", or ", " or "})


def _written_list(token: Token, index: SpanIndex) -> list[Token]:
    """The firms written in one list with `token`'s firm, whatever the parse: firm mentions
    joined only by commas, semicolons and a last "and" or "or" ("A Co., Ltd., B and C were
    added": the parser cuts such lists at the legal forms' commas).

    >>> from loaders.nlp import get_nlp
    >>> from loaders.pipeline import spans_of
    >>> doc = get_nlp()("Zhongke Co., Ltd., Goke Co., Ltd. and Huaxun Inc. were added.")
    >>> listed = _written_list(doc[0], SpanIndex(doc, spans_of(doc, "document:d")))
    >>> [doc[t.left_edge.i : t.i + 1].text for t in listed]
    ['Zhongke Co.', 'Goke Co.', 'Huaxun Inc.']
    """
    own = index.at(token)
    if not own or own[-1].entity.label != "Company":
        return []
    label = own[-1].entity.label
    text = doc_text(token.doc)
    sentence = sentence_of(token)
    mentions = index.within(sentence.start_char, sentence.end_char)
    at = next((i for i, s in enumerate(mentions) if s.start <= token.idx < s.end), None)
    if at is None or mentions[at].entity.label != label:
        return []
    first = last = at
    while first > 0 and _joined(text, mentions[first - 1], mentions[first], label):
        first -= 1
    while last + 1 < len(mentions) and _joined(text, mentions[last], mentions[last + 1], label):
        last += 1
    run = mentions[first : last + 1]
    # (three or more: two firms the parser joins well, and "X, a unit of A, and B" is no list)
    end = list_gap().fullmatch(text, run[-2].end, run[-1].start) if len(run) > 2 else None
    if end is None or end["sep"] not in LIST_ENDS:
        return []
    roots = [token.doc.char_span(s.start, s.end, alignment_mode="expand") for s in run]
    return [r.root for r in roots if r is not None]


def _joined(text: str, before: EntitySpan, after: EntitySpan, label: str) -> bool:
    """Whether two mentions of `label` follow each other in a written list."""
    return after.entity.label == label and bool(
        list_gap().fullmatch(text, before.end, after.start))


def _introduced(token: Token, index: SpanIndex) -> list[Token]:
    """The entities a bare noun introduces or describes.

    "firms such as SMIC", "the company, SMIC", "the firms, which include SMIC and YMTC,"
    and "Nexperia, a chipmaker owned by..." (the noun is an apposition of the entity).
    """
    if token.dep_ == "appos" and index.at(token.head):
        return [token.head]
    subject = _copular_subject(token)
    if subject is not None and index.at(subject):
        return [subject, *(t for t in subject.conjuncts if index.at(t))]
    if subject is not None:  # "companies such as BYD and NIO are pioneers ..."
        return _introduced(subject, index)
    found: list[Token] = []
    for child in token.children:
        if child.dep_ == "appos" and index.at(child) and not _spliced_subject(child):
            found.extend(t for t in _bracketed(child) if index.at(t))
        elif child.dep_ == "prep" and child.lower_ in _INTRODUCERS:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    for t in (obj, *obj.conjuncts):
                        found.extend(
                            [t] if index.at(t) else _name_head(t, index) or _appositive(t, index)
                        )
        elif child.dep_ == "relcl" and child.lemma_ in _INCLUDING_VERBS:
            found.extend(  # "the firms, which include SMIC and YMTC, ..."
                t
                for obj in child.children
                if obj.dep_ in ("dobj", "attr")
                for t in (obj, *obj.conjuncts)
                if index.at(t)
            )
        elif child.dep_ == "acl" and child.lower_ in _NAMING_WORDS:
            found.extend(
                obj
                for prep in child.children
                if prep.dep_ == "prep" and prep.lower_ == "as"
                for obj in prep.children
                if obj.dep_ == "pobj" and index.at(obj)
            )
    return found


def _spliced_subject(appos: Token) -> bool:
    """Whether an "apposition" is the subject of the next clause of a comma splice: "supplying
    missiles to the Chinese military, Hefei Starwave Co. is alleged to provide ..." (a verb
    without a subject of its own follows it right away)."""
    after = appos.right_edge.i + 1
    if after >= len(appos.doc) or appos.doc[after].pos_ not in ("AUX", "VERB"):
        return False
    verb = appos.doc[after]
    if verb.dep_ in ("aux", "auxpass"):
        verb = verb.head
    return not any(c.dep_ in _SUBJECT_DEPS for c in verb.children)


_INCLUDING_VERBS = frozenset({"include", "comprise", "be"})
"""Verbs of a relative clause by which a bare noun lists its entities."""
_NAMING_WORDS = frozenset({"known", "called", "named", "dubbed"})
"""Participles by which a bare noun names its entity ("a memory chip firm known as CXMT")."""


def _appositive(token: Token, index: SpanIndex) -> list[Token]:
    """The entity a bare noun stands in apposition with ("e-commerce giant Alibaba")."""
    return [c for c in token.children if c.dep_ == "appos" and index.at(c)]


def _field_technology(token: Token, index: SpanIndex, mods: Modifiers) -> list[Token]:
    """The technology a field noun is about: "the chip industry", "its EV battery supply
    chain", "autonomous driving capabilities" stand for the technology of their modifiers."""
    if token.lemma_.lower() not in mods.field_nouns:
        return []
    modifiers = [c for c in token.children if c.dep_ in _FIELD_MODIFIER_DEPS]
    modifiers += [g for c in modifiers for g in c.children if g.dep_ in _FIELD_MODIFIER_DEPS]
    return [
        t for t in sorted(modifiers) if any(s.entity.label == "Technology" for s in index.at(t))
    ]


_FIELD_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def _relative_owner(token: Token, index: SpanIndex) -> list[Token]:
    """The entity a relative pronoun stands for: "TSMC, whose customers include Apple",
    "Zhao Lun, who holds positions as the chairman of CXMT", "Nexperia, which Wingtech
    acquired"."""
    if token.lower_ == "whose":
        clause = token.head.head
    elif token.lower_ in ("who", "whom", "which", "that") and token.dep_ in (
        "nsubj", "nsubjpass", "dobj"
    ):
        clause = token.head
    else:
        return []
    owner = clause.head if clause.dep_ == "relcl" else None
    return [owner] if owner is not None and index.at(owner) else []


def _quantity_of(token: Token, index: SpanIndex, mods: Modifiers) -> list[Token]:
    """The entities a quantity noun counts: "generations of chips", "a range of AI chips
    and GPUs" stand for what they are made of."""
    if token.lemma_.lower() not in mods.quantity_nouns:
        return []
    return [
        t
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for obj in prep.children
        if obj.dep_ == "pobj"
        for t in (obj, *obj.conjuncts)
        if index.at(t)
    ]


def _measure_set(token: Token, index: SpanIndex) -> list[Token]:
    """The measures a container noun holds: "the EU's sanctions package", "a new round of
    tariffs" stand for the sanctions and the tariffs."""
    if token.lemma_.lower() not in measure_words().words("container_nouns"):
        return []
    held = [c for c in token.children if c.dep_ == "compound"]
    held += prep_objects(token, ("of",))
    return [t for t in held if any(s.entity.label == "Sanction" for s in index.at(t))]


_MEMBER_PREPOSITIONS = frozenset({"at", "from", "of", "with"})


_OWNED_BY = frozenset({"owned", "operated", "run", "controlled", "managed"})
"""Participles naming a facility's owner in their "by" phrase ("a fab operated by TSMC")."""


def prep_objects(token: Token, prepositions: Collection[str]) -> list[Token]:
    """The objects of the prepositions of `prepositions` that hang from `token`.

    >>> from loaders.nlp import get_nlp
    >>> [t.text for t in prep_objects(get_nlp()("the fabs of TSMC in Arizona")[1], {"of"})]
    ['TSMC']
    """
    return [
        obj
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ in prepositions
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]


def _facility_owner(
    token: Token,
    index: SpanIndex,
    mods: Modifiers,
    nouns: frozenset[str] | None = None,
    prepositions: frozenset[str] = frozenset({"of"}),
) -> list[Token]:
    """The company a facility noun belongs to: "TSMC's Arizona fab", "the fabs of TSMC",
    "a Samsung plant", "the factory, owned by TSMC," stand for their owner; so do the people
    of a body (`nouns` = member nouns, "researchers at Tsinghua University", "Huawei
    engineers", "regulators at the State Administration for Market Regulation")."""
    if token.lemma_.lower() not in (mods.facility_nouns if nouns is None else nouns):
        return []
    owners = [c for c in token.children if c.dep_ in ("poss", "compound")]
    owners += prep_objects(token, prepositions)
    owners += [
        obj
        for acl in token.children
        if acl.dep_ == "acl" and acl.lower_ in _OWNED_BY
        for agent in acl.children
        if agent.dep_ == "agent"
        for obj in agent.children
        if obj.dep_ == "pobj"
    ]
    bodies = ("Company", "Organization") if nouns is None else ("Company", "Organization", "Agency")
    return [t for t in owners if any(s.entity.label in bodies for s in index.at(t))][:1]


_BRACKETS = {"-": "-", "\u2013": "\u2013", "\u2014": "\u2014", "(": ")"}


def _bracketed(appos: Token) -> list[Token]:
    """An apposition and its conjuncts, up to the dash or parenthesis that closes it.

    "Two Korean firms - Samsung and SK hynix - and Micron": the parser may make Micron a
    conjunct of Samsung; it stands after the closing dash.
    """
    members = [appos, *appos.conjuncts]
    doc = appos.doc
    opener = doc[appos.left_edge.i - 1].text if appos.left_edge.i else ""
    closer = _BRACKETS.get(opener)
    if closer is None:
        return members
    end = next((t.i for t in doc[appos.i + 1 :] if t.text == closer), len(doc))
    return [t for t in members if t.i < end]


def _copular_subject(token: Token) -> Token | None:
    """The subject a noun predicates of: "X is a company that...", "X is one of the firms
    that...", "X is among the giants that..." (the noun stands for X)."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ == "one":
        token = token.head.head
    elif token.dep_ == "pobj" and token.head.lower_ == "among":
        token = token.head
    if token.dep_ not in ("attr", "prep"):
        return None
    verb = token.head
    if verb.lemma_ not in ("be", "remain", "become"):
        return None
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _described(trigger: Token, head: Token, index: SpanIndex) -> Token:
    """The entity an apposition describes: the one right before its comma or parenthesis.

    The parser may attach "CATL (the largest battery maker)" to the first item of a list;
    the words next to the apposition are the better evidence.
    """
    before = trigger.left_edge.i - 1
    doc = trigger.doc
    if before >= 1 and doc[before].text in {",", "(", "–", "—", "-"}:
        neighbour = doc[before - 1]
        if index.at(neighbour):
            return neighbour
    return head


def _named_before(token: Token, index: SpanIndex, mods: Modifiers) -> list[Token]:
    """The mention a class noun right after it stands for ("the Made in China 2025 plan")."""
    if token.i == 0:
        return []
    before = token.doc[token.i - 1]
    spans = index.at(before)
    if not spans or not token.is_ancestor(before):
        return []
    nouns = (mods.class_nouns.get(s.entity.label, frozenset()) for s in spans)
    return [before] if any(token.lower_ in n for n in nouns) else []


def _arguments(
    token: Token, index: SpanIndex, mods: Modifiers, single: bool = False
) -> list[Token]:
    """The entity tokens an argument stands for (one when `single`)."""
    found: list[Token] = []
    single = single or _describing(token, index)
    for member in [token] if single else _members(token, index):
        generic = all(s.method == IMPLIED or s.entity.label == "Technology"
                      for s in index.at(member))
        named = _named_before(member, index, mods) if generic else []
        if named:  # "the Kirin 9000s chip": the product, not the technology "chip" names
            found.extend(named)
        elif index.at(member) and all(s.method == IMPLIED for s in index.at(member)):
            # "chipmakers including SMIC": the firms it introduces, and what the word implies
            found.extend([*_introduced(member, index), member])
        elif index.at(member):
            found.append(member)
        else:  # (a mention before it is read above: `named` is empty)
            found.extend(
                _name_head(member, index)
                or _introduced(member, index)
                or _field_technology(member, index, mods)
                or _facility_owner(member, index, mods)
                or _facility_owner(member, index, mods, mods.member_nouns, _MEMBER_PREPOSITIONS)
                or _quantity_of(member, index, mods)
                or _measure_set(member, index)
                or _relative_owner(member, index)
            )
    return list(dict.fromkeys(found))


def _measure_acts(verb: Token, index: SpanIndex) -> bool:
    """Whether the subject of `verb` is a measure ("regulations that could restrict access to
    AI chips", "the rules may cover gallium"): what a measure in place could do is what it is
    on, not a measure only considered."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ in ("relcl", "acl"):
        subjects.append(verb.head)
    subjects += [c for t in list(subjects) for p in t.children if p.dep_ == "prep"
                 and p.lower_ == "of" for c in p.children if c.dep_ == "pobj"]  # "a set [of]
    # regulations that could restrict"
    return any(s.entity.label == "Sanction" for t in subjects for s in index.at(t))


def _reports_another_state(verb: Token, speaker: Entity, index: SpanIndex) -> bool:
    """Whether the clause `verb` reports has the country or agency of another country for
    its subject: the speaker reports that one's act ("the Chinese ministry said [the U.S.]
    was abusing export controls"; not "the ministry said [Korea] will tighten controls").
    """
    own = speaker.country
    return own is not None and any(
        found.entity.label in ("Country", "Agency") and found.entity.country not in (None, own)
        for clause in verb.children if clause.dep_ == "ccomp"
        for subject in clause.children if subject.dep_ == "nsubj"
        for found in index.at(subject)
    )


def _subject_relative(verb: Token) -> bool:
    """Whether the head of the relative clause `verb` is its subject ("Japan, which [curbs]
    exports", the headline "Japan To [Curb] Exports"), not its object ("the firms Washington
    [blacklisted]", "Huawei, which was [blacklisted]").

    >>> from loaders.nlp import get_nlp
    >>> _subject_relative(get_nlp()("Japan, which curbs exports of chips, said so.")[3])
    True
    """
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return all(c.tag_ in ("WDT", "WP") for c in subjects)


def _describing(token: Token, index: SpanIndex) -> bool:
    """Whether `token` is a bare noun in apposition to an entity it describes: "Volvo, a
    Swedish group controlled by China's Geely, as well as Polestar" (what is said of the
    group is said of Volvo; the parser may make Polestar its conjunct, not Volvo's)."""
    return token.dep_ == "appos" and not index.at(token) and bool(index.at(token.head))


def _name_head(token: Token, index: SpanIndex) -> list[Token]:
    """The entity a longer proper name begins with: "BYD Auto", "Huawei Technologies Co."
    when only "BYD" or "Huawei" is the mention."""
    if token.pos_ != "PROPN" or token.i == 0:
        return []
    before = token.doc[token.i - 1]
    named = before.dep_ == "compound" and before.head.i == token.i
    return [before] if named and any(s.entity.label == "Company" for s in index.at(before)) else []


def demonym_spans(doc: Doc, spans: Sequence[EntitySpan], mods: Modifiers) -> list[EntitySpan]:
    """Mentions of entities by a word that implies them.

    Countries by their adjective ("Chinese", "South Korean") or as the first part of a
    hyphenated word ("U.S.-based"); technologies by a word that holds them ("chipmaker":
    semiconductors), or by a maker word and its modifier ("memory chipmaker": memory chips).
    Only entities the document also names (a span with that name) count, so every edge
    stays between entities the document mentions.
    """
    named = {
        (s.entity.label, s.entity.name.casefold()): s.entity
        for s in spans
        if s.entity.label in ("Country", "Technology")
    }
    words_of = {"Country": mods.demonyms, "Technology": mods.technology_words}
    text = doc_text(doc)
    covered = bytearray(len(text) + 1)  # 1 at each character a mention (no pronoun) covers
    for span in spans:
        if span.method != "coref":
            covered[span.start : span.end] = b"\x01" * (span.end - span.start)
    found = []
    implied_by: dict[str, tuple[Entity, int] | None] = {}  # words recur: each read once
    previous: tuple[int, ...] = ()  # where the token before starts: the pair's start
    for token in doc_tokens(doc):
        end = token.idx + len(token.text)
        for start in (*previous, token.idx):  # the token with the one before, then alone
            if 1 in covered[start:end]:
                continue
            words = text[start:end]
            if words not in implied_by:
                implied_by[words] = _implied(words, named, words_of, mods.maker_word_goods)
            implied = implied_by[words]
            if implied is not None:
                entity, length = implied
                method = "demonym" if entity.label == "Country" else IMPLIED
                found.append(EntitySpan(entity, start, start + length, method))
                break
        previous = (token.idx,)
    return found


def _implied(
    text: str,
    named: dict[tuple[str, str], Entity],
    words_of: dict[str, dict[str, str]],
    maker_goods: dict[str, str],
) -> tuple[Entity, int] | None:
    """The named entity a word implies, and how many of its characters say so."""
    for label, words in words_of.items():
        name = words.get(text) or words.get(text.lower())
        if name and (label, name.casefold()) in named:
            return named[label, name.casefold()], len(text)
    modifier, space, maker = text.rpartition(" ")  # "memory chipmaker": memory chips
    goods = maker_goods.get(maker.lower()) if space else None
    known = gazetteer().lookup(f"{modifier} {goods}", "Technology") if goods else None
    if known is not None and ("Technology", known.name.casefold()) in named:
        return named["Technology", known.name.casefold()], len(text)
    first, dash, rest = text.rpartition("-")
    if dash and first and rest.lower() in HYPHEN_PLACE_WORDS:
        name = words_of["Country"].get(first, first)
        country = named.get(("Country", name.casefold())) or next(
            (e for (label, _), e in named.items() if label == "Country" and first in e.aliases),
            None,
        )
        if country is not None:
            return country, len(first)
    return None


IMPLIED = "implied"
"""Method of a technology mention by a word that holds it ("chipmaker"): the dependency
rules read it, the surface patterns see the word itself ("Chinese chipmaker SMIC")."""

HYPHEN_PLACE_WORDS = frozenset({"based", "headquartered"})
"""Second halves of a hyphenated word whose first half is a place ("U.S.-based")."""


def _chain(trigger: Token, mods: Modifiers) -> list[Token]:
    """The trigger and the words governing it (up through complements and objects)."""
    chain = [trigger]
    token = trigger
    for _ in range(mods.chain_hops):
        if token.dep_ not in mods.chain_deps or token.head.i == token.i:
            break
        token = token.head
        chain.append(token)
    return chain


def is_blocked(trigger: Token, mods: Modifiers) -> bool:
    """Whether the trigger is negated, reversed, a condition or counterfactual ("not", "no
    longer", "lifted", "former", "would sell ... if the licence is granted", "would have
    received", "neither A nor B sells")."""
    chain = _chain(trigger, mods)
    for position, token in enumerate(chain):
        if position and (
            token.lemma_.lower() in mods.reversal_lemmas or token.lower_ in mods.negation_words
        ):
            return True
        if _counterfactual(token, mods):
            return True
        if position and _habitual(token, chain[position - 1], mods):
            return True
        for child in token.children:
            dep, word = child.dep_, child.lower_
            if dep == "preconj":  # "not only ... but also" asserts both
                continue
            if dep == "neg" or word in mods.negation_words:
                return True
            if position == 0 and dep in ("dobj", "nsubjpass") and any(
                g.dep_ == "det" and g.lower_ == "no" for g in child.children
            ):  # "provides no money for", "no funding was given to"
                return True
            if word == "longer" and any(g.lower_ == "no" for g in child.children):
                return True
            if position == 0 and word in mods.reversal_words:
                return True
            if dep == "advcl" and any(
                mark.dep_ == "mark" and mark.lower_ in mods.conditional_marks
                for mark in child.children
            ):
                return True
            if dep in ("nsubj", "nsubjpass") and any(  # "Neither A nor B supplies"
                g.lower_ == "neither" for g in child.children  # a preconj, or a det
            ):
                return True
    return False


def _habitual(token: Token, below: Token, mods: Modifiers) -> bool:
    """Whether `token` is a past habit's verb over the word below it ("used to supply")."""
    return (
        token.lemma_.lower() in mods.habitual_lemmas
        and token.tag_ == "VBD"
        and below.dep_ == "xcomp"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children)
        and not any(c.dep_ == "dobj" for c in token.children)
    )


def has_ended(trigger: Token, mods: Modifiers) -> bool:
    """Whether a past fact is said to have lasted until a time ("Samsung supplied chips to
    Apple until 2020", "had been a unit of Toshiba until its sale"): it has ended.

    >>> from loaders.nlp import get_nlp
    >>> from loaders.relation_rules import load_rules
    >>> doc = get_nlp()("Samsung supplied chips to Apple until 2020.")
    >>> has_ended(doc[1], load_rules().modifiers)
    True
    """
    chain = _chain(trigger, mods)
    past = any(
        t.tag_ == "VBD" or (t.tag_ == "VBN" and any(c.lower_ == "had" for c in t.children))
        for t in chain
    )
    return past and any(
        c.dep_ in ("prep", "mark") and c.lower_ in mods.ending_preps
        for t in chain
        for c in t.children
    )


def _has_with(trigger: Token, words: frozenset[str]) -> bool:
    """Whether a modifier or the object of the trigger (or the "of" phrase of a quantity
    object: "most of its revenue") is one of `words` ("the proposed acquisition", "got an
    order from Tesla", "gets most of its revenue from Apple")."""
    heads = [c for c in trigger.children if c.dep_ in ("amod", "compound", "dobj")]
    heads += [pobj for obj in heads if obj.dep_ == "dobj" for pobj in prep_objects(obj, {"of"})]
    return any(not {t.lower_, t.lemma_.lower()}.isdisjoint(words) for t in heads)


def _lessened_dependence(trigger: Token, mods: Modifiers) -> bool:
    """Whether the trigger is a dependence a verb is to lessen, with its holder named
    ("will reduce India's dependence on imported chips", "a step towards reducing U.S.
    dependence", "Apple aims to reduce dependence on Sony": the subject holds it): the
    dependence is stated, not reversed. A reduction done ("Baidu has reduced China's
    dependence") and a pronoun holder ("reduce its reliance": the efforts of another may be
    meant) stay blocked.

    >>> from loaders.nlp import get_nlp
    >>> from loaders.relation_rules import load_rules
    >>> doc = get_nlp()("The plant will reduce India's dependence on imported chips.")
    >>> _lessened_dependence(doc[6], load_rules().modifiers)
    True
    """
    return (
        trigger.lemma_.lower() in mods.dependence_nouns
        and trigger.dep_ == "dobj"
        and trigger.head.lemma_.lower() in mods.lessening_lemmas
        and trigger.head.tag_ in ("VB", "VBG")
        and not any(c.dep_ == "neg" or c.lower_ in mods.negation_words for c in trigger.children)
        and (any(c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" for c in trigger.children)
             or not any(c.dep_ == "poss" for c in trigger.children))
    )


HYPOTHETICAL_TYPES = frozenset(
    {"SUPPLIES", "DEPENDS_ON", "SUBSIDIARY_OF", "DEVELOPS", "SUPPORTS", "ISSUED"}
)
"""Types of the trade, ownership, making, funding and plan-issuing facts a modal of mere
possibility withholds (see :func:`is_possible_only`: "the Commission may propose a Chips Act
2.0", "METI could fund Rapidus"); a measure that "could restrict" chips still restricts them."""


def is_possible_only(trigger: Token, mods: Modifiers) -> bool:
    """Whether the trigger, or a word governing it, is under a modal of mere possibility
    ("Tesla could buy batteries from CATL", "Broadcom might buy Marvell"): the guidelines
    annotate no hypothetical fact.

    >>> from loaders.nlp import get_nlp
    >>> from loaders.relation_rules import load_rules
    >>> doc = get_nlp()("Tesla could buy batteries from CATL.")
    >>> is_possible_only(doc[2], load_rules().modifiers)
    True
    """
    return any(
        child.dep_ == "aux" and child.lower_ in mods.hypothetical_modals
        for token in _chain(trigger, mods)
        for child in token.children
    )


RESTRAINED_TYPES = frozenset({"SUPPLIES", "SUPPORTS", "DEPENDS_ON", "DEVELOPS"})
"""Types of the trade and funding facts a restraining word stops (see :func:`is_restrained`)."""


def is_restrained(trigger: Token, mods: Modifiers) -> bool:
    """Whether the trade or funding a trigger states is what a measure stops.

    A restraining word governs it ("restrict US investment in Chinese AI", "was barred from
    selling chips to Huawei", "banned from investing in"), or it is the clause of a licence
    revoked or denied ("revoked licences allowing Huawei to buy chips from Intel", "US Revokes
    Intel, Qualcomm Licenses to Sell Chips to Huawei").

    >>> from loaders.nlp import get_nlp
    >>> from loaders.relation_rules import load_rules
    >>> doc = get_nlp()("Intel was barred from selling chips to Huawei.")
    >>> is_restrained(doc[4], load_rules().modifiers)
    True
    """
    chain = _chain(trigger, mods)
    if any(t.lemma_.lower() in mods.restraint_lemmas for t in chain[1:]):
        return True
    stoppers = mods.restraint_lemmas | mods.reversal_lemmas
    top = chain[-1]
    if top.dep_ in ("acl", "relcl") and top.head.lemma_.lower() in mods.licence_objects:
        return top.head.head.lemma_.lower() in stoppers
    doc = trigger.doc  # a headline's "Licenses to Sell" the parser may not attach
    i = trigger.i
    return (
        i >= 2
        and doc[i - 1].lower_ == "to"
        and bool(_word_forms(doc[i - 2]) & mods.licence_objects)
        and any(_word_forms(t) & stoppers for t in doc[sentence_of(trigger).start : i - 2])
    )


def _word_forms(token: Token) -> set[str]:
    """The lemma and the singular of `token` (a title-case headline word keeps its form as
    its lemma: "Revokes", "Licenses")."""
    return {token.lemma_.lower(), token.lower_.removesuffix("s")}


def _counterfactual(token: Token, mods: Modifiers) -> bool:
    """Whether a past participle is under a modal and "have": what would, should or could
    have happened did not ("Volkswagen would have received", "should have supplied")."""
    auxiliaries = {c.lower_ for c in token.children if c.dep_ == "aux"}
    return token.tag_ == "VBN" and "have" in auxiliaries and bool(
        auxiliaries & mods.counterfactual_modals
    )


def is_hedged(trigger: Token, mods: Modifiers) -> bool:
    """Whether the trigger is hedged ("reportedly", "may", "is expected to", "plans to",
    "according to people familiar with the matter")."""
    chain = _chain(trigger, mods)
    for position, token in enumerate(chain):
        if any(child.lower_ in mods.hedge_words for child in token.children):
            return True
        if any(child.lower_ == "according" and any(
                t.lower_ in mods.unnamed_source_words for t in child.subtree)
               for child in token.children):
            return True
        below = chain[position - 1] if position else None
        if (
            below is not None
            and below.dep_ in ("xcomp", "pcomp")
            and token.lemma_.lower() in mods.hedge_lemmas
        ):
            return True
    return False


def _role(rule: DepRule, trigger: Token) -> str | None:
    """The AFFILIATED_WITH role a trigger names ("CEO", "chief executive", "founder")."""
    role = rule.roles.get(trigger.lemma_.lower(), rule.roles.get("*"))
    if role != "@trigger":
        return role
    words = [
        child
        for child in trigger.lefts
        if child.dep_ in ("compound", "amod") and child.lower_ in _ROLE_MODIFIERS
    ]
    return " ".join(t.text if t.is_upper else t.lower_ for t in (*words, trigger))


def _per_trigger(
    test: Callable[[Token, Modifiers], bool], mods: Modifiers
) -> Callable[[Token], bool]:
    """`test` (with `mods`) as a function of the trigger token alone, run once per token: many
    patterns match from one trigger."""
    results: dict[int, bool] = {}

    def cached(trigger: Token) -> bool:
        if trigger.i not in results:
            results[trigger.i] = test(trigger, mods)
        return results[trigger.i]

    return cached


def _dependency_edges(doc: Doc, index: SpanIndex, rules: RuleSet, out: _Collector) -> None:
    compiled = compiled_rules(doc.vocab, rules)
    mods = rules.modifiers
    # Sentence by sentence (a dependency pattern never crosses one); a sentence naming
    # fewer than two entities cannot hold an edge: skip its matching.
    matches = [
        match
        for sent in doc.sents
        if len(index.entities_in(sent.start, sent.end)) >= 2
        for match in compiled.matches(sent)
    ]
    arguments: dict[tuple[int, int, str, bool], list[Token]] = {}  # rules share triggers

    def argument(trigger: Token, token: Token, step: str, modified: bool) -> list[Token]:
        key = (trigger.i, token.i, step, modified)
        if key not in arguments:
            arguments[key] = _argument(trigger, token, step, index, mods, modified)
        return arguments[key]

    crossings: dict[tuple[int, int, str, int, str], bool] = {}  # patterns share their ends

    def crosses(trigger: Token, start: tuple[Token, str], end: tuple[Token, str]) -> bool:
        key = (trigger.i, start[0].i, start[1], end[0].i, end[1])
        if key not in crossings:
            crossings[key] = _crosses_entity(trigger, start, end, index)
        return crossings[key]

    ranges: dict[tuple[int, int, int], tuple[int, int]] = {}  # many matches, few ranges

    def evidence(trigger: Token, start: Token, end: Token) -> tuple[int, int]:
        key = (trigger.i, start.i, end.i)
        if key not in ranges:
            ranges[key] = evidence_range([trigger, start, end])
        return ranges[key]

    restrained = _per_trigger(is_restrained, mods)
    blocked = _per_trigger(is_blocked, mods)
    hedged = _per_trigger(is_hedged, mods)
    tokens = doc_tokens(doc)
    for match_id, token_ids in matches:
        info = compiled.info[match_id]
        trigger = tokens[token_ids[0]]
        if info.borrowed and any(c.dep_ in info.borrowed for c in trigger.children):
            continue
        first, last = tokens[token_ids[info.start_node]], tokens[token_ids[info.end_node]]
        if _object_controlled(trigger, (first, last), index):
            continue
        rule = info.rule
        # "Nvidia GPUs and Qualcomm APs": a modifier modifies its own noun, not the list's
        modified = bool({info.start_step, info.end_step} & MODIFIER_STEPS)
        starts = argument(trigger, first, info.start_step, modified)
        ends = argument(trigger, last, info.end_step, modified)
        if not starts or not ends or (  # the arguments first: most matches have none
            crosses(trigger, (first, info.start_step), (last, info.end_step))
        ) or (
            not _prohibits(rule, trigger) and not rule.in_phrase and blocked(trigger)
            and not _lessened_dependence(trigger, mods)
        ):
            continue
        # a modifier is governed through its noun ("partners ... for its Wi-Fi components")
        noun = trigger.head if trigger.dep_ == "compound" else trigger
        if rule.not_under and any(
            t.lemma_.lower() in rule.not_under for t in (trigger, *_chain(noun, mods))
        ):
            continue
        if rule.not_with and _has_with(trigger, rule.not_with):
            continue
        confidence = rule.confidence * (mods.hedge_factor if hedged(trigger) else 1.0)
        pairs = [
            (start_token, end_token, start_spans, end_spans)
            for start_token in starts
            for end_token in ends
            for start_spans in _readings(index.at(start_token))
            for end_spans in _readings(index.at(end_token))
        ]
        for start_token, end_token, start_spans, end_spans in pairs:
            where = evidence(trigger, start_token, end_token)
            picked = _pick(
                rule.types, start_spans, end_spans, rule.start_labels, rule.end_labels,
                mods.fund_words,
            )
            if picked is None:
                continue
            rel_type, start, end = picked
            if rel_type == "SUPPLIES" and _gives_funds(trigger, mods):
                continue
            if rel_type in ("SUPPLIES", "SUBSIDIARY_OF") and _bought_facility(
                trigger, (start_token, end_token), mods
            ):
                continue
            if rel_type == "SUPPLIES" and _buys_ownership(trigger, mods):
                continue
            if rel_type == "SUBSIDIARY_OF" and _divested(trigger):
                continue
            if (rel_type in HYPOTHETICAL_TYPES and not rule.in_phrase
                    and is_possible_only(trigger, mods)):
                continue
            if rel_type in ENDABLE_TYPES and has_ended(trigger, mods):
                continue
            if rel_type == "DEPENDS_ON" and _supplies_onward(trigger, index):
                continue
            if (rel_type in RESTRAINED_TYPES and not rule.in_phrase
                    and not index.at(trigger) and restrained(trigger)):
                continue  # the trade is what is stopped; goods banned ("Nvidia chips") stay
            if rel_type == "BASED_IN" and (
                _relative_country(trigger, index) or _bloc_adjective(end_token, end, mods)
                or _facility_place(trigger, start_token, mods)
            ):
                continue
            if rel_type in ("IMPOSED", "TARGETS", "RESTRICTS") and trigger.pos_ == "VERB" and (
                    considered_act(trigger) and not _measure_acts(trigger, index)):
                continue  # "could put Huawei on its list"; not "rules that could restrict"
            if rel_type == "IMPOSED" and _reports_another_state(trigger, start, index):
                continue
            if rel_type in ("TARGETS", "RESTRICTS") and info.end_step == "<relcl" and (
                    _subject_relative(trigger)):  # "Japan To [Curb] Exports To China"
                continue
            if rel_type == "SUPPORTS" and _grants_licence(trigger, mods):
                if not allowed("REGULATES", start.label, end.label):
                    continue
                rel_type = "REGULATES"
            if rel_type == "DEVELOPS" and rule.in_phrase and _material_of_goods(end_token, end):
                continue
            if rel_type == "AFFILIATED_WITH" and (
                _nationality(trigger.lemma_, end_token.text, end, mods)
                or _company_territory(trigger, end, index)
            ):
                continue
            role = _role(rule, trigger) if rel_type == "AFFILIATED_WITH" else None
            out.add(rel_type, start, end, where, confidence, f"dep:{rule.name}", role)
            if rel_type == "DEPENDS_ON" and start.label == end.label == "Company":
                _relied_supplier_edges(trigger, start, end, index, confidence, rule.name, out)


def _relied_supplier_edges(
    trigger: Token,
    client: Entity,
    supplier: Entity,
    index: SpanIndex,
    confidence: float,
    rule_name: str,
    out: _Collector,
) -> None:
    """A firm relied on for named goods supplies them: "Renault will rely on AESC for NCM
    batteries" (AESC SUPPLIES Renault and DEVELOPS the batteries), whether "for" hangs on the
    verb or on the firm; "relies on TSMC" alone says no more than the dependence."""
    hosts = [trigger, *(o for p in trigger.children if p.dep_ == "prep" for o in p.children)]
    goods = [
        (token, span.entity)
        for host in hosts
        for prep in host.children
        if prep.dep_ == "prep" and prep.lower_ == "for"
        for obj in prep.children
        if obj.dep_ == "pobj"
        for token in (obj, *obj.conjuncts)
        for span in index.at(token)[:1]
        if span.entity.label in ("Technology", "Product")
    ]
    for token, entity in goods:
        where = evidence_range([trigger, token])
        out.add("SUPPLIES", supplier, client, where, confidence, f"dep:{rule_name}")
        out.add("DEVELOPS", supplier, entity, where, confidence, f"dep:{rule_name}")


def _object_controlled(trigger: Token, ends: tuple[Token, Token], index: SpanIndex) -> bool:
    """Whether an end is the subject borrowed from the verb `trigger` hangs under although
    that verb's object is an entity, the one who does what `trigger` says ("Samsung wants
    TSMC to supply chips to Apple": TSMC supplies Apple, through the object-control path,
    not Samsung). An object that is no entity is a purpose's object: "Rapidus set up a
    partnership to develop chips" keeps Rapidus. A rule reading both that object and that
    subject means them both: "Huawei used TSMC to build chips" (TSMC builds for Huawei),
    unless `trigger` names a recipient of its own ("picked Samsung to ship its chips to
    Foxconn")."""
    head = trigger.head
    return (
        trigger.dep_ == "xcomp"
        and any(t.dep_ in SUBJECTS and t.head.i == head.i for t in ends)
        and any(c.dep_ == "dobj" and index.at(c) for c in head.children)
        and not (
            any(t.dep_ == "dobj" and t.head.i == head.i for t in ends)
            and not prep_objects(trigger, ("to",))
            and not any(c.dep_ == "dative" for c in trigger.children)
        )
    )


def _prohibits(rule: DepRule, trigger: Token) -> bool:
    """Whether a negated permission still states the fact: "has not allowed ASML to ship"
    (a permission of a rule marked negatable, with the clause it withholds) regulates ASML;
    "never licensed Zhipu" states nothing."""
    return rule.negatable and any(c.dep_ in ("ccomp", "xcomp") for c in trigger.children)


def _readings(spans: list[EntitySpan]) -> list[list[EntitySpan]]:
    """The spans at a token, grouped into the readings to try one by one.

    Nested mentions ("U.S. Department of Commerce" around "U.S.") are one reading, the
    smallest allowed one wins; a plural pronoun ("they": Samsung and SK Hynix) is one
    reading per entity it stands for.
    """
    plural = len(spans) > 1 and all(
        s.method == "coref" and (s.start, s.end) == (spans[0].start, spans[0].end)
        for s in spans
    )
    return [[s] for s in spans] if plural else [spans]


def _grants_licence(trigger: Token, mods: Modifiers) -> bool:
    """Whether the trigger's object is a licence ("granted Nvidia a licence", "provided
    Nvidia with export licences"): the agency regulates the company, it does not fund it."""
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    objects += prep_objects(trigger, {"with"})
    return any(obj.lemma_.lower() in mods.licence_objects for obj in objects)


def _gives_funds(trigger: Token, mods: Modifiers) -> bool:
    """Whether the trigger's object is money ("provided $250 million in loans to Lynas",
    "provided financing to Lynas", "will provide $2 billion to Intel"): the firm finances
    the other, it supplies nothing ("sold $2 billion worth of chips" still supplies)."""
    objects = [child for child in trigger.children if child.dep_ == "dobj"]
    return any(
        token.lemma_.lower() in mods.funds_objects and token.dep_ in ("dobj", "pobj", "conj")
        for child in objects
        for token in child.subtree
    ) or any(
        any(t.tag_ == "$" for t in child.subtree)
        and not any(t.lower_ in ("worth", "of") for t in child.subtree)
        for child in objects
    )


def _supplies_onward(trigger: Token, index: SpanIndex) -> bool:
    """Whether the supply a verb secures goes to a named firm or country ("CATL will
    guarantee supply of batteries to Honda"): the subject is the supplier, it depends on
    nothing."""
    heads = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    return trigger.pos_ == "VERB" and any(
        prep.dep_ == "prep" and prep.lower_ == "to" and any(
            obj.dep_ == "pobj" and index.at(obj) for obj in prep.children
        )
        for head in heads
        for prep in head.children
    )


_DIVEST_LEMMAS = frozenset({"sell", "divest", "offload", "unload", "dispose", "shed"})


def _divested(trigger: Token) -> bool:
    """Whether a unit noun is what its owner sells ("Huawei sold its Honor unit", "agreed to
    divest its Arm business"): the tie it names is ending, so it is not stated."""
    return trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in _DIVEST_LEMMAS


def _bought_facility(trigger: Token, ends: tuple[Token, Token], mods: Modifiers) -> bool:
    """Whether the trigger's object is a facility of one of the two ends ("Tata Group to buy
    Wistron's Bengaluru plant", "acquired the fab of Tower"): buying or owning a firm's plant
    neither makes the firm a subsidiary nor a supplier of the buyer."""
    facilities = [
        child for child in trigger.children
        if child.dep_ == "dobj" and child.lemma_.lower() in mods.facility_nouns
    ]
    return any(
        end.head.i == facility.i and end.dep_ in ("poss", "compound")
        or end.dep_ == "pobj" and end.head.lower_ == "of" and end.head.head.i == facility.i
        for facility in facilities
        for end in ends
    )


def _buys_ownership(trigger: Token, mods: Modifiers) -> bool:
    """Whether the trade verb's object is a firm or a part of one changing hands ("Huawei
    will buy its Honor unit back", "SoftBank bought a stake in Arm from Vision Fund"): an
    acquisition, not a supply."""
    return any(
        child.dep_ == "dobj" and child.lemma_.lower() in mods.ownership_objects
        for child in trigger.children
    )


_MATERIAL_WORK_NOUNS = frozenset({
    "production", "output", "capacity", "mining", "refining", "processing", "smelting",
    "supply", "supplies", "export", "exports", "sale", "sales", "business", "operation",
    "operations", "project", "plant", "mine", "refinery", "unit", "arm", "division", "reserve",
    "reserves", "deposit", "deposits",
})
_PHRASE_DEPS = frozenset({"compound", "amod", "nmod", "conj"})


def _material_of_goods(token: Token, material: Entity) -> bool:
    """Whether a material only says what a firm's goods are made of: "LG's nickel, cobalt
    and manganese battery cells" (LG does not make nickel), unlike "MP Materials' rare earth
    production"."""
    if material.properties.get("kind") != "material":
        return False
    head = token
    while head.dep_ in _PHRASE_DEPS and head.head.i != head.i:
        head = head.head
    return head is not token and head.lemma_.lower() not in _MATERIAL_WORK_NOUNS


def _surface_material(doc: Doc, span: EntitySpan) -> bool:
    """:func:`_material_of_goods` for a mention a surface pattern matched."""
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    return tokens is not None and _material_of_goods(tokens.root, span.entity)


def _nationality(role: str, surface: str, place: Entity, mods: Modifiers) -> bool:
    """Whether a country adjective (`surface`) before a `role` only gives a person's
    nationality: "French CEO Christophe Fouquet" and "Korean analyst Kim Lee" work for
    firms, not for France or Korea (unlike "French Finance Minister", "Chinese official")."""
    return (
        place.label == "Country"
        and surface in mods.demonyms
        and bool(set(role.lower().split()) & mods.corporate_roles)
    )


def _company_territory(trigger: Token, place: Entity, index: SpanIndex) -> bool:
    """Whether a country only names the territory of a company's post: "Nexperia's UK
    country manager Toni Versluijs" and "Intel's China president Ian Yang" work for the
    firm, not for the United Kingdom or China."""
    return place.label == "Country" and any(
        child.dep_ in ("poss", "compound")
        and any(s.entity.label == "Company" for s in index.at(child))
        for child in trigger.children
    )


def _bloc_adjective(token: Token, place: Entity, mods: Modifiers) -> bool:
    """Whether a bloc is named only by its adjective ("European Commission", "European
    chipmakers"): "European" names a continent as much as the EU, so no BASED_IN."""
    return place.properties.get("kind") == "bloc" and token.text in mods.demonyms


def _facility_place(trigger: Token, owner: Token, mods: Modifiers) -> bool:
    """Whether the country is that of a facility standing for its owner: "GlobalFoundries
    will expand its U.S. manufacturing sites", "Kioxia's Japanese plants" say where the
    sites are, not where the firm is based."""
    return owner is not trigger and trigger.lemma_.lower() in mods.facility_nouns


def _relative_country(trigger: Token, index: SpanIndex) -> bool:
    """Whether a predicate noun's country is relative to another entity it belongs to:
    "Panasonic is Tesla's U.S. battery partner" (Tesla's partner in the U.S.) says nothing
    of where Panasonic is based; "TSMC is Taiwan's largest company" does."""
    return trigger.dep_ == "attr" and any(
        child.dep_ == "poss" and any(s.entity.label != "Country" for s in index.at(child))
        for child in trigger.children
    )


MODIFIER_STEPS = frozenset({">poss", ">compound", ">amod"})
"""Steps inside one noun phrase ("Taiwan's TSMC"): no other entity may stand between."""


def _crosses_entity(
    trigger: Token, start: tuple[Token, str], end: tuple[Token, str], index: SpanIndex
) -> bool:
    """Whether an argument read inside the trigger's noun phrase has another entity between.

    Both arguments inside ("Huawei's HiSilicon unit"): between the two; one inside
    ("Tokyo Electron, Japan's largest chip equipment maker"): between it and the trigger.
    """
    inside = [token for token, step in (start, end) if step in MODIFIER_STEPS]
    if len(inside) == 2:
        return _entity_between(inside[0], inside[1], index)
    return bool(inside) and _entity_between(trigger, inside[0], index, _territories(trigger, index))


def _territories(trigger: Token, index: SpanIndex) -> frozenset[int]:
    """The countries that only qualify the trigger noun itself: "Nexperia's UK country
    manager", "Samsung's U.S. unit" (a post or a unit for that country)."""
    return frozenset(
        child.i for child in trigger.children
        if child.dep_ in ("compound", "amod")
        and any(s.entity.label == "Country" for s in index.at(child))
    )


def _entity_between(
    first: Token, second: Token, index: SpanIndex, allowed: frozenset[int] = frozenset()
) -> bool:
    """Whether another entity is mentioned between two tokens of one noun phrase (not
    counting the tokens `allowed`).

    "Taiwan's TSMC or South Korea's Samsung": the parser may make Taiwan the possessor
    of Samsung; TSMC between them gives it away.
    """
    ends = {s.entity.id for s in (*index.at(first), *index.at(second))}
    low, high = sorted((first.i, second.i))
    return any(
        span.entity.id not in ends and span.method != IMPLIED
        and span.entity.label not in ("Technology", "Product")  # "Huawei's chip design
        # arm", "the Nvidia H100 GPU"
        for i in range(low + 1, high)  # token numbers: no Token objects made
        if i not in allowed
        for span in index.by_token.get(i, ())
    )


def _nearer_subject(participle: Token, subject: Token) -> Token:
    """The subject of the clause right before a participle the parser hung on an earlier one.

    "Samsung and Hynix are the largest memory makers, while Samsung is the second-largest
    foundry, lagging TSMC": "lagging" says what Samsung (the "while" clause) does, not the
    pair of the main clause.
    """
    clauses = [
        c for c in participle.head.children
        if c.dep_ in ("advcl", "conj") and subject.i < c.i < participle.i
    ]
    for clause in reversed(clauses):
        own = next((c for c in clause.children if c.dep_ in _SUBJECT_DEPS), None)
        if own is not None:
            return own
    return subject


def _argument(
    trigger: Token,
    token: Token,
    step: str,
    index: SpanIndex,
    mods: Modifiers,
    modified: bool = False,
) -> list[Token]:
    """The entity tokens a matched argument stands for, given the path's first step.

    The trigger itself (step "") is one entity when the other argument modifies it
    (`modified`: "Nvidia GPUs and Qualcomm APs" pairs Nvidia with GPUs only).
    """
    if step == "<appos":
        token = _described(trigger, token, index)
    elif step == "<advcl" and trigger.tag_ == "VBG":
        token = _nearer_subject(trigger, token)
    plural = trigger.tag_ in ("NNS", "NNPS")  # "chip equipment makers Naura and Piotech"
    single = step in SINGLE_STEPS and (not plural or (modified and step == ""))
    return _arguments(token, index, mods, single=single)


def masked_text(text: str, start: int, end: int, spans: Sequence[EntitySpan]) -> str:
    """text[start:end] with entity number i (of `spans`, inside it) written as ⟦i⟧; a
    parenthesised repeat of the entity just before it (its acronym: "Reliance Industries
    (RIL)") is left out, so that it does not break a list.

    >>> e = Entity("company:tsmc", "Company", "TSMC")
    >>> masked_text("Yes. TSMC  grew.", 5, 16, [EntitySpan(e, 5, 9, "gazetteer")])
    '⟦0⟧ grew.'
    >>> masked_text("Taiwan Semiconductor (TSMC) grew.", 0, 33, [EntitySpan(e, 0, 20, "gazetteer"),
    ...     EntitySpan(e, 22, 26, "acronym")])
    '⟦0⟧ grew.'
    """
    parts = []
    position = start
    for number, span in enumerate(spans):
        if (number and spans[number - 1].entity.id == span.entity.id
                and text[position : span.start] == " (" and text[span.end : span.end + 1] == ")"):
            position = span.end + 1
            continue
        parts.append(text[position : span.start])
        parts.append(entity_mark(number))
        position = span.end
    parts.append(text[position:end])
    return " ".join("".join(parts).split())


def _surface_edges(doc: Doc, index: SpanIndex, rules: RuleSet, out: _Collector) -> None:
    text = doc_text(doc)
    for sentence in doc.sents:
        for where in lines(sentence):
            spans = [s for s in index.within(*where) if s.method != IMPLIED]
            if len(spans) < 2:
                continue
            masked = masked_text(text, *where, spans)
            folded = lower_for_words(masked)
            for rule in rules.surface_rules:
                if not rule.may_match(masked, folded):  # (cheap: most rules name words)
                    continue
                for match in rule.regex.finditer(masked):
                    role = match.groupdict().get("role")
                    for s, e in _surface_pairs(rule, match):
                        place = spans[e]
                        if role and _nationality(
                            role, text[place.start : place.end], place.entity, rules.modifiers
                        ):
                            continue
                        if "DEVELOPS" in rule.types and _surface_material(doc, place):
                            continue
                        governor = _governor_between(doc, spans[s], place)
                        if governor is not None and rule.types[0] in ENDABLE_TYPES and (
                                is_blocked(governor, rules.modifiers)
                                or has_ended(governor, rules.modifiers)):
                            continue
                        hedged = governor is not None and is_hedged(governor, rules.modifiers)
                        factor = rules.modifiers.hedge_factor if hedged else 1.0
                        _add_surface(rule, spans[s], place, role, where, factor, out)


ENDABLE_TYPES = frozenset({"SUPPLIES", "DEPENDS_ON", "SUBSIDIARY_OF", "SUPPORTS"})
"""Facts a surface pattern reads that a reversal ends ("ended its supply of ..."); a role
("former Stellantis executive X") is left to the annotators' reading of titles."""


def _governor_between(doc: Doc, a: EntitySpan, b: EntitySpan) -> Token | None:
    """The word that governs the first of two mentions a surface pattern joined, when it
    stands between them ("Qualcomm ended [its] supply of modems to Huawei": "supply"), whose
    negation, reversal or hedge is the fact's."""
    first, last = (a, b) if a.start < b.start else (b, a)
    mention = doc.char_span(first.start, first.end, alignment_mode="expand")
    if mention is None:
        return None
    head = mention.root.head
    return head if first.end <= head.idx < last.start else None


def _surface_pairs(rule: SurfaceRule, match: re.Match[str]) -> list[tuple[int, int]]:
    """The (start, end) entity numbers a surface match states: every start with every end,
    or, for a pairwise rule and two lists of one length, in order ("Dutch and Japanese
    firms ASML and Tokyo Electron": ASML is Dutch, Tokyo Electron Japanese)."""
    starts, ends = marked_indexes(match.group("start")), marked_indexes(match.group("end"))
    if rule.pairwise and len(starts) == len(ends) > 1:
        return list(zip(starts, ends, strict=True))
    return [(s, e) for s in starts for e in ends]


def _add_surface(
    rule: SurfaceRule,
    start: EntitySpan,
    end: EntitySpan,
    role: str | None,
    where: tuple[int, int],
    factor: float,
    out: _Collector,
) -> None:
    picked = _pick(rule.types, [start], [end], rule.start_labels, rule.end_labels)
    if picked is None:
        return
    rel_type, s, e = picked
    role_text = None
    if rel_type == "AFFILIATED_WITH" and role:
        role_text = role if role.isupper() else role.lower()
    out.add(rel_type, s, e, where, rule.confidence * factor, f"surface:{rule.name}", role_text)


NAMED_AFTER_COUNTRY = frozenset({"Company", "Agency", "Plan"})
"""Labels of the entities a name opening with a country places in it (a research body's
name, "Chinese Academy of Sciences", says less: annotators do not read it so)."""
AGENCY_PLACE_WORDS = ("of", "in", "of the", "in the")
"""Words before the country that ends a state body's name ("Government of India",
"Committee on Foreign Investment in the United States"): that country's body."""


def _country_in_name_edges(
    doc: Doc, spans: Sequence[EntitySpan], mods: Modifiers, out: _Collector
) -> None:
    """BASED_IN from a name that opens with a country the document names, ISSUED for a plan.

    "China Mobile", "the Dutch government", "U.S. Department of Commerce", "China's
    Ministry of Commerce"; "China's Big Fund"; a state body's name that ends with the
    country ("Cyberspace Administration of China"): the first mention of each such entity
    that names it so is the evidence. A plan's issuer must be a possessive: "European Chips Act"
    or "India Semiconductor Mission" only name a place, not who set the plan up. A bloc's
    adjective is no prefix: "European Commission" names the continent as much as the EU
    ("EU Commission" names the bloc).
    """
    prefixes: dict[str, Entity] = {}
    for span in spans:
        if span.entity.label == "Country":
            for surface in (span.entity.name, *span.entity.aliases):
                prefixes[surface] = span.entity
    for adjective, country_name in mods.demonyms.items():
        entity = next((e for e in prefixes.values() if e.name == country_name), None)
        if entity is not None:
            prefixes[adjective] = entity
    for adjective in mods.demonyms:  # "European" names a continent as much as the EU
        if prefixes.get(adjective) and prefixes[adjective].properties.get("kind") == "bloc":
            del prefixes[adjective]
    seen: set[str] = set()
    text = doc_text(doc)
    for span in spans:
        if span.entity.label not in NAMED_AFTER_COUNTRY or span.entity.id in seen:
            continue
        name = text[span.start : span.end]
        for surface, country in prefixes.items():
            glues = ("'s ", "\u2019s ") if span.entity.label == "Plan" else (" ", "'s ", "\u2019s ")
            if any(
                name.startswith(surface + glue) and len(name) > len(surface) + len(glue)
                for glue in glues
            ) or span.entity.label == "Agency" and name.endswith(
                tuple(f" {word} {surface}" for word in AGENCY_PLACE_WORDS)
            ):
                token = doc.char_span(span.start, span.end, alignment_mode="expand")
                if token is not None:
                    seen.add(span.entity.id)
                    where = evidence_range([token[0]])
                    if span.entity.label == "Plan":
                        edge = ("ISSUED", country, span.entity)
                    else:
                        edge = ("BASED_IN", span.entity, country)
                    out.add(*edge, where, mods.name_confidence, "pattern:country_in_name")
                break


def _maker_in_name_edges(
    doc: Doc, spans: Sequence[EntitySpan], mods: Modifiers, out: _Collector
) -> None:
    """DEVELOPS from a product name that opens with a company the document names: "the
    Honda Prologue", "Huawei Mate 60 Pro" (the first such mention is the evidence)."""
    text = doc_text(doc)
    makers = {
        surface: span.entity
        for span in spans
        if span.entity.label == "Company" and span.method != "coref"
        for surface in (span.entity.name, *span.entity.aliases, text[span.start : span.end])
    }
    seen: set[str] = set()
    for span in spans:
        if span.entity.label != "Product" or span.entity.id in seen:
            continue
        for name in (text[span.start : span.end], span.entity.name):
            maker = next((m for s, m in makers.items() if name.startswith(s + " ")), None)
            tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
            if maker is not None and tokens is not None:
                seen.add(span.entity.id)
                out.add("DEVELOPS", maker, span.entity, evidence_range([tokens[0]]),
                        mods.name_confidence, "pattern:maker_in_name")
                break


DESCRIBED_LABELS = frozenset({"Company", "Agency", "Organization"})
"""Labels of the entities a description with a place ("the Taiwan-based company") seats."""


def _description_edges(
    doc: Doc,
    spans: Sequence[EntitySpan],
    implied: Sequence[EntitySpan],
    mods: Modifiers,
    out: _Collector,
) -> None:
    """BASED_IN from the place in a description that refers back to an entity: "TSMC ...
    The Taiwan-based company", "the Chinese company" (a coreference mention)."""
    places = [s for s in (*spans, *implied) if s.entity.label == "Country"]
    for span in spans:
        if span.method != "coref" or span.entity.label not in DESCRIBED_LABELS:
            continue
        for place in places:
            if span.start <= place.start and place.end <= span.end:
                tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
                if tokens is not None:
                    where = evidence_range([tokens[0]])
                    out.add("BASED_IN", span.entity, place.entity, where,
                            mods.name_confidence, "pattern:description")


_MAX_TITLE_WORDS = 8
_TITLE_GLUE = frozenset({"of", "for", "and", "&", "the"})


def _title_words(person: Span, roles: Set[str] = frozenset()) -> list[Token]:
    """The words of the title a person's name stands with, before or after it.

    "Assistant Secretary of Commerce for Export Administration Thea Kendler" (capitalised
    words and their glue right before the name), "commerce secretary Gina Raimondo" (a
    lower-case role of `roles` and the noun before it) and "Wilbur Ross, the commerce
    secretary," (an apposition of lower-case words after it).
    """
    doc = person.doc
    before: list[Token] = []
    i = person.start - 1
    while i >= 0 and len(before) < _MAX_TITLE_WORDS:
        token = doc[i]
        lower_title = token.lower_ in roles or (
            bool(before) and before[0].lower_ in roles and token.pos_ in ("NOUN", "PROPN")
        )
        if not (token.is_title or token.is_upper or token.lower_ in _TITLE_GLUE or lower_title):
            break
        if token.is_sent_start and token.lower_ in _TITLE_GLUE:
            break
        before.insert(0, token)
        if token.is_sent_start:
            break
        i -= 1
    after: list[Token] = []
    if person.end + 1 < len(doc) and doc[person.end].text == ",":
        for token in doc[person.end + 1 : person.end + 1 + _MAX_TITLE_WORDS]:
            if token.is_punct:
                break
            after.append(token)
    return before + after


def _title_body(
    title: Sequence[Token], agencies: Sequence[Entity], countries: Sequence[Entity], mods: Modifiers
) -> Entity | None:
    """The one agency of the document a title names by a word of its name.

    "Commerce Secretary" -> the Commerce Department; a country in the title ("U.S.") or the
    kind of body the role belongs to (a secretary heads a department, a minister a ministry)
    settles a tie.
    """
    words = {t.lower_ for t in title}
    roles = words & set(mods.title_roles)
    demonyms = {d.lower() for d in mods.demonyms}  # "Dutch Minister": a country, no agency
    content = {w for w in words if w.isalpha() and w not in mods.title_generic_words} - roles
    content -= demonyms

    def name_words(entity: Entity) -> set[str]:
        return {w for name in (entity.name, *entity.aliases) for w in fold(name).split()}

    # "Canada's deputy prime minister": the country, not the "Government of Canada" body
    content -= {w for c in countries for w in name_words(c)}
    if not roles or not content:
        return None

    found = [a for a in agencies if content & name_words(a)]
    named = {c.name for c in countries if name_words(c) & words}
    if len(found) > 1 and named:
        found = [a for a in found if a.properties.get("country") in named]
    if len(found) > 1:
        bodies = {body for role in roles for body in mods.title_roles[role]}
        found = [a for a in found if bodies & name_words(a)]
    return found[0] if len(found) == 1 else None


def _title_country(
    title: Sequence[Token], countries: Sequence[Entity], mods: Modifiers
) -> Entity | None:
    """The country a state role's title names ("Chinese President", "U.S. Ambassador"): the
    one nearest the name ("US President Donald Trump and Chinese President Xi Jinping": Xi's
    title is the Chinese one)."""
    if not any(t.lower_ in mods.state_roles for t in title):
        return None
    for token in sorted(title, key=lambda t: -t.i):
        name = mods.demonyms.get(token.text, token.text)
        for country in countries:
            if name == country.name or token.text in country.aliases:
                return country
    return None


def _leader_country(
    span: EntitySpan, person: Span, title: Sequence[Token], spans: Sequence[EntitySpan],
    mods: Modifiers,
) -> Entity | None:
    """The country a well-known head of state or government leads, when the title is a head
    role, the leader is the subject of the clause and the sentence names that country as a
    noun of its own, or as the only country it names: "President Biden signed the law to
    bring fabs to the United States", "President Xi Jinping said China's chip industry must
    grow"; not "President Xi Jinping said" (no country), "following President Trump's tariffs
    on U.S. imports" (not the subject), "Xi met Biden to discuss China's and America's chip
    industries" (a country besides). An agent ("announced by Prime Minister Ishiba") is left
    out: annotators do not read "led by Prime Minister Modi ... in India" so."""
    country = mods.leaders.get(span.entity.name)
    if country is None or not any(t.lower_ in mods.head_roles for t in title):
        return None
    root = person.root
    while root.dep_ == "compound" and root.head.i > root.i:  # "[President Xi] Jinping"
        root = root.head
    if root.dep_ not in _SUBJECT_DEPS:
        return None
    sentence = person.sent
    named = [
        other for other in spans
        if other.entity.label == "Country"
        and sentence.start_char <= other.start and other.end <= sentence.end_char
    ]
    only = {other.entity.name for other in named} == {country}
    for other in named:
        if other.entity.name != country:
            continue
        mention = person.doc.char_span(other.start, other.end, alignment_mode="expand")
        if mention is not None and (only or mention.root.dep_ not in _MODIFIER_DEPS):
            return other.entity
    return None


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})


def _former(title: Sequence[Token], mods: Modifiers) -> bool:
    """Whether a title is a past one ("former Commerce Secretary", "ex-minister")."""
    first = title[0]
    before = [first.doc[first.i - 1]] if first.i else []
    return any(
        t.lower_ in mods.reversal_words or t.lower_.startswith("ex-")
        for t in (*before, *title)
    )


def _title_edges(
    doc: Doc, spans: Sequence[EntitySpan], mods: Modifiers, out: _Collector
) -> None:
    """AFFILIATED_WITH from a title that names its agency by a word of the agency's name:
    "Secretary of Commerce Wilbur Ross", "Commerce Secretary Gina Raimondo" when the
    document names the Commerce Department (anywhere); or, naming no agency, a state role
    with its country: "Chinese President Xi Jinping", "Dutch Minister of Foreign Trade
    Reinette Klever"."""
    agencies = list({s.entity.id: s.entity for s in spans if s.entity.label == "Agency"}.values())
    countries = list({s.entity.id: s.entity for s in spans if s.entity.label == "Country"}.values())
    if not agencies and not countries:
        return
    roles = mods.state_roles | set(mods.title_roles)
    for span in spans:
        if span.entity.label != "Person" or span.method == "coref":
            continue
        person = doc.char_span(span.start, span.end, alignment_mode="expand")
        if person is None:
            continue
        title = _title_words(person, roles) + [t for t in person if t.lower_ in roles]
        if not title or _former(title, mods):
            continue
        body = (
            _title_body(title, agencies, countries, mods)
            or _title_country(title, countries, mods)
            or _leader_country(span, person, title, spans, mods)
        )
        if body is not None:
            role = " ".join(dict.fromkeys(t.lower_ for t in title if t.lower_ in roles))
            where = evidence_range([person[0], *title])
            out.add("AFFILIATED_WITH", span.entity, body, where, mods.title_confidence,
                    "pattern:title", role)


def _bare_title(person: Span, index: SpanIndex) -> list[Token] | None:
    """The title words of a person's name that name no entity ("chief financial officer
    Krishna Rao", "Jensen Huang, chairman and CEO of the chip titan,"), or None when they
    name one ("Nvidia CEO Jensen Huang", "Li Bin, head of NIO")."""
    root = person.root
    title: list[Token] = []
    for child in root.children:
        if child.i < person.start and child.dep_ in ("compound", "amod", "nmod"):
            title.extend(child.subtree)
        elif child.i >= person.end and child.dep_ == "appos":
            title.extend(t for t in child.subtree if t.dep_ not in ("relcl", "acl"))
    if any(index.at(t) for t in title if not (person.start <= t.i < person.end)):
        return None
    return title


def _bare_title_edges(doc: Doc, index: SpanIndex, mods: Modifiers, out: _Collector) -> None:
    """AFFILIATED_WITH from a bare title, one that names no body, to the body of the label
    its words name (``bare_titles``) that the paragraph is about: a firm officer ("chief
    financial officer Krishna Rao said", "CEO Jensen Huang") to a company. Of the bodies
    of that label named in the paragraph before the name, the one the document has named
    most so far wins, the latest on a tie. A person the document affiliates elsewhere is
    left alone."""
    affiliated = {key[1] for key in out.found if key[0] == "AFFILIATED_WITH"}
    text = doc_text(doc)
    counts: dict[str, int] = {}  # mentions so far of each body a bare title can name
    here: list[EntitySpan] = []  # those mentions in the current paragraph
    paragraph = -1
    for span in index.spans:  # in text order: one pass
        start = text.rfind("\n", 0, span.start) + 1
        if start != paragraph:
            here, paragraph = [], start
        if span.entity.label in mods.bare_titles:
            counts[span.entity.id] = counts.get(span.entity.id, 0) + 1
            here.append(span)
            continue
        if span.entity.label != "Person" or span.method == "coref" or span.entity.id in affiliated:
            continue
        person = doc.char_span(span.start, span.end, alignment_mode="expand")
        if person is None:
            continue
        title = _bare_title(person, index)
        if not title or _former(title, mods):
            continue
        words = " ".join(t.lower_ for t in title)
        label = next((label for label, pattern in mods.bare_titles.items()
                      if pattern.search(words)), None)
        bodies = [s for s in here if s.entity.label == label and s.end <= span.start]
        if not bodies:
            continue
        body = max(reversed(bodies), key=lambda s: counts[s.entity.id]).entity
        where = evidence_range([person[0], *title])
        out.add("AFFILIATED_WITH", span.entity, body, where, mods.title_confidence,
                f"pattern:bare_title:{label}", None)
        affiliated.add(span.entity.id)


INNER_LABELS = frozenset({"Country", "Agency", "Company", "Technology", "Product"})
_MAX_INNER_WORDS = 6


_NOT_ALNUM = re.compile(r"[^\w\s]|_")  # what str.isalnum() and str.isspace() both refuse


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """`text` lower-cased with punctuation dropped, for comparing surface forms.

    >>> fold("the U.S.  Export-Controls")
    'the us exportcontrols'
    """
    return " ".join(_NOT_ALNUM.sub("", text.casefold()).split())


def _surfaces(doc: Doc, spans: Sequence[EntitySpan], mods: Modifiers) -> dict[str, Entity]:
    """Folded surface forms of the document's non-Sanction entities (and demonyms)."""
    found: dict[str, Entity] = {}
    for span in spans:
        entity = span.entity
        if entity.label in INNER_LABELS:
            for surface in (doc_text(doc)[span.start : span.end], entity.name, *entity.aliases):
                found.setdefault(fold(surface), entity)
    for adjective, country in mods.demonyms.items():
        named = found.get(fold(country))
        if named is not None and named.label == "Country":
            found.setdefault(fold(adjective), named)
    found.pop("", None)
    return found


def _named_in(tokens: Sequence[Token], surfaces: dict[str, Entity]) -> list[Entity]:
    """The entities `tokens` name, longest phrases first, without overlaps."""
    found: list[Entity] = []
    position = 0
    while position < len(tokens):
        for size in range(min(_MAX_INNER_WORDS, len(tokens) - position), 0, -1):
            words = tokens[position : position + size]
            text = doc_text(words[0].doc)[words[0].idx : words[-1].idx + len(words[-1])]
            entity = surfaces.get(fold(text))
            if entity is not None:
                found.append(entity)
                position += size
                break
        else:
            position += 1
    return found


def _inner_edges(
    doc: Doc, spans: Sequence[EntitySpan], mods: Modifiers, out: _Collector
) -> None:
    """Edges stated inside one Sanction mention: "Chinese export controls on graphite".

    Before the object word ("on", "against", ...) a country or agency is the imposer, a
    technology or product is restricted and a company targeted ("Huawei ban"); after it a
    technology or product is restricted, a company or country targeted. Only entities
    the document mentions (as spans) can be named this way.
    """
    surfaces = _surfaces(doc, spans, mods)
    for span in spans:
        sanction = span.entity
        if sanction.label != "Sanction":
            continue
        tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
        if tokens is None:
            continue
        cut = next(
            (t.i - tokens.start for t in tokens if t.lower_ in mods.inner_object_words), None
        )
        before = [t for t in tokens[:cut] if t.i != tokens.root.i]
        after = list(tokens[cut + 1 :]) if cut is not None else []
        where = evidence_range([tokens[0]])
        for entity in _named_in(before, surfaces):
            if allowed("IMPOSED", entity.label, sanction.label):
                out.add("IMPOSED", entity, sanction, where, mods.inner_confidence, "inner")
            elif entity.label in ("Technology", "Product", "Company"):
                _add_inner(sanction, entity, where, mods, out)
        for entity in _named_in(after, surfaces):
            _add_inner(sanction, entity, where, mods, out)


def _plan_name_edges(
    doc: Doc, spans: Sequence[EntitySpan], mods: Modifiers, out: _Collector
) -> None:
    """A plan PRIORITIZES the technology its own name names when its sentence also names
    that technology outside the plan's name: "the EU's goal of 20% of chip output under its
    Chips Act", "CHIPS stands for Creating Helpful Incentives to Produce Semiconductors"
    (a fund SUPPORTS it). A bare mention of the plan ("a grant under the Chips Act") is no
    statement of its focus."""
    surfaces = _surfaces(doc, spans, mods)
    for span in spans:
        plan = span.entity
        if plan.label != "Plan" or span.method == "coref":
            continue
        tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
        if tokens is None:
            continue
        sentence = tokens.sent
        rel_type = _preferred(("PRIORITIZES", "SUPPORTS"), plan, mods.fund_words)[0]
        for entity in _named_in(list(tokens), surfaces):
            if entity.label == "Technology" and any(
                other.entity.id == entity.id
                and sentence.start_char <= other.start < sentence.end_char
                and not span.start <= other.start < span.end
                for other in spans
            ):
                out.add(rel_type, plan, entity, evidence_range([tokens[0]]),
                        mods.inner_confidence, "inner")


def _phrase_edges(doc: Doc, index: SpanIndex, mods: Modifiers, out: _Collector) -> None:
    """Edges read from the object phrase of a measure: "a ban on exports to the United
    States of minerals related to gallium, germanium and antimony" RESTRICTS each mineral
    and TARGETS the United States; "limitations on Huawei's access to chipmaking equipment"
    TARGETS Huawei. Goods are restricted; the companies and countries the measure is on or
    exports go to are targeted (see :func:`loaders.measures.object_phrase`).
    """
    for span in index.spans:
        if span.entity.label != "Sanction":
            continue
        tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
        if tokens is None or is_blocked(tokens.root, mods):
            continue
        for token, targeted in object_phrase(tokens.root):
            for found in index.at(token):
                entity = found.entity
                if entity.label in ("Technology", "Product"):
                    rel_type = "RESTRICTS"
                elif entity.label in ("Company", "Country") and targeted:
                    rel_type = "TARGETS"
                else:
                    continue
                where = evidence_range([tokens.root, token])
                out.add(rel_type, span.entity, entity, where, mods.inner_confidence, "phrase")
                break


def _pronoun_owner_edges(doc: Doc, index: SpanIndex, mods: Modifiers, out: _Collector) -> None:
    """ "The US looks to close loopholes to its restrictions": the state "its" stands for
    IMPOSED the measure (see :func:`loaders.measures.pronoun_owner`)."""

    def states(token: Token) -> list[Entity]:
        return [s.entity for s in index.at(token)
                if allowed("IMPOSED", s.entity.label, "Sanction")]

    for span in index.spans:
        if span.entity.label != "Sanction":
            continue
        tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
        owner = pronoun_owner(tokens.root, lambda t: bool(states(t))) if tokens else None
        if tokens is None or owner is None or is_blocked(tokens.root, mods):
            continue
        where = evidence_range([owner, tokens.root])
        for state in states(owner)[:1]:
            if not foreign_imposer("IMPOSED", state, span.entity):
                out.add("IMPOSED", state, span.entity, where, mods.inner_confidence, "phrase")


def _imposer_edges(doc: Doc, index: SpanIndex, mods: Modifiers, out: _Collector) -> None:
    """The countries of a measure imposed jointly (its "countries", see
    :func:`loaders.measures.listed_with`) named in the sentence of one of its mentions
    IMPOSED it, whatever the parse made of the list ("With allied nations like Japan, the
    Netherlands, and South Korea imposing similar curbs": each of them); so did its one
    country, or an agency of it, named in the subject that imposes it
    (:func:`loaders.measures.imposer_words`: "The US and allied countries have imposed
    sanctions", "the Treasury Department targeted two firms for sanctions")."""
    for span in index.spans:
        if span.entity.label != "Sanction":
            continue
        props = span.entity.properties
        tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
        if tokens is None or is_blocked(tokens.root, mods):
            continue
        countries: list[str] = props.get("countries") or []
        where_named = list(tokens.root.sent)
        if not countries and props.get("country"):
            countries = [str(props["country"])]
            where_named = imposer_words(tokens.root, lambda t: any(
                allowed("IMPOSED", s.entity.label, "Sanction") for s in index.at(t)))
        joint = bool(props.get("countries"))
        for token in where_named if countries else ():
            for found in index.at(token):
                body = found.entity.label == "Agency" and not joint and (
                    found.entity.properties.get("country") in countries)  # "the Treasury"
                if (found.entity.label == "Country" and found.entity.name in countries) or (
                        joint and _coordinated_body(found.entity, token, countries)) or body:
                    where = evidence_range([token, tokens.root])
                    out.add("IMPOSED", found.entity, span.entity, where,
                            mods.inner_confidence, "phrase")


def _coordinated_body(entity: Entity, token: Token, countries: list[str]) -> bool:
    """Whether `entity` is the body of one of the joint imposers, coordinated with another
    ("the United States and [the European Commission] announced tariffs")."""
    return (entity.label == "Agency" and entity.properties.get("country") in countries
            and (token.dep_ == "conj" or any(c.dep_ == "conj" for c in token.children)))


def _headline_edges(doc: Doc, index: SpanIndex, mods: Modifiers, out: _Collector) -> None:
    """A measure of a title-case headline that opens with its state ("U.S. Restricts Export of
    AI Chips to China", see :func:`loaders.measures.headline_subject`) RESTRICTS the goods
    named after it and TARGETS the country after "to" and the companies named after it."""
    def is_state(token: Token) -> bool:
        return any(allowed("IMPOSED", s.entity.label, "Sanction") for s in index.at(token))

    for span in index.spans:
        if span.entity.label != "Sanction":
            continue
        tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
        if tokens is None or not headline_subject(tokens.root, is_state):
            continue
        for token in headline_object_words(tokens[-1]):
            for found in index.at(token)[:1]:
                label = found.entity.label
                to_country = label == "Country" and doc[token.i - 1].lower_ == "to"
                if label in ("Technology", "Product", "Company") or to_country:
                    where = evidence_range([tokens.root, token])
                    _add_inner(span.entity, found.entity, where, mods, out)


def _listing_example_edges(doc: Doc, index: SpanIndex, mods: Modifiers, out: _Collector) -> None:
    """A listing (an entity list, a blacklisting) TARGETS the companies its sentence gives
    as examples ("added 140 firms to the Entity List, including Naura and Piotech"), or the
    next sentence does ("Among them were Sugon and Hygon"), see
    :func:`loaders.measures.listing_examples`."""
    previous: list[EntitySpan] = []
    for sentence in doc.sents:
        measures = [s for s in index.within(sentence.start_char, sentence.end_char)
                    if s.entity.label == "Sanction"]
        here = [s for s in measures if is_listing(s.entity)]
        for listings, before in ((here, False), (previous, True)):
            tokens = listing_examples(sentence, before) if listings else []
            listing = listings[-1] if listings else None
            if before and listing is not None and not here:  # "It added A and B for ..."
                tokens = tokens + added_without_list(sentence, lambda t: any(
                    s.entity.label in ("Company", "Person", "Organization")
                    for s in index.at(t)))
            if listing is not None and _span_blocked(doc, listing, mods):
                continue  # "removed six companies from the list, including A and B"
            for token in tokens:
                for found in index.at(token)[:1]:
                    if listing is not None and found.entity.label == "Company" and (
                            before or found.start > listing.start):
                        where = evidence_range([token])
                        out.add("TARGETS", listing.entity, found.entity, where,
                                mods.inner_confidence, "phrase")
        if measures:  # the latest sentence naming a measure: "Of them, A ..." may come later
            previous = here


def _span_blocked(doc: Doc, span: EntitySpan, mods: Modifiers) -> bool:
    """Whether the words governing the mention `span` negate or reverse it."""
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    return tokens is not None and is_blocked(tokens.root, mods)


def _possessive_state_edges(doc: Doc, index: SpanIndex, mods: Modifiers,
                            out: _Collector) -> None:
    """A country or agency written with "'s" right before a measure IMPOSED it, however the
    parser attached the possessive ("the Bureau of Industry and Security's Entity List",
    where "Entity List" may come out as an apposition of "Bureau")."""
    for span in index.spans:
        if span.entity.label != "Sanction":
            continue
        tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
        if tokens is None or tokens.start < 2:
            continue
        mark = doc[tokens.start - 1]
        if mark.lower_ not in ("'s", "\u2019s", "'") or is_blocked(tokens.root, mods):
            continue
        for found in index.at(doc[mark.i - 1])[:1]:
            if found.entity.label in ("Country", "Agency") and found.end <= mark.idx and not (
                    foreign_imposer("IMPOSED", found.entity, span.entity)):
                out.add("IMPOSED", found.entity, span.entity, evidence_range([mark, tokens.root]),
                        mods.inner_confidence, "phrase")


def _participle_list_edges(doc: Doc, index: SpanIndex, mods: Modifiers,
                           out: _Collector) -> None:
    """A listing TARGETS the company a participle set off after it puts on the list ("the
    majority owner of Hygon, also added Monday to the Entity List", see
    :func:`loaders.measures.participle_list`)."""
    for verb in doc_tokens(doc):
        pair = participle_list(verb) if verb.tag_ in ("VBN", "VBD") else None
        if pair is None or is_blocked(verb, mods):
            continue
        listed, lists = pair
        for measure in index.at(lists)[:1]:
            if measure.entity.label != "Sanction" or not is_listing(measure.entity):
                continue
            for found in index.at(listed)[:1]:
                if found.entity.label == "Company":
                    out.add("TARGETS", measure.entity, found.entity,
                            evidence_range([listed, verb, lists]), mods.inner_confidence,
                            "phrase")


def _listed_party_edges(doc: Doc, index: SpanIndex, mods: Modifiers, out: _Collector) -> None:
    """The latest listing or sanctions named before a sentence that says which companies
    are on it TARGETS them, and the countries they are based in ("The blacklisted firms are
    A, B and C", "The other targeted entities are located in India and Turkey", see
    :func:`loaders.measures.listed_parties`)."""
    latest: EntitySpan | None = None
    for sentence in doc.sents:
        tokens = listed_parties(sentence) if latest is not None else []
        for token in tokens:
            for found in index.at(token)[:1]:
                label = found.entity.label
                if latest is not None and (
                        label == "Company" or (label == "Country" and seat_country(token))):
                    out.add("TARGETS", latest.entity, found.entity, evidence_range([token]),
                            mods.inner_confidence, "phrase")
        for span in index.within(sentence.start_char, sentence.end_char):
            if span.entity.label == "Sanction" and (
                    is_listing(span.entity) or family(str(span.entity.properties.get(
                        "kind", ""))) == "sanctions"):
                latest = span


def _named_goods_edges(doc: Doc, index: SpanIndex, mods: Modifiers, out: _Collector) -> None:
    """A measure stated by a verb RESTRICTS the goods its name is on where its sentence
    names them, however the parser attached them ("China will restrict exports of two
    metals used in chips, gallium and germanium", see :func:`loaders.measures.named_goods`)."""
    for span in index.spans:
        if span.entity.label != "Sanction" or span.method != "verb":
            continue
        goods = named_goods(span.entity)
        verb = doc.char_span(span.start, span.end, alignment_mode="expand")
        if not goods or verb is None:
            continue
        sentence = verb.root.sent
        for found in index.within(sentence.start_char, sentence.end_char):
            names = {alias_key(n) for n in (found.entity.name, *found.entity.aliases)}
            if found.entity.label in GOODS_LABELS and names & goods:
                out.add("RESTRICTS", span.entity, found.entity, evidence_range([verb.root]),
                        mods.inner_confidence, "phrase")


_PURPOSE_DEPS = frozenset(
    {"dobj", "prep", "pobj", "conj", "compound", "amod", "nmod", "appos", "cc"}
)
_OFF_PURPOSE_PREPOSITIONS = frozenset({"with", "against", "than", "from", "by", "in", "at"})
_USE_PREPOSITIONS = frozenset({"for", "to", "toward", "towards", "on"})
_MONEY_USE_VERBS = frozenset({"use", "go", "fund", "finance", "support", "help"})
_PLAN_LOOKBACK = 3  # sentences back to the plan "the funding" belongs to


def _purpose_tokens(verb: Token) -> list[Token]:
    """The tokens naming what a purpose verb acts on: its objects, their "of" phrases and
    conjuncts ("speed up the production of A, as well as the development of B and C"), not
    its subject, nor a "with"/"against" party ("help Intel compete with TSMC")."""
    found: list[Token] = []
    todo = [c for c in verb.children if c.dep_ in ("dobj", "pobj", "pcomp", "prep", "conj")]
    while todo:
        token = todo.pop()
        if token.dep_ == "prep" and token.lower_ in _OFF_PURPOSE_PREPOSITIONS:
            continue
        found.append(token)
        todo.extend(c for c in token.children if c.dep_ in _PURPOSE_DEPS)
    return found


def _recent_plan(sentence: Span, index: SpanIndex) -> Entity | None:
    """The plan named last before `sentence`, within a few sentences ("The Executive Yuan
    approved a plan ... The funding would be used to ..."); none when a company or
    organisation is named after it (the money may be theirs: "Lyten raised $200 million.
    The funding will be used to ...")."""
    sentences = list(sentence.doc.sents)
    position = next(i for i, s in enumerate(sentences) if s.start == sentence.start)
    for earlier in reversed(sentences[max(0, position - _PLAN_LOOKBACK) : position]):
        holders = [
            s for s in index.within(earlier.start_char, earlier.end_char)
            if s.entity.label in ("Plan", "Company", "Organization")
        ]
        if holders:
            return holders[-1].entity if holders[-1].entity.label == "Plan" else None
    return None


def _funds_use_edges(doc: Doc, index: SpanIndex, mods: Modifiers, out: _Collector) -> None:
    """SUPPORTS from a plan's money put to a use: "The CHIPS Act's funding will be used to
    build fabs for logic chips", "The funding would be used to speed up the production of
    A and B" (the plan named just before), "subsidies under the plan will go to developing
    C". The plan is the money's possessor or "under" phrase, else the plan named last in
    the sentences just before; each technology or company of the use is supported."""
    for token in doc_tokens(doc):
        if token.lemma_.lower() not in mods.funds_objects or token.dep_ not in _SUBJECT_DEPS:
            continue
        verb = token.head
        if verb.lemma_.lower() not in _MONEY_USE_VERBS:
            continue
        plan = next(
            (
                s.entity
                for c in token.children
                if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("under", "from", "of"))
                for t in (c, *(g for g in c.children if g.dep_ == "pobj"))
                for s in index.at(t)
                if s.entity.label == "Plan"
            ),
            None,
        ) or _recent_plan(token.sent, index)
        if plan is None:
            continue
        if verb.lemma_.lower() in ("use", "go"):
            uses = [c for c in verb.children if c.dep_ in ("xcomp", "advcl", "prep")]
        else:
            uses = [verb]
        for use in uses:
            if use.dep_ == "prep" and use.lower_ not in _USE_PREPOSITIONS:
                continue
            for target in _purpose_tokens(use):
                for span in index.at(target):
                    if allowed("SUPPORTS", plan.label, span.entity.label):
                        out.add("SUPPORTS", plan, span.entity, evidence_range([verb, target]),
                                mods.inner_confidence, "phrase:funds_use")


def _rate_edges(doc: Doc, index: SpanIndex, mods: Modifiers, out: _Collector) -> None:
    """The latest tariff named so far TARGETS the companies a rate is given for ("the rates
    for sampled Chinese firms were: 17% for BYD, 19.3% for Geely", see
    :data:`loaders.measures.RATE_FOR`)."""
    tariff: EntitySpan | None = None
    for span in index.spans:
        if span.entity.label == "Sanction" and is_tariff(span.entity):
            tariff = span
        elif (tariff is not None and span.entity.label == "Company"
              and RATE_FOR.search(doc_text(doc)[max(0, span.start - 20) : span.start])):
            tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
            if tokens is not None:
                out.add("TARGETS", tariff.entity, span.entity, evidence_range([tokens.root]),
                        mods.inner_confidence, "phrase")


def _facing_edges(doc: Doc, index: SpanIndex, mods: Modifiers, out: _Collector) -> None:
    """A measure TARGETS the companies said to be among those facing it, and the countries
    they are registered or based in ("A company registered in India along with others
    registered in Russia are among those facing export restrictions", see
    :func:`loaders.measures.facing_parties`)."""
    for span in index.spans:
        if span.entity.label != "Sanction":
            continue
        tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
        if tokens is None:
            continue
        for token in facing_parties(tokens.root):
            for found in index.at(token)[:1]:
                label = found.entity.label
                if label == "Company" or (label == "Country" and seat_country(token)):
                    out.add("TARGETS", span.entity, found.entity,
                            evidence_range([token, tokens.root]), mods.inner_confidence,
                            "facing")


def _denial_edges(doc: Doc, index: SpanIndex, mods: Modifiers, out: _Collector) -> None:
    """A ban stated as a denied permission ("has not allowed ASML to deliver EUV machines to
    Chinese customers", see :func:`loaders.measures.denied_trade`): the state that denies it
    IMPOSED it, it RESTRICTS the goods and TARGETS the destination. The negation is the
    measure here, so it blocks nothing."""
    for span in index.spans:
        if span.entity.label != "Sanction":
            continue
        tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
        words = denied_trade(tokens.root) if tokens is not None else []
        if tokens is None or not words:
            continue
        for token in denier_words(tokens.root):
            for found in index.at(token)[:1]:
                if (allowed("IMPOSED", found.entity.label, "Sanction")
                        and not foreign_imposer("IMPOSED", found.entity, span.entity)):
                    out.add("IMPOSED", found.entity, span.entity,
                            evidence_range([token, tokens.root]), mods.inner_confidence, "phrase")
        for token in words:
            for found in index.at(token)[:1]:
                if found.entity.label in ("Technology", "Product", "Country"):
                    _add_inner(span.entity, found.entity, evidence_range([tokens.root, token]),
                               mods, out)


def _add_inner(
    sanction: Entity, entity: Entity, where: tuple[int, int], mods: Modifiers, out: _Collector
) -> None:
    for rel_type in ("RESTRICTS", "TARGETS"):
        if allowed(rel_type, sanction.label, entity.label):
            out.add(rel_type, sanction, entity, where, mods.inner_confidence, "inner")
            return


def extract_relations(doc: Doc, spans: Sequence[EntitySpan], doc_id: str) -> list[Relation]:
    """Typed relationships between the entities of `spans`, with sentence evidence.

    `doc` is the parsed document; `spans` are resolved entity mentions (char offsets into
    ``doc.text``, coreference mentions included); `doc_id` goes into every Evidence.

    >>> from loaders.nlp import get_nlp
    >>> doc = get_nlp()("ByteDance ordered 200,000 AI chips from Cambricon.")
    >>> bd = Entity("company:bytedance", "Company", "ByteDance")
    >>> cb = Entity("company:cambricon", "Company", "Cambricon")
    >>> spans = [EntitySpan(bd, 0, 9, "gazetteer"), EntitySpan(cb, 40, 49, "gazetteer")]
    >>> [(r.type, r.start, r.end) for r in extract_relations(doc, spans, "document:x")]
    [('SUPPLIES', 'company:cambricon', 'company:bytedance')]
    """
    rules = load_rules()
    implied = demonym_spans(doc, spans, rules.modifiers)
    index = SpanIndex(doc, [*spans, *implied])
    out = _Collector(doc_id, doc_text(doc), rules.modifiers.symmetric, rules.method_factors)
    _country_in_name_edges(doc, spans, rules.modifiers, out)
    _maker_in_name_edges(doc, spans, rules.modifiers, out)
    _description_edges(doc, spans, implied, rules.modifiers, out)
    _title_edges(doc, spans, rules.modifiers, out)
    _inner_edges(doc, spans, rules.modifiers, out)
    _plan_name_edges(doc, spans, rules.modifiers, out)
    if doc.has_annotation("DEP"):
        _phrase_edges(doc, index, rules.modifiers, out)
        _pronoun_owner_edges(doc, index, rules.modifiers, out)
        _imposer_edges(doc, index, rules.modifiers, out)
        _headline_edges(doc, index, rules.modifiers, out)
        _listing_example_edges(doc, index, rules.modifiers, out)
        _listed_party_edges(doc, index, rules.modifiers, out)
        _possessive_state_edges(doc, index, rules.modifiers, out)
        _participle_list_edges(doc, index, rules.modifiers, out)
        _denial_edges(doc, index, rules.modifiers, out)
        _facing_edges(doc, index, rules.modifiers, out)
        _rate_edges(doc, index, rules.modifiers, out)
        _named_goods_edges(doc, index, rules.modifiers, out)
        _funds_use_edges(doc, index, rules.modifiers, out)
        _dependency_edges(doc, index, rules, out)
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        _surface_edges(doc, index, rules, out)
    if doc.has_annotation("DEP"):
        _bare_title_edges(doc, index, rules.modifiers, out)
    entities = {span.entity.id: span.entity for span in [*spans, *implied]}
    relations = without_home_sellers(without_self_imposed(out.relations()), entities)
    relations = without_own_country_targeted(relations, entities)
    return with_funded_focus(relations, entities)


def with_funded_focus(relations: list[Relation], entities: dict[str, Entity]) -> list[Relation]:
    """The relations, and a plan that funds a technology PRIORITIZES it as well (with the
    same evidence): money put into a field names it as a focus ("a $143 billion support
    package for its semiconductor industry"). A standing investment fund (kind "fund": the
    Big Fund) only funds. `entities` maps entity ids to entities.

    >>> plan = Entity("plan:x", "Plan", "X support package")
    >>> chips = Entity("technology:chips", "Technology", "chips")
    >>> funds = Relation("SUPPORTS", plan.id, chips.id, [])
    >>> [r.type for r in with_funded_focus([funds], {plan.id: plan, chips.id: chips})]
    ['SUPPORTS', 'PRIORITIZES']
    """
    have = {(r.type, r.start, r.end) for r in relations}
    focus = []
    for r in relations:
        start, end = entities.get(r.start), entities.get(r.end)
        if (r.type == "SUPPORTS" and start is not None and end is not None
                and start.label == "Plan" and end.label == "Technology"
                and start.properties.get("kind") != "fund"
                and ("PRIORITIZES", r.start, r.end) not in have):
            focus.append(Relation("PRIORITIZES", r.start, r.end, list(r.evidence)))
    return relations + focus
