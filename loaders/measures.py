"""Restrictive measures: one Sanction node per measure of a document, named the guidelines' way.

A measure is mentioned by noun phrases (:func:`loaders.entities.sanction_candidates`: "U.S.
export controls", "restrictions on exports of gallium", "the curbs"), by a named regime of
the gazetteer ("Entity List"), or by the act of a state itself (:func:`verb_measures`:
"China restricts exports of gallium", "Washington blacklisted YMTC"). :func:`group_measures`
decides which mentions are one measure, in text order: a mention joins the latest measure of
its family (export controls, tariffs, sanctions, listings...) whose imposer and goods do not
contradict its own, unless it says it is another one ("earlier limits", "similar curbs").
Every mention of a measure then carries the measure's name, "<imposer> <measure> on
<goods>" ("Chinese export restrictions on gallium and germanium"), or the regime's.
The goods a measure phrase names but the gazetteer does not know become technologies
(:func:`object_technologies`: "export controls on tungsten carbide").

The vocabulary is data: ``data/patterns/measures.json``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from loaders.entities import Candidate, _technology, lexicon, technology_name
from loaders.gazetteer import DATA_DIR, Gazetteer
from loaders.model import Entity, Relation
from loaders.nlp import doc_text

MEASURES_PATH = DATA_DIR / "patterns" / "measures.json"
STATE_LABELS = frozenset({"Country", "Agency"})
GOODS_LABELS = frozenset({"Technology", "Product"})
OBJECT_LABELS = frozenset({"Technology", "Product", "Company", "Country"})
OBJECT_WORDS = frozenset({"on", "against", "targeting", "over"})
MAX_PHRASE_WORDS = 24
"""Longest object phrase kept as an alias of its measure (its goods count whatever its size)."""


@dataclass(frozen=True)
class MeasureWords:
    """The vocabulary of ``data/patterns/measures.json``."""

    data: dict[str, Any]
    sets: dict[str, frozenset[str]]  # every list of words, as a set

    def words(self, key: str) -> frozenset[str]:
        """The list entry `key` as a set."""
        return self.sets[key]


@lru_cache(maxsize=1)
def measure_words() -> MeasureWords:
    """The measure vocabulary (read once)."""
    data = json.loads(MEASURES_PATH.read_text(encoding="utf-8"))
    sets = {key: frozenset(value) for key, value in data.items()
            if isinstance(value, list) and all(isinstance(v, str) for v in value)}
    return MeasureWords(data, sets)


def family(kind: str) -> str:
    """The family of a measure kind: mentions of different families are different measures.

    >>> family("export ban"), family("entity listing"), family("tariffs"), family("curbs")
    ('export', 'listing', 'tariff', 'export')
    """
    lowered = kind.lower()
    for word, name in measure_words().data["families"]:
        if word in lowered:
            return str(name)
    return "export"


def adjective(country: str) -> str:
    """How a measure's name writes its imposer.

    >>> adjective("United States"), adjective("China"), adjective("Chile")
    ('U.S.', 'Chinese', 'Chile')
    """
    return str(measure_words().data["adjectives"].get(country, country))


def join_names(names: list[str]) -> str:
    """ "A", "A and B", "A, B and C".

    >>> join_names(["gallium", "germanium", "antimony"])
    'gallium, germanium and antimony'
    """
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def measure_name(imposers: list[str], measure: str, objects: list[str]) -> str:
    """ "<imposers> <measure> on <goods>".

    >>> measure_name(["China"], "export controls", ["gallium", "germanium"])
    'Chinese export controls on gallium and germanium'
    >>> measure_name(["Japan", "Netherlands"], "curbs", [])
    'Japanese and Dutch curbs'
    """
    name = f"{join_names([adjective(c) for c in imposers])} {measure}" if imposers else measure
    return f"{name} on {join_names(objects)}" if objects else name


def _name_of(cand: Candidate) -> str:
    return cand.known.name if cand.known else (cand.name or cand.text)


def _covering(found: list[Candidate]) -> dict[int, Candidate]:
    """Character offset -> the candidate that covers it (the first one listed)."""
    out: dict[int, Candidate] = {}
    for cand in found:
        for pos in range(cand.start, cand.end):
            out.setdefault(pos, cand)
    return out


def _candidates_in(tokens: list[Token], covering: dict[int, Candidate]) -> list[Candidate]:
    """The candidates covering `tokens`, in text order."""
    out: list[Candidate] = []
    for tok in sorted(tokens, key=lambda t: t.i):
        cand = covering.get(tok.idx)
        if cand is not None and cand not in out:
            out.append(cand)
    return out


# --- goods named inside a measure phrase ------------------------------------------------


def _goods_token(head: Token) -> Token | None:
    """The word naming the goods after a measure word ("controls on [exports of] X")."""
    words = measure_words()
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in OBJECT_WORDS), None)
    if prep is None and head.pos_ == "VERB":
        obj = next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if obj is None or obj.lower_ not in words.words("trade_nouns"):
            return None
        prep = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ in ("of", "to")),
                    None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    for hop in ("trade_nouns", "kind_nouns"):  # "exports of", "23 types of"
        if pobj is not None and pobj.lower_ in words.words(hop):
            inner = next((c for c in pobj.children
                          if c.dep_ == "prep" and c.lower_ in ("of", "to")), None)
            pobj = next((c for c in inner.children if c.dep_ == "pobj"), None) if inner else pobj
    return pobj


def _noun_phrase(token: Token) -> tuple[int, int] | None:
    """Character range of `token` with its compound and adjective modifiers, vague words
    ("key", "certain") dropped; None when nothing specific is left."""
    words = measure_words()
    left = [c for c in token.lefts if c.dep_ in ("compound", "amod", "nmod")]
    first = token
    for child in reversed(left):
        if child.i != first.i - 1 or child.lower_ in words.words("vague_modifiers"):
            break
        first = child
    generic = words.words("generic_nouns")
    if all(t.lower_ in generic for t in token.doc[first.i : token.i + 1]):
        return None
    if token.pos_ == "PROPN" or token.lower_ in ("it", "them", "this", "that"):
        return None
    return first.idx, token.idx + len(token)


def _known_modifiers(head: Token, gaz: Gazetteer,
                     covering: dict[int, Candidate]) -> list[Candidate]:
    """Known technologies that modify a measure noun ("[chip] export curb", "[graphite]
    export controls"), in the singular the gazetteer may only know in the plural."""
    out: list[Candidate] = []
    for child in head.lefts:
        if child.dep_ != "compound" or child.idx in covering:
            continue
        known = gaz.lookup(child.text, "Technology") or gaz.lookup(
            technology_name(child.text), "Technology")
        if known is not None:
            out.append(Candidate(child.idx, child.idx + len(child), child.text, "Technology",
                                 "gazetteer", known))
        out += _known_modifiers(child, gaz, covering)
    return out


def _names_technology(text: str, gaz: Gazetteer) -> bool:
    """Whether a goods phrase the gazetteer does not know still names a technology: its head
    is a technology or material head ("gallium nitride wafers", "boron nitride") or, unless
    generic ("tech components", "manufacturing tools"), one of its modifiers is a known
    technology ("tungsten carbide").

    >>> from loaders.gazetteer import gazetteer
    >>> [_names_technology(t, gazetteer()) for t in ("GaN wafers", "boron nitride", "outputs")]
    [True, True, False]
    """
    words = measure_words()
    tokens = text.lower().split()
    head = tokens[-1]
    if head in words.words("generic_technology_heads"):
        return False
    if head in words.words("object_technology_heads") | words.words("material_heads"):
        return True
    if len(head) >= 5 and head.endswith(tuple(words.words("material_suffixes"))):
        return True
    return any(gaz.lookup(word, "Technology") is not None for word in tokens[:-1])


def object_technologies(doc: Doc, found: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """Technologies named as the goods of a measure that no other source found.

    "export controls on tungsten carbide", "bans exports of lithium hydroxide":
    the goods become a Technology candidate (gazetteer name when it knows the words; a new
    technology only when :func:`_names_technology`, never "software" or "tech components");
    so does a known technology modifying the measure noun ("chip export curb").
    """
    heads = lexicon().mapping("sanction_heads")
    verbs = measure_words().data["verbs"]
    covering = _covering(found)
    out: list[Candidate] = []
    for tok in doc:
        if tok.lower_ not in heads and not (tok.pos_ == "VERB" and tok.lemma_.lower() in verbs):
            continue
        found_here = _known_modifiers(tok, gaz, covering) if tok.lower_ in heads else []
        goods = _goods_token(tok)
        for item in (goods, *goods.conjuncts) if goods is not None else ():
            span = _noun_phrase(item)
            if span is None or any(p in covering for p in range(*span)):
                continue
            text = doc_text(doc)[span[0] : span[1]]
            technology = _technology(text, span[0], span[1], gaz)
            if technology is not None and (technology.known or _names_technology(text, gaz)):
                found_here.append(technology)
        for cand in found_here:
            out.append(cand)
            for pos in range(cand.start, cand.end):
                covering[pos] = cand
    return out


# --- measures stated by a verb ----------------------------------------------------------


def _acting_state(verb: Token, covering: dict[int, Candidate]) -> Candidate | None:
    """The country or agency that does `verb`: its subject, its passive agent, or the
    subject of the verbs governing it ("the U.S. took steps to restrict ..."); a pronoun
    subject is the state that says it ("the ministry said it would restrict ...").
    Of "pressed allies to restrict", the allies act, not the subject; of "ordered firms
    to stop buying", the one who orders.
    """
    words = measure_words()
    actions = words.words("action_nouns")
    token = verb
    for _ in range(int(words.data["state_deps_max"])):
        for child in token.children:
            if child.dep_ == "nsubj" or child.dep_ == "agent":
                head = child if child.dep_ == "nsubj" else next(
                    (c for c in child.children if c.dep_ == "pobj"), child)
                if head.lower_ in ("it", "they", "we"):
                    return reporting_state(token, covering)
                cand = covering.get(head.idx)
                return cand if cand is not None and cand.label in STATE_LABELS else None
        up = token.dep_ in words.words("state_deps") or (
            token.dep_ == "relcl" and token.head.lemma_.lower() in actions)  # "steps to curb"
        if not up or token.head is token:
            return None
        controller = next((c for c in token.head.children if c.dep_ == "dobj"), None)
        if (token.dep_ == "xcomp" and controller is not None
                and controller.lemma_.lower() not in actions
                and token.head.lemma_.lower() not in words.words("order_verbs")):
            return None
        token = token.head
    return None


def reporting_state(verb: Token, covering: dict[int, Candidate]) -> Candidate | None:
    """The country or agency that announces what `verb` says ("the ministry said [it would
    restrict ...]", "the Dutch government announced that ASML will need a licence", "a curb
    [will take effect], the government said")."""
    reporting = measure_words().words("reporting_verbs")
    token = verb
    for _ in range(3):
        if token.dep_ not in ("ccomp", "conj", "xcomp") or token.head is token:
            return None
        token = token.head
        if token.lemma_.lower() in reporting:
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            cand = covering.get(subject.idx) if subject is not None else None
            return cand if cand is not None and cand.label in STATE_LABELS else None
    return None


def _object_words(obj: Token) -> list[Token]:
    """The words that name what a measure verb acts on: the object and its modifiers, its
    coordinated objects, and the goods of a trade noun ("exports of gallium to the U.S.")."""
    trade = measure_words().words("trade_nouns")
    heads = [obj, *obj.conjuncts]
    kinds = measure_words().words("kind_nouns")
    if obj.lower_ in trade:
        for prep in obj.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "to"):
                heads += [t for p in prep.children if p.dep_ == "pobj"
                          for t in (p, *p.conjuncts)]
    for head in [h for h in heads if h.lower_ in kinds]:  # "23 types of equipment"
        heads.remove(head)
        heads += [t for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "of"
                  for p in prep.children if p.dep_ == "pobj" for t in (p, *p.conjuncts)]
    words = list(heads)
    for head in heads:
        words += [c for c in head.children if c.dep_ in ("compound", "amod", "poss")]
    return words


def _imposer_properties(state: Candidate | None, doc: Doc,
                        covering: dict[int, Candidate]) -> dict[str, Any]:
    """ "country" of a measure a state imposes, or "countries" when states coordinated with
    it impose it jointly ("the U.S., Japan and the Netherlands imposed curbs")."""
    if state is None:
        return {}
    span = doc.char_span(state.start, state.end, alignment_mode="expand")
    tokens = [span.root, *span.root.conjuncts] if span is not None else []
    states = [covering.get(t.idx) for t in tokens]
    countries = [c for c in (_state_country(s) for s in states
                             if s is not None and s.label in STATE_LABELS) if c]
    countries = list(dict.fromkeys(countries or [_state_country(state) or ""]))
    if len(countries) > 1:
        return {"countries": countries}
    return {"country": countries[0]} if countries[0] else {}


def _state_country(state: Candidate) -> str | None:
    """The country of a state: itself, an agency's country, or the country its name opens
    with ("Chinese regime", "U.S. Treasury")."""
    if state.label == "Country":
        return _name_of(state)
    country = state.known.properties.get("country") if state.known else None
    if not country:
        words = _name_of(state).split()
        demonyms = lexicon().mapping("demonyms")
        country = next((demonyms[w] for w in (" ".join(words[:2]), words[0]) if demonyms.get(w)),
                       None) if words else None
    return str(country) if country else None


def _hypothetical(verb: Token) -> bool:
    """Whether an act is only possible or considered ("could restrict", "is weighing
    whether to ban", "lawmakers urged the administration to restrict")."""
    words = measure_words()
    token = verb
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in words.words("hypothetical_words")
               for c in token.children):
            return True
        if token.dep_ not in ("xcomp", "ccomp", "conj") or token.head is token:
            return False
        token = token.head
        if token.lemma_.lower() in words.words("hypothetical_verbs"):
            return True
    return False


def verb_measures(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """Sanction candidates for acts of a state that are measures, at the verb.

    "China restricts exports of gallium and germanium to the United States", "exports of
    chipmaking tools have been restricted by the United States", "Washington blacklisted
    YMTC": the state is the imposer, the goods and the listed or destination entities the
    objects. A negated or hypothetical act, or one with no named object, is no measure.
    """
    words = measure_words()
    verbs = words.data["verbs"]
    covering = _covering(found)
    out: list[Candidate] = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ != "VERB" or lemma not in verbs or tok.idx in covering:
            continue
        if any(c.dep_ == "neg" for c in tok.children) or _hypothetical(tok):
            continue
        state = _acting_state(tok, covering)
        if state is None:
            continue
        objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "dative")]
        objects = objects or [c for x in tok.children if x.dep_ == "xcomp"
                              for c in x.children if c.dep_ == "dobj"]  # "stop buying X"
        named = [
            c for c in _candidates_in([t for o in objects for t in _object_words(o)], covering)
            if c.label in OBJECT_LABELS and c is not state
        ]
        if not named:
            continue
        measure = str(verbs[lemma])
        if any(o.lower_ in words.words("export_nouns") for o in objects) and " " not in measure:
            measure = f"export {measure}"
        props: dict[str, Any] = {"kind": measure, **_imposer_properties(state, doc, covering)}
        goods = tuple(_name_of(c) for c in named if c.label in GOODS_LABELS)
        out.append(Candidate(tok.idx, tok.idx + len(tok), tok.text, "Sanction", "verb",
                             properties=props, objects=goods))
    return out


# --- one node per measure ---------------------------------------------------------------


@dataclass
class _Measure:
    """The mentions of one measure and what they say of it."""

    family: str
    country: str | None
    objects: list[str]
    known: Entity | None
    aside: bool = False  # introduced as another one ("earlier limits", "similar curbs")
    countries: list[str] = field(default_factory=list)  # joint imposers
    year: int | None = None
    members: list[Candidate] = field(default_factory=list)


def _kind(cand: Candidate) -> str:
    source = cand.known.properties if cand.known else cand.properties
    return str(source.get("kind", "export controls"))


def _country(cand: Candidate) -> str | None:
    source = cand.known.properties if cand.known else cand.properties
    country = source.get("country")
    return str(country) if country else None


def _distinct(doc: Doc, cand: Candidate) -> bool:
    """Whether the words right before the mention say it is another measure."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None:
        return False
    before = doc[max(0, span.start - 2) : span.start]
    return any(t.lower_ in measure_words().words("distinct_markers") for t in before)


YEAR = re.compile(r"(?:19|20)\d\d")


def mention_year(doc: Doc, cand: Candidate) -> int | None:
    """The year a mention dates its measure to: in its own phrase ("the 2023 export
    controls") or on the verb that put it in place ("imposed limitations in 2019"), not on
    one that changed it ("the curbs were tightened in 2023")."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None:
        return None
    head = span.root
    words = [t for t in head.subtree if t.dep_ not in ("relcl", "advcl")]
    token = head
    for _ in range(3):
        if token.dep_ not in ("dobj", "pobj", "prep", "nsubjpass", "acl") or token.head is token:
            break
        token = token.head
        if token.pos_ == "VERB":
            if token.lemma_.lower() not in measure_words().words("amending_verbs"):
                words += [t for c in token.children if c.dep_ in ("prep", "npadvmod", "advcl")
                          for t in c.subtree]
            break
    years = [int(t.text) for t in words if YEAR.fullmatch(t.text)]
    return years[0] if years else None


def _national(known: Entity) -> bool:
    """Whether a regime is its country's measure as such ("Japanese export controls")."""
    country = str(known.properties.get("country", ""))
    if not country:
        return False
    starts = (adjective(country), country)
    return any(alias.startswith(starts) for alias in (known.name, *known.aliases))


def _fits(measure: _Measure, cand: Candidate) -> bool:
    """Whether `cand` can be a further mention of `measure`.

    A regime of the gazetteer takes the mentions that only refer back to it, and those of
    its country when it is that country's measure as such ("Japanese export controls").
    Otherwise the imposers must not differ, and a mention that names its own imposer and
    goods ("Chinese export controls on graphite") is another measure than one on other goods.
    """
    country, objects = _country(cand), set(cand.objects)
    year = _year(cand)
    if year and measure.year and year != measure.year:
        return False
    if cand.known is not None:
        if measure.known is not None:
            return measure.known.id == cand.known.id
        unstated = measure.country is None and not measure.objects
        return unstated or (measure.country == country and country is not None
                            and (_national(cand.known) or not measure.objects))
    if measure.known is not None:
        if _anaphor(cand) or (cand.method == "verb" and measure.family == "listing"
                              and measure.country in (None, country)):
            return True
        return country is not None and country == measure.country and _national(measure.known)
    if country and measure.country and country != measure.country:
        return False
    own = country is not None and measure.country is None and bool(objects and measure.objects)
    return not own or bool(objects & set(measure.objects))


def _year(cand: Candidate) -> int | None:
    year = (cand.known.properties if cand.known else cand.properties).get("year")
    return int(year) if year else None


def _anaphor(cand: Candidate) -> bool:
    """A mention that names neither imposer nor goods ("the curbs", "export restrictions")."""
    return cand.known is None and _country(cand) is None and not cand.objects


def _display(measure: _Measure) -> str:
    """The measure words of the name: the first mention's own ("export restrictions"), the
    kind for requirement and licence words and for a verb ("restricts": restrictions)."""
    generic = measure_words().words("licence_nouns") | {
        "rules", "rule", "regulations", "regulation", "measures", "measure", "requirement",
        "requirements", "limits"}
    first = measure.members[0]
    words = first.text.lower().split()
    if first.method == "verb" or not words or words[-1] in generic or words == ["controls"]:
        return _kind(first)
    return " ".join(words)


def _families_meet(measure: _Measure, cand: Candidate) -> bool:
    """Same family; or a bare mention of sanctions or export controls of the imposer of
    the other, which news often call each other ("US sanctions" for U.S. export controls)."""
    kinds = {measure.family, family(_kind(cand))}
    if len(kinds) == 1:
        return True
    country = _country(cand)
    return (kinds == {"export", "sanctions"} and cand.phrase is None
            and country is not None and country == measure.country)


def _antecedent(measures: list[_Measure], cand: Candidate) -> _Measure | None:
    """The measure `cand` is a further mention of, if any.

    Of the measures it fits, the latest one of its imposer. A bare mention ("the curbs")
    refers to the most salient described measure (before a regime named in passing): one
    named with the same word ("the ban" -> "a ban on ..."), then one named by a noun more
    often, then the latest; when no measure of its family was named, to any ("the ban"
    after "the Entity List").
    """
    kind = family(_kind(cand))
    fitting = [m for m in measures if _families_meet(m, cand) and _fits(m, cand)]
    country = _country(cand)
    bare = " " not in cand.text and not cand.objects and kind in ("export", "listing")
    if bare and not any(m.family == kind for m in fitting):
        fitting = [m for m in measures if country is None or m.country in (None, country)]
    if country:
        fitting = [m for m in fitting if m.country == country] or fitting
    if _anaphor(cand) or bare:
        fitting = [m for m in fitting if not m.aside] or fitting
        fitting = [m for m in fitting if m.known is None] or fitting
        return max(reversed(fitting), key=lambda m: _salience(m, cand), default=None)
    return fitting[-1] if fitting else None


def _salience(measure: _Measure, anaphor: Candidate) -> tuple[bool, int, int]:
    """How strongly an anaphor points to `measure`: named with its head word, how often a
    noun phrase named it, then how often anything did (a verb too: "China curbed exports")."""
    head = anaphor.text.lower().split()[-1]
    nouns = [m for m in measure.members if m.method != "verb"]
    return (any(m.text.lower().split()[-1] == head for m in nouns), len(nouns),
            len(measure.members))


def group_measures(doc: Doc, cands: list[Candidate]) -> None:
    """Give every mention of one measure the same name and properties, or the same regime.

    Mentions are taken in text order; each joins the latest measure it fits (same family,
    no other imposer, shared or unstated goods; a regime of the gazetteer takes the mentions
    that only refer back to it), else starts a measure of its own.
    """
    measures: list[_Measure] = []
    mentions = sorted(
        (c for c in cands if c.label == "Sanction"
         and (c.known is not None or "kind" in c.properties)),
        key=lambda c: c.start,
    )
    for cand in mentions:
        year = mention_year(doc, cand)
        if year and cand.known is None:
            cand.properties["year"] = year
        aside = _distinct(doc, cand)
        chosen = None if aside else _antecedent(measures, cand)
        country = _country(cand)
        if chosen is None:
            chosen = _Measure(family(_kind(cand)), country, list(cand.objects), cand.known, aside)
            measures.append(chosen)
        else:
            chosen.country = chosen.country or country
            chosen.objects = chosen.objects or list(cand.objects)
            chosen.known = chosen.known or cand.known
        chosen.countries = chosen.countries or list(cand.properties.get("countries", []))
        chosen.year = chosen.year or _year(cand)
        chosen.members.append(cand)
    for measure in measures:
        _name_members(measure)


def _name_members(measure: _Measure) -> None:
    if measure.known is not None:
        for cand in measure.members:
            cand.known = measure.known
        return
    props: dict[str, Any] = {"kind": _kind(measure.members[0])}
    if measure.country:
        props["country"] = measure.country
    if measure.countries and not measure.country:
        props["countries"] = measure.countries
    if measure.objects:
        props["object"] = join_names(measure.objects)
    if measure.year:
        props["year"] = measure.year
    imposers = [measure.country] if measure.country else measure.countries
    name = measure_name(imposers, _display(measure), measure.objects)
    if measure.year:
        name = f"{name} ({measure.year})"
    for cand in measure.members:
        cand.name, cand.properties = name, dict(props)


# --- further mentions and the phrases that name a measure ---------------------------------


def _opener(tok: Token) -> Token | None:
    """The determiner or marker opening a bare measure noun ("the new [curbs]"), if any."""
    words = measure_words()
    openers = words.words("anaphor_determiners") | words.words("distinct_markers")
    i = tok.i - 1
    while i >= 0 and tok.i - i <= 3:
        word = tok.doc[i]
        if word.lower_ in openers:
            return word
        if word.dep_ not in ("amod", "compound", "advmod") or word.head.i != tok.i:
            return None
        i -= 1
    return None


def _lists_goods(head: Token, covering: dict[int, Candidate]) -> bool:
    """Whether a list noun lists goods ("the list of rare earths includes ...", "expanded
    its list to include chips"): the control list of an export measure, not an entity
    listing."""
    if head.lower_ not in measure_words().words("goods_list_heads"):
        return False
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    listed = [c for c in prep.children if c.dep_ == "pobj"] if prep else []
    listed += [token for token, _ in object_phrase(head)]
    found = [covering.get(token.idx) for token in listed]
    return any(cand is not None and cand.label in GOODS_LABELS for cand in found)


def anaphoric_measures(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """Measure nouns the phrase patterns leave out: those that refer to a measure named
    before ("the restrictions", "these curbs", "similar curbs"), those a state imposes
    ("China imposed new limits"), those that act ("measures to curb ...", "the rules bar
    ..."), licence
    requirements ("will require permits") and tariffs, which are measures wherever named.

    A bare measure noun refers back only after the document has named a measure.
    """
    words = measure_words()
    heads = lexicon().mapping("sanction_heads")
    covering = _covering(found)
    first_measure = min((c.start for c in found if c.label == "Sanction"), default=None)
    licences = words.words("licence_nouns")
    out: list[Candidate] = []
    for tok in doc:
        head = tok.lower_
        if tok.idx in covering or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        required = (head in licences and tok.dep_ in ("dobj", "nsubjpass")
                    and tok.head.lemma_.lower() in words.words("licence_verbs"))
        measure_noun = head in heads or head in words.words("anaphor_heads")
        referring = (head in words.words("anaphor_heads") and first_measure is not None
                     and first_measure < tok.idx and _opener(tok) is not None)
        imposed = measure_noun and _imposing_state(tok, covering) is not None
        doers = words.words("measure_subject_verbs") | words.words("imposing_verbs")
        acting = measure_noun and any(
            c.dep_ in ("acl", "relcl") and c.lemma_.lower() in doers for c in tok.children
        )
        standalone = head in words.words("standalone_heads") and tok.tag_ in ("NNS", "NN")
        subject = measure_noun and tok.dep_ == "nsubj" and (
            tok.head.lemma_.lower() in words.words("measure_subject_verbs")
            or any(c.lower_ in ("effect", "force") for c in tok.head.subtree
                   if c.dep_ in ("dobj", "pobj") and c.head.i in (tok.head.i, *(
                       p.i for p in tok.head.children if p.dep_ == "prep"))))
        if not (required or referring or imposed or acting or standalone or subject):
            continue
        if required:
            state = (_acting_state(tok.head, covering) or reporting_state(tok.head, covering))
        else:
            state = _imposing_state(tok, covering) or _owner_state(tok, covering)
        kind = heads.get(head, "export controls")
        kind = "export controls" if _lists_goods(tok, covering) else kind
        props = {"kind": kind, **_imposer_properties(state, doc, covering)}
        out.append(Candidate(tok.idx, tok.idx + len(tok), tok.text, "Sanction", "pattern",
                             properties=props))
        first_measure = tok.idx if first_measure is None else first_measure
    return out


def _container(head: Token) -> Token | None:
    """The collective noun a measure noun is the content of ("a sweeping [set] of
    regulations", "a new [package] of chip export controls")."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "of" or prep.head is prep:
        return None
    holder = prep.head
    return holder if holder.lower_ in measure_words().words("container_nouns") else None


def _left_edges(head: Token, first: Token) -> list[Token]:
    """Where the noun phrase of a measure noun may start: at each of the modifiers right
    before it ("[new] [chip] export curbs", "[sweeping] [U.S.] export controls")."""
    edges = [first]
    doc = head.doc
    while len(edges) <= 4 and edges[-1].i > 0:
        word = doc[edges[-1].i - 1]
        if word.dep_ not in ("amod", "compound", "nmod", "npadvmod") or not head.is_ancestor(word):
            break
        edges.append(word)
    return edges


def _purpose_end(phrase: list[Token], end: int) -> int:
    """The end of a measure's noun phrase with the purpose its goods are for, which names
    no goods but still belongs to the phrase ("restrictions on sales of chips used [for AI
    applications]")."""
    for token in phrase:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "for" and child.idx == end + 1:
                last = child.right_edge
                end = last.idx + len(last)
    return end


def _possessor_edges(head: Token, first: Token) -> list[Token]:
    """A possessor right before the noun phrase of a measure noun ("[its] export controls",
    "[China's] new curbs"): the phrase with it names the measure too."""
    poss = next((c for c in head.children if c.dep_ == "poss"), None)
    if poss is None or poss.right_edge.i + 1 != first.i:
        return []
    return [poss.left_edge]


def _governing_verb(token: Token) -> Token | None:
    """The nearest verb above `token` (its clause)."""
    for _ in range(4):
        if token.head is token:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def pronoun_owner(head: Token, is_state: Callable[[Token], bool]) -> Token | None:
    """The state "its"/"their" before the measure noun `head` stands for: the nearest subject
    above it ("[the US] looks to close loopholes to its restrictions"), when that is a state
    and no other state comes before ("China criticised the US for its curbs": unsure).
    """
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in head.children):
        return None
    token = head
    for _ in range(6):
        if token.head is token:
            return None
        token = token.head
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            others = [t for t in head.sent[: head.i - head.sent.start]
                      if is_state(t) and t not in subject.subtree]
            return subject if is_state(subject) and not others else None
    return None


def _owner_state(head: Token, covering: dict[int, Candidate]) -> Candidate | None:
    """The state a measure noun is said to be of: its possessor ("the Commerce Department's
    new rule", "the US looks to close loopholes to its restrictions") or the agent of the
    verb that issued it ("rules issued by BIS")."""
    def is_state(token: Token) -> bool:
        cand = covering.get(token.idx)
        return cand is not None and cand.label in STATE_LABELS

    owner = pronoun_owner(head, is_state)
    if owner is not None:
        return covering[owner.idx]
    for child in head.children:
        if child.dep_ == "poss" and is_state(child):
            return covering[child.idx]
        if child.dep_ == "acl" and child.lemma_.lower() in measure_words().words("imposing_verbs"):
            return _acting_state(child, covering)
    return None


def _imposing_state(head: Token, covering: dict[int, Candidate]) -> Candidate | None:
    """The state that imposes, announces or places the measure `head` is the object of
    ("China placed new export restrictions", "the U.S. unveiled a package of controls")."""
    words = measure_words()
    token = head
    for _ in range(3):
        if token.dep_ not in ("dobj", "pobj", "prep", "nsubjpass") or token.head is token:
            return None
        cause = token.dep_ == "prep" and token.lower_ in ("to", "against")
        token = token.head
        if token.pos_ == "VERB":
            lemma = token.lemma_.lower()
            if lemma not in words.words("imposing_verbs") or (
                    cause and lemma in words.words("reacting_verbs")):
                return None  # "China responded to the new controls": not China's
            return _acting_state(token, covering)
    return None


def describe_measures(doc: Doc, cands: list[Candidate]) -> None:
    """Fill in what the measure phrases say: their goods and their longer noun phrases.

    "new export restrictions on gallium and germanium": objects (gallium, germanium),
    further surfaces "new export restrictions", "new export restrictions on gallium and
    germanium".
    """
    covering = _covering([c for c in cands if c.label in OBJECT_LABELS | STATE_LABELS])
    for cand in cands:
        if cand.label != "Sanction" or cand.method != "pattern" or "kind" not in cand.properties:
            continue
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        if span is None:
            continue
        head = span[-1]
        phrase = [token for token, _ in object_phrase(head)]
        end = _purpose_end(phrase, max(t.idx + len(t) for t in phrase)) if phrase else None
        if end is not None and end > cand.end:
            named = _candidates_in(phrase, covering)
            goods = [c for c in named if c.label in GOODS_LABELS]
            targets = [c for c in named if c.label == "Company"]
            cand.objects = tuple(dict.fromkeys(_name_of(c) for c in goods or targets))
        if "country" not in cand.properties and "countries" not in cand.properties:
            verb = _governing_verb(head)
            state = (_imposing_state(head, covering) or _owner_state(head, covering)
                     or (reporting_state(verb, covering) if verb is not None else None))
            cand.properties.update(_imposer_properties(state, doc, covering))
        edges = _left_edges(head, span[0])
        container = _container(head)
        if container is not None:
            edges += _left_edges(container, container)
        text = doc_text(doc)
        end = end if end is not None and len(phrase) <= MAX_PHRASE_WORDS else None
        if end is not None and end > cand.end:
            cand.phrase = text[cand.start : end]
        edges += _possessor_edges(head, edges[-1])
        forms = [text[edge.idx : stop] for edge in edges for stop in (cand.end, end) if stop]
        cand.surfaces = tuple(dict.fromkeys(f for f in forms if f not in (cand.text, cand.phrase)))


# --- reading the edges of a measure (used by loaders.relations) ---------------------------


def foreign_imposer(rel_type: str, start: Entity, end: Entity) -> bool:
    """Whether an IMPOSED edge would give a measure of one country to another's state.

    "The Chinese ministry said U.S. export controls hurt trade": the ministry did not impose
    them.

    >>> us = Entity("sanction:u-s-export-controls", "Sanction", "U.S. export controls", [],
    ...             {"country": "United States"})
    >>> foreign_imposer("IMPOSED", Entity("country:china", "Country", "China"), us)
    True
    """
    if rel_type != "IMPOSED":
        return False
    measure_country = end.properties.get("country")
    state_country = start.name if start.label == "Country" else start.properties.get("country")
    return bool(measure_country and state_country and measure_country != state_country)


def _object_prep(head: Token) -> Token | None:
    """The preposition that opens what a measure is on ("ban [on] exports of ..."), also
    after the verb whose object the measure is ("imposed limitations [on] Huawei's ..."),
    or the verb that widens it to new goods (:func:`_inclusion`)."""
    words = OBJECT_WORDS | {"to"}
    if head.lower_ in measure_words().words("licence_nouns"):
        words = words | {"for"}
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in words), None)
    if prep is None and head.dep_ == "dobj":
        prep = next((c for c in head.head.rights if c.dep_ == "prep" and c.lower_ in words
                     and c.i == head.right_edge.i + 1), None)
    imposing = measure_words().words("imposing_verbs")
    aiming = measure_words().words("aiming_verbs")
    for verb in head.rights if prep is None else ():
        if verb.dep_ == "acl" and verb.lemma_.lower() in imposing:  # "controls imposed on X"
            prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in words),
                        None)
        elif verb.dep_ == "acl" and verb.lemma_.lower() in aiming:  # "curbs aimed at X"
            prep = next((c for c in verb.children if c.dep_ == "prep"
                         and c.lower_ in ("at", "against", "on")), None)
    return prep or _inclusion(head)


def _inclusion(head: Token) -> Token | None:
    """The verb that brings new goods under a measure being widened ("Japan expanded its
    export controls [to include] chips"): what it includes is what the measure is on."""
    words = measure_words()
    verb = head.head
    if head.dep_ != "dobj" or verb.lemma_.lower() not in words.words("amending_verbs"):
        return None
    return next((c for c in verb.children if c.dep_ in ("xcomp", "advcl")
                 and c.lemma_.lower() in words.words("inclusion_verbs")), None)


def _dated(prep: Token) -> bool:
    """Whether a preposition introduces a date ("on Friday", "in October 2023")."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children)


def object_phrase(head: Token) -> list[tuple[Token, bool]]:
    """The words of what the measure `head` is on, each with whether a company or country
    named there is targeted: a destination "to X" (also after the verb whose object the
    measure is: "expands controls on chips to China"), the object of "on X", a possessor
    "X's access", and what is listed with or introduced by one ("on tech giants like
    Huawei").

    Relative and adverbial clauses are left out, and so are prepositions that neither go on
    naming the goods nor their destination ("amid growing alarm") or that give a date ("on
    Friday"); participles of goods ("minerals related to gallium", "chips used in ...") are
    read on.

    >>> from loaders.nlp import get_nlp
    >>> doc = get_nlp()("China announced a ban on exports of gallium to the United States.")
    >>> [(t.text, targeted) for t, targeted in object_phrase(doc[3]) if t.pos_ != "ADP"]
    [('exports', True), ('gallium', False), ('the', False), ('United', False), ('States', True)]
    """
    prep = _object_prep(head)
    if prep is None:
        return []
    words = measure_words()
    participles = words.words("phrase_participles")
    parties = words.words("party_nouns")
    sellers = words.words("export_nouns")
    along = words.words("phrase_prepositions")
    out: list[tuple[Token, bool]] = []
    todo = [(prep, False)]
    if head.dep_ == "dobj" and prep.lower_ != "to":  # "expands controls on X [to China]"
        todo += [(c, False) for c in head.head.children if c.dep_ == "prep"
                 and c.lower_ == "to" and c.i == head.right_edge.i + 1]
    while todo:
        token, inherited = todo.pop()
        targeted = (token.dep_ == "poss"
                    or (token.dep_ == "pobj" and token.head.lower_ in ("to", "on", "against",
                                                                       "targeting", "at"))
                    or (inherited and token.dep_ in ("conj", "appos", "pobj")))
        out.append((token, targeted))
        for child in token.children:
            if child.dep_ in ("relcl", "advcl", "ccomp", "parataxis", "punct", "cc"):
                continue
            if child.dep_ == "acl" and child.lemma_.lower() not in participles:
                continue
            if child.dep_ == "prep" and child.lower_ == "for":  # a purpose: "chips for AI"
                continue
            if child.dep_ == "prep" and (child.lower_ not in along or _dated(child)):
                continue  # "chips [amid growing alarm]", "regulations [on Friday]"
            if child.dep_ in ("compound", "amod") and token.lemma_.lower() in parties:
                continue  # "machine tool [firms]": what the targets make, not the goods
            if child.dep_ == "poss" and token.lower_ in sellers:
                continue  # "Nvidia's [exports]": the seller, not a target
            passes = targeted and (child.dep_ in ("conj", "appos")
                                   or child.lower_ in ("like", "including", "as", "such"))
            todo.append((child, passes or (inherited and child.dep_ == "pobj")))
    return sorted(out, key=lambda pair: pair[0].i)


def without_self_imposed(relations: list[Relation]) -> list[Relation]:
    """The relations without an IMPOSED edge from a country or agency the same measure
    TARGETS ("export controls imposed on Beijing": Beijing did not impose them).

    >>> imposed = Relation("IMPOSED", "country:china", "sanction:x", [])
    >>> targets = Relation("TARGETS", "sanction:x", "country:china", [])
    >>> [r.type for r in without_self_imposed([imposed, targets])]
    ['TARGETS']
    """
    targeted = {(r.start, r.end) for r in relations if r.type == "TARGETS"}
    return [r for r in relations
            if r.type != "IMPOSED" or (r.end, r.start) not in targeted]
