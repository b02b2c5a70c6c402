"""Restrictive measures: one Sanction node per measure of a document, named the guidelines' way.

A measure is mentioned by noun phrases (:func:`loaders.entities.sanction_candidates`: "U.S.
export controls", "restrictions on exports of gallium", "the curbs"), by a named regime of
the gazetteer ("Entity List"), or by the act of a state itself (:func:`verb_measures`:
"China restricts exports of gallium", "Washington blacklisted YMTC", "barred Huawei from
buying chips", "has not allowed ASML to deliver EUV machines to China", the verb of a
title-case headline "U.S. Restricts Export of AI Chips"). :func:`group_measures`
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

from spacy.tokens import Doc, Span, Token

from loaders.entities import Candidate, _technology, in_heading, lexicon, technology_name
from loaders.gazetteer import DATA_DIR, Gazetteer, alias_key, gazetteer
from loaders.model import Entity, Relation
from loaders.nlp import doc_text, doc_tokens

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
    """How a measure's name writes its imposer (a country without a listed adjective keeps
    its name).

    >>> adjective("United States"), adjective("Chile"), adjective("Kiribati")
    ('U.S.', 'Chilean', 'Kiribati')
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
    >>> measure_name(["United States"], "blacklisting", ["YMTC"])
    'U.S. blacklisting of YMTC'
    """
    name = f"{join_names([adjective(c) for c in imposers])} {measure}" if imposers else measure
    connective = "of" if measure.endswith("ing") else "on"  # "U.S. blacklisting of YMTC"
    return f"{name} {connective} {join_names(objects)}" if objects else name


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


def aimed_at_trade(head: Token) -> bool:
    """Whether a measure noun that is a measure only when aimed at trade ("clampdown",
    "crackdown") is: "on"/"against" follows within a few words, and a trade noun within a
    few words after it ("the US clampdown since 2018 on China's access to chips"); other
    measure nouns always are.

    >>> from loaders.nlp import get_nlp
    >>> doc = get_nlp()("A crackdown on exports of chips; a crackdown on tech giants.")
    >>> aimed_at_trade(doc[1]), aimed_at_trade(doc[8])
    (True, False)
    """
    words = measure_words()
    if head.lower_ not in words.words("access_heads"):
        return True
    after = head.doc[head.i + 1 : min(head.i + 5, head.sent.end)]
    opener = next((t for t in after if t.lower_ in ("on", "against")), None)
    if opener is None:
        return False
    aim = head.doc[opener.i + 1 : min(opener.i + 5, head.sent.end)]
    return any(t.lower_ in words.words("trade_nouns") for t in aim)


def listed_companies(head: Token, companies: dict[int, Candidate]) -> list[Candidate]:
    """The named companies a verb puts on a blacklist noun ("placed Moore Threads and Biren
    on a blacklist", "Biren was added to the blacklist"), which makes it a listing of its own,
    on them, whoever imposes it. `companies`: company candidates by start offset.

    >>> from loaders.nlp import get_nlp
    >>> doc = get_nlp()("The rules place Biren on a blacklist.")
    >>> biren = Candidate(doc[3].idx, doc[3].idx + 5, "Biren", "Company", "ner")
    >>> [c.text for c in listed_companies(doc[6], {biren.start: biren})]
    ['Biren']
    """
    words = measure_words()
    if (head.lower_ not in words.words("blacklist_nouns") or head.dep_ != "pobj"
            or head.head.lower_ not in ("on", "onto", "to")):
        return []
    verb = head.head.head
    if verb.lemma_.lower() not in words.words("placing_verbs"):
        return []
    return [companies[t.idx] for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
            for t in c.subtree if t.idx in companies]


# --- goods named inside a measure phrase ------------------------------------------------


def _goods_token(head: Token) -> Token | None:
    """The word naming the goods after a measure word ("controls on [exports of] X")."""
    words = measure_words()
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in OBJECT_WORDS), None)
    prep = prep or (_trade_of(head) if head.pos_ != "VERB" else None)
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
    if head in words.words("generic_technology_heads") | words.words("trade_nouns"):
        return False  # "tech components", "antimony exports"
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
    so does a known technology modifying the measure noun ("chip export curb"). A known
    technology that only modifies such goods ("[boron] nitride") gives way to them.
    """
    heads = lexicon().mapping("sanction_heads")
    verbs = measure_words().data["verbs"]
    covering = _covering(found)
    out: list[Candidate] = []
    for tok in doc_tokens(doc):
        if tok.lower_ not in heads and not (tok.pos_ == "VERB" and tok.lemma_.lower() in verbs):
            continue
        found_here = _known_modifiers(tok, gaz, covering) if tok.lower_ in heads else []
        goods = _goods_token(tok)
        for item in (goods, *goods.conjuncts) if goods is not None else ():
            span = _noun_phrase(item)
            tokens = doc.char_span(*span, alignment_mode="expand") if span else None
            if span is None or tokens is None:
                continue
            inside = _candidates_in(list(tokens), covering)
            modifiers = [c for c in inside if c in found and c.label == "Technology"
                         and c.end < span[1]]  # "[boron] nitride": the head is not known
            if len(modifiers) != len(inside):
                continue
            text = doc_text(doc)[span[0] : span[1]]
            technology = _technology(text, span[0], span[1], gaz)
            if technology is not None and (technology.known or _names_technology(text, gaz)):
                found_here.append(technology)
                for cand in modifiers:  # the material the phrase names, not its modifier
                    found.remove(cand)
        for cand in found_here:
            out.append(cand)
            for pos in range(cand.start, cand.end):
                covering[pos] = cand
    return out


def _title_word(token: Token) -> bool:
    return token.text[:1].isupper() and token.pos_ in ("PROPN", "NOUN", "ADJ", "VERB")


def _regime_span(head: Token) -> tuple[int, int] | None:
    """The token range of a regime name ending in `head` ("Strategic Items [List]") or
    opening with it ("[Catalog] of Technologies Prohibited or Restricted from Export")."""
    doc, sent = head.doc, head.sent
    connectors = ("of", "or", "and", "from", "for", "-")
    if head.text in measure_words().words("regime_openers"):
        if head.i + 1 >= sent.end or doc[head.i + 1].lower_ != "of":
            return None
        end = head.i + 1
        while end + 1 < sent.end and (_title_word(doc[end + 1])
                                      or doc[end + 1].lower_ in connectors):
            end += 1
        while doc[end].lower_ in connectors:
            end -= 1
        return (head.i, end + 1) if end > head.i + 1 else None
    start = head.i
    while start - 1 >= sent.start and (_title_word(doc[start - 1])
                                       or (doc[start - 1].text == "-" and start - 2 >= sent.start
                                           and _title_word(doc[start - 2]))):
        start -= 1
    if start < head.i and doc[start].lower_ == "the":
        start += 1
    return (start, head.i + 1) if start < head.i else None


def named_regimes(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """Control lists and catalogues the gazetteer does not know, named in title case with a
    word of control ("Strategic Items List", "Dual-Use Export Control List", "Catalog of
    Technologies Prohibited or Restricted from Export"): Sanction names. Readings of
    the statistical NER inside them give way; the gazetteer's names are kept.

    >>> from loaders.nlp import get_nlp
    >>> doc = get_nlp()("The goods are on the Controlled Goods List of Ruritania.")
    >>> [c.text for c in named_regimes(doc, [])]
    ['Controlled Goods List']
    """
    words = measure_words()
    heads = words.words("regime_heads") | words.words("regime_openers")
    cues = words.words("regime_words")
    text = doc_text(doc)
    out: list[Candidate] = []
    for tok in doc_tokens(doc):
        if tok.text not in heads:
            continue
        span = _regime_span(tok)
        if span is None:
            continue
        start, end = doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1])
        name_words = {t.lower_ for t in doc[span[0] : span[1]]}
        overlapping = [c for c in found if c.start < end and start < c.end]
        if (not name_words & cues or in_heading(text, start, end)
                or any(c.method != "ner" for c in overlapping)):
            continue
        for cand in overlapping:
            found.remove(cand)
        out.append(Candidate(start, end, text[start:end], "Sanction", "ner"))
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
                return _subject_state(head, covering)
        if token.dep_ == "acl" and token.tag_ == "VBG":  # "[South Korea] imposing curbs"
            return _subject_state(token.head, covering)
        up = token.dep_ in words.words("state_deps") or (
            token.dep_ == "relcl" and token.head.lemma_.lower() in actions)  # "steps to curb"
        if not up or token.head.i == token.i:
            return None
        controller = next((c for c in token.head.children if c.dep_ == "dobj"), None)
        if (token.dep_ == "xcomp" and controller is not None
                and controller.lemma_.lower() not in actions
                and token.head.lemma_.lower() not in words.words("order_verbs")):
            return None
        token = token.head
    return None


def _subject_state(head: Token, covering: dict[int, Candidate]) -> Candidate | None:
    """The state a subject names: itself, or one named in a generic subject ("[the US] and
    allied countries", "allies such as [Japan]")."""
    found = _state_at(head, covering) or next(
        (_state_at(t, covering) for t in subject_words(head)
         if _state_at(t, covering) is not None), None)
    if found is None and covering.get(head.idx) is None:  # a person: no company's title
        found = next((_state_at(t, covering) for t in title_country_words(head)
                      if _state_at(t, covering) is not None), None)
    return found


def subject_words(head: Token) -> list[Token]:
    """The words of a subject that name who acts: its head and the words listed with it or
    as its examples ("[the US] and allied [countries]", "[allies] such as [Japan]"), not
    possessors ("China's finance [ministry]": the ministry acts)."""
    out = []
    for token in head.subtree:
        path = token
        while path.i != head.i and (path.dep_ in ("conj", "nmod", "compound", "appos")
                                    or (path.dep_ == "pobj" and path.head.lower_ in (
                                        "like", "as", "including"))
                                    or path.lower_ in ("like", "as", "including")):
            path = path.head
        if path.i == head.i:
            out.append(token)
    return out


def reporting_state(verb: Token, covering: dict[int, Candidate]) -> Candidate | None:
    """The country or agency that announces what `verb` says ("the ministry said [it would
    restrict ...]", "the Dutch government announced that ASML will need a licence", "a curb
    [will take effect], the government said")."""
    reporting = measure_words().words("reporting_verbs")
    token = verb
    for _ in range(3):
        if token.dep_ not in ("ccomp", "conj", "xcomp") or token.head.i == token.i:
            return None
        if any(c.dep_ == "nsubj" and _state_at(c, covering) is not None
               for c in token.children):
            return None  # "the ministry said [the U.S.] was abusing export controls"
        token = token.head
        if token.lemma_.lower() in reporting:
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            cand = covering.get(subject.idx) if subject is not None else None
            return cand if cand is not None and cand.label in STATE_LABELS else None
    return None


def _state_at(token: Token, covering: dict[int, Candidate]) -> Candidate | None:
    """The country or agency named at `token`, if any."""
    cand = covering.get(token.idx)
    return cand if cand is not None and cand.label in STATE_LABELS else None


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
    for head in list(heads):
        heads += [t for c in head.children
                  if c.dep_ == "appos" and not indefinite_apposition(c)
                  for t in (c, *c.conjuncts)]
        heads += _set_off_goods(head)
        heads += [t for c in _produced(head) for t in (c, *c.conjuncts)]
    words = list(heads)
    for head in heads:
        words += [c for c in head.children if c.dep_ in ("compound", "amod", "poss")]
    return words + [t for t, _ in list_tail(words)]


def indefinite_apposition(token: Token) -> bool:
    """Whether `token` is an apposition that describes what it follows with an indefinite
    noun phrase ("graphite, [a key battery material]"), naming no goods of its own.

    >>> from loaders.nlp import get_nlp
    >>> indefinite_apposition(get_nlp()("China curbs graphite, a battery material.")[6])
    True
    """
    return token.dep_ == "appos" and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)


def list_tail(words: list[Token]) -> list[tuple[Token, bool]]:
    """The last member of a list of goods that the parser cut off ("exports of resists,
    hydrogen fluoride [and fluorinated polyimide] to South Korea", "fluorinated" read as a
    verb), each word with whether it is a destination ("to South Korea"): the words after
    "and"/"or" right after a list of `words` (members set off by a comma), up to a comma,
    another preposition or a clause.

    >>> from loaders.nlp import get_nlp
    >>> doc = get_nlp()("Japan restricted exports of resists, hydrogen fluoride and "
    ...                 "fluorinated polyimide to South Korea.")
    >>> [t.text for t, _ in list_tail([doc[4], doc[5], doc[6], doc[7]])][:2]
    ['fluorinated', 'polyimide']
    """
    if not words or not any(t.text == "," or t.dep_ in ("conj", "appos") for t in words):
        return []
    doc = words[0].doc
    last = max(t.i for t in words)
    if last + 2 >= len(doc) or doc[last + 1].lower_ not in ("and", "or"):
        return []
    if doc[last + 1].head in words:
        return []  # the parser read the list whole
    out: list[tuple[Token, bool]] = []
    destination = False
    for token in doc[last + 2 : last + 10]:
        if token.is_punct or token.pos_ in ("AUX", "PRON", "SCONJ", "CCONJ", "PART"):
            break
        if token.pos_ == "ADP":
            if token.lower_ != "to" or destination:
                break
            destination = True
        out.append((token, destination and token.pos_ in ("PROPN", "NOUN")))
    return out


def _produced(head: Token) -> list[Token]:
    """What a technology noun is for producing ("technologies for extracting [lithium]",
    "know-how for refining [rare earths]", also when the parser reads the verb as a
    modifier: "for [refining] gallium"): the goods a measure on the technology restricts.
    Their conjuncts are left to the caller."""
    words = measure_words()
    if head.lower_ not in words.words("technique_nouns"):
        return []
    production = words.words("production_verbs")
    holders = [head]
    if head.dep_ == "pobj" and head.head.head.lower_ in words.words("trade_nouns"):
        holders.append(head.head.head)  # "exports of technology [for processing] X"
    out: list[Token] = []
    for prep in (c for h in holders for c in h.children
                 if c.dep_ == "prep" and c.lower_ == "for"):
        for child in prep.children:
            if child.dep_ == "pcomp":
                out += [obj for verb in (child, *child.conjuncts)
                        if verb.lemma_.lower() in production
                        for obj in verb.children if obj.dep_ == "dobj"]
            elif child.dep_ == "pobj" and any(
                    m.dep_ in ("compound", "amod") and _gerund_of(m, production)
                    for m in child.children):
                out.append(child)
    return out


def _gerund_of(token: Token, verbs: frozenset[str]) -> bool:
    """Whether `token` is the -ing form of one of `verbs`, also when tagged a noun.

    >>> from loaders.nlp import get_nlp
    >>> _gerund_of(get_nlp()("refining")[0], frozenset({"refine"}))
    True
    """
    word = token.lower_
    stem = word.removesuffix("ing")
    return token.lemma_.lower() in verbs or (
        stem != word and bool({stem, f"{stem}e", stem[:-1]} & verbs))


def _set_off_goods(head: Token) -> list[Token]:
    """The goods a category noun is named by after a comma ("exports of two metals widely
    used in chips, gallium and germanium"), however the parser attached them."""
    if head.lower_ not in measure_words().words("category_nouns"):
        return []
    subtree = list(head.subtree)
    comma = next((t for t in subtree if t.text == "," and t.i > head.i), None)
    if comma is None:
        return []
    return [t for t in subtree if t.i > comma.i and t.pos_ in ("NOUN", "PROPN")]


def _imposer_properties(state: Candidate | None, doc: Doc,
                        covering: dict[int, Candidate]) -> dict[str, Any]:
    """ "country" of a measure a state imposes, or "countries" when states coordinated with
    it impose it jointly ("the U.S., Japan and the Netherlands imposed curbs")."""
    if state is None:
        return {}
    span = doc.char_span(state.start, state.end, alignment_mode="expand")
    tokens = [span.root, *span.root.conjuncts, *accompanying(span.root)] if span is not None else []
    states = [covering.get(t.idx) for t in tokens] + listed_with(state, doc_text(doc), covering)
    named = sorted((s for s in states if s is not None and s.label in STATE_LABELS),
                   key=lambda s: s.start)
    countries = [c for c in (_state_country(s) for s in named) if c]
    countries = list(dict.fromkeys(countries or [_state_country(state) or ""]))
    if len(countries) > 1:
        return {"countries": countries}
    return {"country": countries[0]} if countries[0] else {}


def accompanying(subject: Token) -> list[Token]:
    """The words "along with" or "together with" attach to a subject or to its verb ("The
    U.S. has banned Huawei, along with Australia and Canada": Australia and Canada impose
    the ban jointly with the U.S.).

    >>> from loaders.nlp import get_nlp
    >>> doc = get_nlp()("Japan, together with the Netherlands, restricted exports of tools.")
    >>> [t.text for t in accompanying(doc[0])]
    ['Netherlands']
    """
    out: list[Token] = []
    for owner in (subject, subject.head):
        for prep in owner.children:
            if prep.dep_ != "prep":
                continue
            if prep.lower_ == "along":
                prep = next((c for c in prep.children if c.lower_ == "with"), prep)
            elif not (prep.lower_ == "with" and any(
                    c.lower_ in ("together", "along") for c in prep.children)):
                continue
            if prep.lower_ == "with":
                out += [t for c in prep.children if c.dep_ == "pobj" for t in (c, *c.conjuncts)]
    return out


LIST_GAP_BEFORE = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?$",
                             re.IGNORECASE)
LIST_GAP_AFTER = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?",
                            re.IGNORECASE)


def listed_with(state: Candidate, text: str, covering: dict[int, Candidate]) -> list[Candidate]:
    """The states written in one list with `state`, whatever the parse ("allied nations like
    Japan, the Netherlands, and South Korea imposing similar curbs": Japan and the
    Netherlands with South Korea): neighbours separated only by commas, "and", "or", "the",
    with an "and" or "or" among them.
    """
    out: list[Candidate] = []
    gaps: list[str] = []
    current = state
    while (gap := LIST_GAP_BEFORE.search(text[max(0, current.start - 12) : current.start])):
        before = covering.get(current.start - len(gap.group(0)) - 1)
        if before is None or before.label not in STATE_LABELS or before in out:
            break
        out.append(before)
        gaps.append(gap.group(0))
        current = before
    current = state
    while (gap := LIST_GAP_AFTER.match(text, current.end)) and gap.end() > current.end:
        after = covering.get(gap.end())
        if after is None or after.label not in STATE_LABELS or after.start != gap.end():
            break
        out.append(after)
        gaps.append(gap.group(0))
        current = after
    joined = any(re.search(r"\b(?:and|or)\b", g, re.IGNORECASE) for g in gaps)
    return out if joined else []  # "from the United States, the Dutch government": no list


def _state_country(state: Candidate) -> str | None:
    """The country of a state: itself, an agency's country, or the country its name opens
    with ("Chinese regime", "U.S. Treasury", "China's finance ministry")."""
    if state.label == "Country":
        return _name_of(state)
    country = state.known.properties.get("country") if state.known else None
    if not country:
        words = [w.removesuffix("'s").removesuffix("\u2019s") for w in _name_of(state).split()]
        demonyms = lexicon().mapping("demonyms")
        for surface in (" ".join(words[:2]), words[0]) if words else ():
            known = gazetteer().lookup(surface, "Country")
            country = demonyms.get(surface) or (known.name if known else None)
            if country:
                break
    return str(country) if country else None


def _hypothesis(verb: Token) -> str | None:
    """What makes an act only possible or considered, if anything: the modal ("could
    restrict") or the governing verb ("is weighing whether to ban", "lawmakers urged the
    administration to restrict", "Japan plans to curb")."""
    words = measure_words()
    token = verb
    for _ in range(3):
        modal = next((c for c in token.children if c.dep_ == "aux"
                      and c.lower_ in words.words("hypothetical_words")), None)
        if modal is not None:
            return modal.lower_
        if token.dep_ not in ("xcomp", "ccomp", "conj") or token.head.i == token.i:
            return None
        token = token.head
        if token.lemma_.lower() in words.words("hypothetical_verbs"):
            return token.lemma_.lower()
    return None


def considered_act(verb: Token) -> bool:
    """Whether a state's act is only possible or considered, not intended nor done ("could
    put Huawei on its list", "is considering adding CXMT to the Entity List"; not "plans to
    restrict", which names a measure the document may assert elsewhere).

    >>> from loaders.nlp import get_nlp
    >>> considered_act(get_nlp()("The EU could put Huawei on its sanctions list.")[3])
    True
    """
    hypothesis = _hypothesis(verb)
    return hypothesis is not None and hypothesis not in measure_words().words("intending_verbs")


def _stops_trade(verb: Token) -> bool:
    """Whether a stopping verb stops trade ("ordered firms to stop [buying] Nvidia chips")."""
    trade = measure_words().words("trade_verbs")
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in trade for c in verb.children)


def _barred_goods(verb: Token) -> list[Token]:
    """What the object of a preventing verb is kept from doing something with ("barred
    Huawei [from buying] [advanced chips]", "blocked SMIC from acquiring [tools]")."""
    return [c for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "from"
            for act in prep.children if act.dep_ == "pcomp"
            for c in act.children if c.dep_ == "dobj"]


def barred_sellers(verb: Token) -> list[Token]:
    """Whom the object of a preventing verb is kept from buying from ("barred operators from
    purchasing [from] [Micron]", "banned carriers from sourcing gear from [Huawei] and [ZTE]"):
    the measure is aimed at them.

    >>> from loaders.nlp import get_nlp
    >>> doc = get_nlp()("China barred operators from buying chips from Micron.")
    >>> [t.text for t in barred_sellers(doc[1])]
    ['Micron']
    """
    trade = measure_words().words("trade_verbs")
    return [t for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "from"
            for act in prep.children if act.dep_ == "pcomp" and act.lemma_.lower() in trade
            for bought in (act, *(c for c in act.children if c.dep_ == "dobj"))
            for source in bought.children if source.dep_ == "prep" and source.lower_ == "from"
            for pobj in source.children if pobj.dep_ == "pobj" for t in (pobj, *pobj.conjuncts)]


def verb_measures(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """Sanction candidates for acts of a state that are measures, at the verb.

    "China restricts exports of gallium and germanium to the United States", "exports of
    chipmaking tools have been restricted by the United States", "Washington blacklisted
    YMTC": the state is the imposer, the goods and the listed or destination entities the
    objects. A negated or hypothetical act, or one with no named object, is no measure; an
    intended one ("Japan plans to curb exports of chips") is a mention of a measure only
    when the document asserts that measure too (:func:`group_measures`).
    """
    words = measure_words()
    verbs = words.data["verbs"]
    covering = _covering(found)
    out: list[Candidate] = []
    for tok in doc_tokens(doc):
        lemma = tok.lemma_.lower()
        if tok.pos_ != "VERB" or lemma not in verbs or tok.idx in covering:
            continue
        hypothesis = _hypothesis(tok)
        intended = hypothesis in words.words("intending_verbs")
        if any(c.dep_ == "neg" for c in tok.children) or (hypothesis and not intended):
            continue
        if _designates_role(tok):
            continue  # "designated Huawei a national champion": no sanction
        freezing = lemma in words.words("freezing_verbs")
        if freezing and not any(c.dep_ in ("dobj", "nsubjpass")
                                and c.lower_ in words.words("asset_nouns") for c in tok.children):
            continue  # "froze the assets of X" sanctions X; "froze hiring" does not
        licences = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")
                    and c.lower_ in words.words("licence_nouns")]
        if lemma in words.words("revoking_verbs") and not licences:
            continue  # "withdrew from the talks": no measure; "revoked its licences": one
        state = _acting_state(tok, covering)
        if state is None:
            continue
        objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "dative")]
        objects = objects or [c for x in tok.children if x.dep_ == "xcomp"
                              for c in x.children if c.dep_ == "dobj"]  # "stop buying X"
        if not objects and tok.dep_ == "acl" and tok.tag_ == "VBN":  # "SMIC, the chipmaker
            # [blacklisted] by Washington": what the participle describes
            objects = [tok.head] + ([tok.head.head] if tok.head.dep_ == "appos" else [])
        if tok.dep_ == "relcl" and any(o.tag_ == "WDT" for o in objects):  # "Sugon, which
            # was blacklisted", "SMIC, which Washington blacklisted"
            objects = [o for o in objects if o.tag_ != "WDT"] + [tok.head]
        barred = _barred_goods(tok)
        sellers = barred_sellers(tok)
        if barred or sellers:  # "barred [telecom operators] from buying": the parties kept
            objects = [o for o in objects if o.lemma_.lower() not in words.words("party_nouns")]
        barred += sellers
        trading = any(o.lower_ in words.words("trade_nouns") for o in objects)
        if lemma in words.words("preventing_verbs") and not (barred or trading):
            continue  # "blocked the merger": no measure; "barred X from buying Y": one
        if lemma in words.words("stopping_verbs") and not (trading or _stops_trade(tok)):
            continue  # "the US ceased mining tungsten": no measure
        objects += barred
        object_words = ([t for o in licences for t in licensed_words(o)] if licences
                        and lemma in words.words("revoking_verbs")
                        else [t for o in objects for t in _object_words(o)])
        named = [c for c in _candidates_in(object_words, covering)
                 if c.label in OBJECT_LABELS and c is not state]
        if lemma in words.words("listing_verbs"):  # "it was blacklisted by the U.S.",
            named += [c for o in objects if o.dep_ == "nsubjpass" and o.lower_ == "it"
                      for c in _antecedent_company(o, found)]
            named += [c for c in _candidates_in(listing_examples(tok.sent, False), covering)
                      if c.label == "Company" and c.start > tok.idx]  # "140 firms, among
            # them Naura"
        named = list({id(c): c for c in named}.values())  # "blacklisted three firms: A, B
        # and C": each once
        if lemma in words.words("company_only_verbs"):  # "designated three firms"
            named = [c for c in named if c.label == "Company"]
        if not named and not freezing:
            continue
        measure = str(verbs[lemma])
        if any(o.lower_ in words.words("export_nouns") for o in objects) and " " not in measure:
            measure = f"export {measure}"
        props: dict[str, Any] = {"kind": measure, **_imposer_properties(state, doc, covering)}
        if intended:
            props["intended"] = True
        goods_named = [c for c in named if c.label in GOODS_LABELS]
        if lemma in words.words("listing_verbs") and not goods_named:  # "blacklisting of YMTC"
            goods_named = [c for c in named if c.label == "Company"]
        props["goods_text"] = [_worded(doc, c) for c in goods_named]
        out.append(Candidate(tok.idx, tok.idx + len(tok), tok.text, "Sanction", "verb",
                             properties=props, objects=tuple(_name_of(c) for c in goods_named)))
    return out + _headline_acts(doc, covering) + _denials(doc, covering)


def divestment_orders(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """Sanction candidates for a state's order that firms divest, at the ordering verb:
    "Canada ordered three Chinese firms, A, B and C, to divest", "the UK told Nexperia to sell
    its stake in Newport Wafer Fab": a divestment order of that state on the firms ordered.
    A firm's own sale, a negated or only possible order, and an order to sell goods are none.

    >>> from loaders.nlp import get_nlp
    >>> from loaders.entities import ruler_candidates
    >>> doc = get_nlp()("Canada ordered Sinomine to divest its stake in Tanco.")
    >>> found = ruler_candidates(doc, gazetteer())
    >>> [(c.text, c.properties["kind"]) for c in divestment_orders(doc, found)]
    [('ordered', 'divestment order')]
    """
    words = measure_words()
    covering = _covering(found)
    out: list[Candidate] = []
    for tok in doc_tokens(doc):
        if tok.dep_ != "xcomp":
            continue
        order, lemma = tok.head, tok.lemma_.lower()
        if (lemma not in words.words("divesting_verbs")
                or order.lemma_.lower() not in words.words("order_verbs")
                or order.idx in covering):
            continue
        if lemma != "divest" and not any(c.dep_ == "dobj" and (c.lemma_.lower() in words.words(
                "divested_objects") or c.lower_ in ("%", "percent")) for c in tok.children):
            continue  # "told Nexperia to sell its stake / 86% of X", not "to sell chips"
        if any(c.dep_ == "neg" for c in order.children) or considered_act(order):
            continue
        state = _acting_state(order, covering)
        ordered = [t for c in order.children if c.dep_ == "dobj" for t in _object_words(c)]
        named = [c for c in _candidates_in(ordered, covering) if c.label == "Company"]
        if state is None or not named:
            continue
        props = {"kind": "divestment order", **_imposer_properties(state, doc, covering)}
        out.append(Candidate(order.idx, order.idx + len(order), order.text, "Sanction", "verb",
                             properties=props, objects=tuple(_name_of(c) for c in named)))
    return out


def licensed_words(licence: Token) -> list[Token]:
    """The words of what a revoked licence was for: its goods, destination and buyer, not its
    holder nor whom the goods are bought from.

    >>> from loaders.nlp import get_nlp
    >>> doc = get_nlp()("The US revoked Intel's licences that let Huawei buy chips from TSMC.")
    >>> [t.text for t in licensed_words(doc[5])]
    ['licences', 'that', 'let', 'Huawei', 'buy', 'chips']
    """
    left_out = {t.i for c in licence.subtree if (c.dep_ == "poss" and c.head.i == licence.i)
                or (c.dep_ == "prep" and c.lower_ == "from") for t in c.subtree}
    return [t for t in licence.subtree if t.i not in left_out]


def _designates_role(verb: Token) -> bool:
    """Whether "designate" gives its object a role ("designated Huawei [a national
    champion]", "designated SMIC [as] a key enterprise") rather than sanctioning it.

    >>> from loaders.nlp import get_nlp
    >>> doc = get_nlp()("Beijing designated SMIC as a key enterprise.")
    >>> _designates_role(doc[1])
    True
    """
    if verb.lemma_.lower() != "designate":
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(c.dep_ in ("oprd", "xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "as")
               for c in verb.children) or any(
        c.dep_ == "appos" for o in objects for c in o.children)


def denied_trade(verb: Token) -> list[Token]:
    """The words of the trade a state does not permit, if `verb` denies a permission: the
    goods and destination of "has not allowed ASML to deliver EUV machines to Chinese
    customers", "will no longer allow Nvidia to sell H20 chips to China", "the export of
    gallium to the United States shall not be permitted" (a ban)."""
    words = measure_words()
    negated = any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "longer")
                  for c in verb.children)
    if verb.lemma_.lower() not in words.words("permission_verbs") or not negated:
        return []
    shipping = words.words("shipping_verbs")
    trade = words.words("trade_nouns")
    acts = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")
            and c.lemma_.lower() in shipping]
    out = [t for act in acts for c in act.children
           if c.dep_ in ("dobj", "dative", "prep") for t in c.subtree]
    out += [t for c in verb.children if c.dep_ == "nsubjpass"
            and any(w.lower_ in trade for w in c.subtree) for t in c.subtree]
    return sorted(out, key=lambda t: t.i)


def denier_words(verb: Token) -> list[Token]:
    """The words of the state that denies a permission: the subject of the verb, or of the
    verb that reports it ("..., the ministry said")."""
    reporting = measure_words().words("reporting_verbs")
    holder = verb.head if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in reporting else verb
    return [t for c in holder.children if c.dep_ == "nsubj" for t in subject_words(c)]


def _denials(doc: Doc, covering: dict[int, Candidate]) -> list[Candidate]:
    """Bans stated as a permission a state denies (:func:`denied_trade`)."""
    out: list[Candidate] = []
    for tok in doc_tokens(doc):
        words = denied_trade(tok) if tok.pos_ == "VERB" else []
        state = (_acting_state(tok, covering) or reporting_state(tok, covering)) if words else None
        named = [c for c in _candidates_in(words, covering) if c.label in GOODS_LABELS]
        if state is None or not named or tok.idx in covering:
            continue
        props = {"kind": "export ban", **_imposer_properties(state, doc, covering),
                 "goods_text": [_worded(doc, c) for c in named]}
        out.append(Candidate(tok.idx, tok.idx + len(tok), tok.text, "Sanction", "verb",
                             properties=props, objects=tuple(_name_of(c) for c in named)))
    return out


def _headline_acts(doc: Doc, covering: dict[int, Candidate]) -> list[Candidate]:
    """Measure verbs of title-case headlines, which the parser reads as names ("U.S.
    [Restricts] Export of AI Chips to China"): the headline's state imposes a measure on the
    goods the headline names after the verb."""
    words = measure_words()
    forms = words.data["headline_acts"]
    out: list[Candidate] = []
    for tok in doc_tokens(doc):
        if not tok.is_title:
            continue
        lemma = forms.get(tok.lower_)
        if lemma is None and tok.i and tok.doc[tok.i - 1].lower_ == "to":  # "Japan To [Curb]"
            lemma = forms.get(f"{tok.lower_}s")
        state = _headline_state(tok, covering) if lemma else None
        if state is None or tok.idx < state.end:
            continue
        rest = headline_object_words(tok)
        named = _candidates_in(rest, covering)
        goods = tuple(_name_of(c) for c in named if c.label in GOODS_LABELS)
        if lemma in words.words("listing_verbs"):  # "US Blacklists China's YMTC"
            goods = tuple(_name_of(c) for c in named if c.label == "Company")
        noun = covering.get(tok.idx)  # "China Bans Exports of Gallium": read as a noun
        if noun is not None and noun.label == "Sanction" and not noun.objects:
            noun.objects = goods
        if not goods or noun is not None:
            continue
        measure = str(words.data["verbs"][lemma])
        if rest and rest[0].lower_ in words.words("export_nouns") | {"export"}:
            measure = f"export {measure}" if " " not in measure else measure
        props = {"kind": measure, **_imposer_properties(state, doc, covering)}
        out.append(Candidate(tok.idx, tok.idx + len(tok), tok.text, "Sanction", "verb",
                             properties=props, objects=goods))
    return out


def headline_object_words(verb: Token) -> list[Token]:
    """The words after a headline's measure word that say what it is on, up to a word that
    opens something else ("US Blacklists China's YMTC [in] Crackdown on AI Chip Sector")."""
    stops = measure_words().words("headline_stops")
    out: list[Token] = []
    for token in verb.sent[verb.i - verb.sent.start + 1 :]:
        if token.lower_ in stops:
            break
        out.append(token)
    return out


def _worded(doc: Doc, cand: Candidate) -> str:
    """The noun phrase the text names goods with, around the candidate for them
    ("[advanced semiconductor technology]" for the "semiconductor" in it).

    >>> from loaders.nlp import get_nlp
    >>> doc = get_nlp()("It restricts advanced semiconductor technology.")
    >>> _worded(doc, Candidate(22, 35, "semiconductor", "Technology", "gazetteer"))
    'advanced semiconductor technology'
    """
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None:
        return cand.text
    head = span.root.head if span.root.dep_ in ("compound", "amod") else span.root
    first = head
    for child in reversed([c for c in head.lefts if c.dep_ in ("compound", "amod", "nmod")]):
        if child.i != first.i - 1:
            break
        first = child
    return doc_text(doc)[min(first.idx, cand.start) : max(head.idx + len(head), cand.end)]


def _antecedent_company(pronoun: Token, found: list[Candidate]) -> list[Candidate]:
    """The company "it" stands for: the latest one named before it in its sentence or the
    one before ("YMTC is China's biggest memory chipmaker. It was blacklisted in 2022")."""
    sent = pronoun.sent
    start = pronoun.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    before = [c for c in found if c.label == "Company" and start <= c.start < pronoun.idx]
    return [max(before, key=lambda c: c.start)] if before else []


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
    rate: str | None = None  # "25 percent": a tariff at another rate is another tariff


def _kind(cand: Candidate) -> str:
    source = cand.known.properties if cand.known else cand.properties
    return str(source.get("kind", "export controls"))


def _country(cand: Candidate) -> str | None:
    source = cand.known.properties if cand.known else cand.properties
    country = source.get("country")
    return str(country) if country else None


def _distinct(doc: Doc, cand: Candidate) -> bool:
    """Whether the words right before the mention say it is another measure ("earlier
    limits"), or the mention is what another is compared with ("these measures fall short
    [of] the mineral export bans", "tougher [than] the 2022 rules")."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None:
        return False
    words = measure_words()
    before = doc[max(0, span.start - 2) : span.start]
    prep = span.root.head
    compared = span.root.dep_ == "pobj" and (
        prep.lower_ in words.words("comparison_words")
        or prep.head.lemma_.lower() in words.words("comparison_words"))
    return compared or any(t.lower_ in words.words("distinct_markers") for t in before)


YEAR = re.compile(r"(?:19|20)\d\d")
CLAUSE_DEPS = frozenset({"relcl", "advcl", "ccomp", "conj", "appos"})


def mention_rate(doc: Doc, cand: Candidate) -> str | None:
    """The rate a mention's own noun phrase gives its measure ("a 25 percent tariff", "the
    100% duties", "tariffs on tungsten, set at 25%", "a tariff of 35%"), as a number: a
    tariff at another rate is another tariff.

    >>> from loaders.nlp import get_nlp
    >>> doc = get_nlp()("Canada set a 25 percent tariff on steel.")
    >>> mention_rate(doc, Candidate(23, 29, "tariff", "Sanction", "pattern"))
    '25'
    """
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None:
        return None
    head = span.root
    for token in head.subtree:
        if token.lower_ not in ("%", "percent") or token.i == 0 or not doc[token.i - 1].like_num:
            continue
        between = [a for a in token.ancestors if a.i != head.i and head.is_ancestor(a)]
        if not any(a.dep_ in CLAUSE_DEPS for a in [token, *between]):
            return doc[token.i - 1].text
    return None


def mention_year(doc: Doc, cand: Candidate) -> int | None:
    """The year a mention dates its measure to: in its own phrase ("the 2023 export
    controls"), on the act itself ("in 2023 the US began restricting ..."), on the verb
    that put it in place ("imposed limitations in 2019") or that says it took effect ("the
    controls took effect in 2023"), not on one that changed it ("the curbs were tightened
    in 2023")."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None:
        return None
    head = span.root
    words = [t for t in head.subtree if t.dep_ not in ("relcl", "advcl")]
    words += [t for prep in _trailing_dates(head) for t in prep.subtree]
    acting = head
    while acting.pos_ == "VERB":  # "In 2023, the US began restricting exports of ...": the act
        words += [t for c in acting.children if c.dep_ in ("prep", "npadvmod")
                  for t in c.subtree]
        if acting.dep_ != "xcomp":
            break
        acting = acting.head
    verb = head.head
    if head.dep_ == "nsubj" and any(c.lower_ in ("effect", "force") for c in verb.subtree):
        words += [t for c in verb.children if c.dep_ in ("prep", "npadvmod")
                  for t in c.subtree]  # "the controls took effect in 2023"
    token = head
    for _ in range(3):
        if (token.dep_ not in ("dobj", "pobj", "prep", "nsubjpass", "acl")
                or token.head.i == token.i):
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
    """Whether a regime is its country's measure as such ("Japanese export controls"), not a
    law or list the country owns ("China's Export Control Law").

    >>> from loaders.gazetteer import gazetteer
    >>> _national(gazetteer().lookup("Export Control Law"))
    False
    """
    country = str(known.properties.get("country", ""))
    if not country:
        return False
    starts = (adjective(country) + " ", country + " ")
    return any(alias.startswith(starts) for alias in (known.name, *known.aliases))


def _fits(measure: _Measure, cand: Candidate) -> bool:
    """Whether `cand` can be a further mention of `measure`.

    A regime of the gazetteer takes the mentions that only refer back to it, and those of
    its country when it is that country's measure as such ("Japanese export controls").
    Otherwise the imposers must not differ, and a mention that names its own imposer and
    goods ("Chinese export controls on graphite") is another measure than one on other goods,
    also when that one is undated and the mention names its own year (a later mention's year
    does not date a measure on other goods).
    """
    country, objects = _country(cand), set(cand.objects)
    rate = cand.properties.get("rate")
    if rate and measure.rate and rate != measure.rate:
        return False  # "a 100 percent tariff on EVs" / "a 25 percent tariff on steel"
    joint = list(cand.properties.get("countries", []))
    if (joint and measure.country and measure.country not in joint) or (
            measure.countries and country and country not in measure.countries):
        return False  # "the U.S. and the EU announced tariffs" after Canada's tariffs
    considered = all(m.properties.get("possible") for m in measure.members)
    if bool(cand.properties.get("possible")) != considered and not (
            considered and _anaphor(cand)):
        return False  # "Washington weighs further curbs": not the curbs already in place
    year = _year(cand)
    if year and measure.year and year != measure.year:
        return False
    if (year and not measure.year and country and cand.known is None and measure.objects
            and cand.objects and not objects & set(measure.objects)):
        return False  # "the US clampdown since 2018 on chips" is not the undated one on AI
    if cand.known is not None:
        if measure.known is not None:
            return measure.known.id == cand.known.id
        named = _named_list(measure)  # "its export control list" is no "Unreliable Entity List"
        if named is not None and named not in {n.lower() for n in (cand.known.name,
                                                                    *cand.known.aliases)}:
            return False
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
    if country and measure.country is None and _aimed_elsewhere(measure, cand):
        return False  # "U.S. restrictions on trade with Huawei" after curbs on South Korea
    # "the Dutch government has not allowed ASML to deliver EUV machines": not its DUV rules
    own = (country is not None or bool(joint)) and (
        measure.country is None or cand.method == "verb") and bool(objects and measure.objects)
    return not own or bool(objects & set(measure.objects))


def _aimed_elsewhere(measure: _Measure, cand: Candidate) -> bool:
    """Whether `cand` and `measure` both name the countries they are aimed at, and these
    differ ("curbs on exports to South Korea" / "U.S. curbs on trade with China's Huawei")."""
    own = _targeted_countries(_Measure(measure.family, None, [], None, members=[cand]))
    theirs = _targeted_countries(measure)
    return bool(own and theirs and not own & theirs)


def _year(cand: Candidate) -> int | None:
    year = (cand.known.properties if cand.known else cand.properties).get("year")
    return int(year) if year else None


def _anaphor(cand: Candidate) -> bool:
    """A mention that names neither imposer nor goods nor rate ("the curbs", "export
    restrictions"; "a 34% tariff" describes a tariff of its own)."""
    return (cand.known is None and _country(cand) is None and not cand.objects
            and not cand.properties.get("rate"))


def _display(measure: _Measure) -> str:
    """The measure words of the name: the first mention's own ("export restrictions"), the
    kind for requirement and licence words and for a verb ("restricts": restrictions); a
    listing's list as the text words it ("added 28 firms to its export control list": the
    "export control list", even when a headline first called it "export controls")."""
    generic = measure_words().words("licence_nouns") | {
        "rules", "rule", "regulations", "regulation", "measures", "measure", "requirement",
        "requirements", "limits"}
    named = _named_list(measure)
    if named is not None:
        return named
    first = measure.members[0]
    words = first.text.lower().split()
    if first.method == "verb" or not words or words[-1] in generic or words == ["controls"]:
        return _kind(first)
    return " ".join(words)


def _named_list(measure: _Measure) -> str | None:
    """The words of the list a listing is named by, with the measure words right before it
    ("its [export control] [list]": "export control list"), if a mention names one; a bare
    "the list" names none ("new sanctions on 21 firms. The list includes ...")."""
    if not any(family(_kind(c)) == "listing" for c in measure.members):
        return None
    lists = measure_words().words("goods_list_heads")
    before: Candidate | None = None
    for cand in measure.members:
        words = cand.text.lower().split()
        if cand.method != "verb" and words and words[-1] in lists:
            joined = before is not None and before.start + len(before.text) + 1 == cand.start
            if before is not None and joined:
                return f"{before.text.lower()} {' '.join(words)}"
            if len(words) > 1:
                return " ".join(words)
        before = cand
    return None


def _families_meet(measure: _Measure, cand: Candidate) -> bool:
    """Same family; or a bare mention of sanctions or export controls of the imposer of
    the other, which news often call each other ("US sanctions" for U.S. export controls);
    or a sanctions list and the sanctions or listing of its imposer; or a bare list after
    a sanctions list."""
    kinds = {measure.family, family(_kind(cand))}
    if len(kinds) == 1:
        return True
    country = _country(cand)
    if kinds == {"listing", "sanctions"} and "sanctions list" in cand.text.lower():
        return country in (None, measure.country)  # "its sanctions list": the EU sanctions
    if kinds == {"listing", "sanctions"} and _anaphor(cand) and any(
            "sanctions list" in m.text.lower() for m in measure.members):
        return True  # "the EU sanctions list ... five firms on the list"
    return (kinds == {"export", "sanctions"} and cand.phrase is None
            and country is not None and country == measure.country)


def _antecedent(measures: list[_Measure], cand: Candidate) -> _Measure | None:
    """The measure `cand` is a further mention of, if any.

    Of the measures it fits, the latest one of its imposer, preferring one named with the
    same measure noun, then one on the goods it names. A bare mention ("the curbs")
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
    head = cand.text.lower().split()[-1]
    return max(reversed(fitting), default=None, key=lambda m: (
        any(n.method != "verb" and n.text.lower().split()[-1] == head for n in m.members),
        bool(set(cand.objects) & set(m.objects))))


def _salience(measure: _Measure, anaphor: Candidate) -> tuple[bool, int, int]:
    """How strongly an anaphor points to `measure`: named with its head word, how often a
    noun phrase named it, then how often anything did (a verb too: "China curbed exports").
    A verb names it with the noun of its kind ("the Dutch government revoked the licence
    ... the revocation", "China banned exports of gallium ... the ban")."""
    head = anaphor.text.lower().split()[-1].rstrip("s")
    nouns = [m for m in measure.members if m.method != "verb"]
    named = any(m.text.lower().split()[-1].rstrip("s") == head for m in nouns) or any(
        m.method == "verb" and _kind(m).split()[-1].rstrip("s") == head
        for m in measure.members)
    return (named, len(nouns), len(measure.members))


def group_measures(doc: Doc, cands: list[Candidate]) -> None:
    """Give every mention of one measure the same name and properties, or the same regime.

    Mentions are taken in text order; each joins the latest measure it fits (same family,
    no other imposer, shared or unstated goods; a regime of the gazetteer takes the mentions
    that only refer back to it), else starts a measure of its own. A measure only intended
    in all its mentions ("plans to curb") is none: its mentions leave `cands`.
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
        rate = mention_rate(doc, cand)
        if rate and cand.known is None:
            cand.properties["rate"] = rate
        aside = _distinct(doc, cand)
        chosen = None if aside else _antecedent(measures, cand)
        country = _country(cand)
        if chosen is None:
            chosen = _Measure(family(_kind(cand)), country, list(cand.objects), cand.known, aside)
            measures.append(chosen)
        else:
            if country not in _targeted_countries(chosen):  # "tariffs on Chinese chips ...
                chosen.country = chosen.country or country  # the China tariffs": not China's
            chosen.objects = chosen.objects or list(cand.objects)
            chosen.known = chosen.known or cand.known
        chosen.countries = chosen.countries or list(cand.properties.get("countries", []))
        chosen.year = chosen.year or _year(cand)
        chosen.rate = chosen.rate or cand.properties.get("rate")
        chosen.members.append(cand)
    _join_headline_measures(doc, measures)
    intended = [c for m in measures if all(c.properties.get("intended") for c in m.members)
                for c in m.members]  # "Japan plans to curb ..." and nothing more
    cands[:] = [c for c in cands if c not in intended]
    for measure in measures:
        _name_members(measure)


def _join_headline_measures(doc: Doc, measures: list[_Measure]) -> None:
    """A measure named only in the headline is the first one of the body by the same
    imposer and of the same family, whatever goods each names ("China to restrict exports
    of chipmaking metals" / "China will restrict exports of gallium and germanium").
    Sanctions or a blacklisting of the headline with no such measure in the body are the
    body's first list of that imposer ("China sanctions US defense firms" / "placed 11
    companies on its unreliable entity list")."""
    text = doc_text(doc)
    headline_end = text.find("\n")
    if headline_end <= 0:
        return
    for measure in list(measures):
        if measure.known is not None or measure.country is None or not all(
                m.end <= headline_end for m in measure.members):
            continue
        body_measures = [other for other in measures if other.members[0].start > headline_end
                         and not other.aside and other.country == measure.country]
        body = next((other for other in body_measures
                     if other.family == measure.family and other.known is None), None)
        if body is None and measure.family in ("sanctions", "listing"):
            body = next((other for other in body_measures
                         if other.family == "listing" and other.known is not None), None)
        if body is not None:
            body.members[:0] = measure.members
            body.year = body.year or measure.year
            measures.remove(measure)


def _targeted_countries(measure: _Measure) -> set[str]:
    """The countries the phrases of a measure's mentions name after the measure noun, as
    targets or origins of the goods ("tariffs on Chinese chips", "curbs on exports to the
    U.S."): not the measure's imposer.

    >>> m = _Measure("tariff", None, [], None, members=[Candidate(
    ...     0, 7, "tariffs", "Sanction", "pattern", phrase="tariffs on Chinese chips")])
    >>> sorted(_targeted_countries(m))
    ['China']
    """
    demonyms = lexicon().mapping("demonyms")
    gaz = gazetteer()
    out: set[str] = set()
    for cand in measure.members:
        words = re.findall(r"[\w.'-]+", (cand.phrase or "")[len(cand.text):])
        for i, word in enumerate(words):
            for surface in (" ".join(words[i : i + 2]), word.removesuffix("'s")):
                known = gaz.lookup(surface, "Country")
                country = demonyms.get(surface) or (known.name if known else None)
                if country:
                    out.add(str(country))
    return out


def _name_members(measure: _Measure) -> None:
    """Name every mention of `measure` after it ("<imposers> <measure> on <goods> (<year>)");
    the name without its year and with the goods as the text words them ("U.S. restrictions
    on advanced semiconductor technology") become further surfaces."""
    if measure.known is not None:
        for cand in measure.members:
            cand.known = measure.known
        return
    kinds = [_kind(cand) for cand in measure.members]
    # a measure any mention of which lists companies ("its export control list") is a listing
    kind = next((k for k in kinds if family(k) == "listing"), kinds[0])
    props: dict[str, Any] = {"kind": kind}
    if measure.country:
        props["country"] = measure.country
    if measure.countries and not measure.country:
        props["countries"] = measure.countries
    targeted = sorted(_targeted_countries(measure) - {measure.country, *measure.countries})
    if targeted:
        props["on_countries"] = targeted
    if all(c.properties.get("possible") for c in measure.members):
        props["possible"] = True  # "potential 25% U.S. tariffs": imposed by no one
    objects = measure.objects or next(
        (list(c.properties["goods"]) for c in measure.members if c.properties.get("goods")), [])
    if objects:
        props["object"] = join_names(objects)
    if measure.year:
        props["year"] = measure.year
    imposers = [measure.country] if measure.country else measure.countries
    bare = measure_name(imposers, _display(measure), objects)
    name = f"{bare} ({measure.year})" if measure.year else bare
    worded = next((list(c.properties["goods_text"]) for c in measure.members
                   if c.properties.get("goods_text") and list(c.objects) == objects), objects)
    as_worded = measure_name(imposers, _display(measure), worded)
    dated = f"{as_worded} ({measure.year})" if measure.year else as_worded
    variants = {bare, as_worded, dated} - {name}
    synonyms = measure_words().words("synonymous_measures")
    if _display(measure) in synonyms:
        variants |= {measure_name(imposers, other, objects) for other in synonyms} - {name}
    for cand in measure.members:
        cand.name, cand.properties = name, dict(props)
    first = measure.members[0]  # the name without its year, with the goods as worded
    first.surfaces = (*first.surfaces, *sorted(variants))


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
        if word.dep_ not in ("amod", "compound", "advmod") or tok.i not in (
                word.head.i, word.head.head.i):  # "the [most] recent additions"
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
    before ("the restrictions", "these curbs", "similar curbs", "the package" after "a
    package of export controls"), those a state imposes
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
    containers = words.words("container_nouns")
    containers_used: set[str] = set()  # containers of measures named so far
    anaphors, standalone_heads = words.words("anaphor_heads"), words.words("standalone_heads")
    doers = words.words("measure_subject_verbs") | words.words("imposing_verbs")
    fee_heads, fee_kinds = words.words("fee_heads"), words.words("fee_kinds")
    nouns = licences | containers | anaphors | standalone_heads | fee_heads | set(heads)
    # (each reading below needs its noun to be one of these)
    out: list[Candidate] = []
    for tok in doc_tokens(doc):
        head = tok.lower_
        holder = _container(tok) if tok.idx in covering or head in heads else None
        if holder is not None:
            containers_used.add(holder.lower_)
        if head not in nouns or tok.idx in covering or tok.pos_ not in ("NOUN", "PROPN") or (
                not aimed_at_trade(tok)):
            continue
        required = (head in licences and tok.dep_ in ("dobj", "nsubjpass")
                    and tok.head.lemma_.lower() in words.words("licence_verbs")
                    and not _measure_subject(tok.head, heads))
        measure_noun = head in heads or head in anaphors
        referring = (head in anaphors and first_measure is not None
                     and first_measure < tok.idx and _opener(tok) is not None) or (
            head in containers and _opener(tok) is not None and tok.dep_ != "compound"
            and head in containers_used)  # "a new package of controls ... the package"
        imposed = measure_noun and _imposing_state(tok, covering) is not None
        acting = measure_noun and any(
            c.dep_ in ("acl", "relcl") and c.lemma_.lower() in doers for c in tok.children
        )
        standalone = head in standalone_heads and tok.tag_ in ("NNS", "NN") and not (
            tok.dep_ == "compound" and tok.head.lower_ in words.words("talk_nouns"))
        fee = None if head not in fee_heads else next(  # "port fees"
            (c for c in tok.children if c.dep_ == "compound" and c.lower_ in fee_kinds), None)
        subject = measure_noun and tok.dep_ == "nsubj" and (
            tok.head.lemma_.lower() in words.words("measure_subject_verbs")
            or any(c.lower_ in ("effect", "force") for c in tok.head.subtree
                   if c.dep_ in ("dobj", "pobj") and c.head.i in (tok.head.i, *(
                       p.i for p in tok.head.children if p.dep_ == "prep"))))
        if not (required or referring or imposed or acting or standalone or subject
                or fee is not None):
            continue
        if required:
            state = (_acting_state(tok.head, covering) or reporting_state(tok.head, covering))
        else:
            state = _imposing_state(tok, covering) or _owner_state(tok, covering)
        kind = heads.get(head, "export controls")
        kind = "export controls" if _lists_goods(tok, covering) else kind
        kind = kind if fee is None else f"{fee.lower_} fees"  # its own family: fees
        props = {"kind": kind, **_imposer_properties(state, doc, covering)}
        start = tok.idx if fee is None else fee.idx
        out.append(Candidate(start, tok.idx + len(tok), doc_text(doc)[start : tok.idx + len(tok)],
                             "Sanction", "pattern", properties=props))
        first_measure = tok.idx if first_measure is None else first_measure
    return out


def _measure_subject(verb: Token, heads: dict[str, str]) -> bool:
    """Whether the subject of `verb` (or of the verb it is listed with) is a measure noun:
    a licence such a measure requires is part of that measure, not another one ("the
    controls take effect in May and require licences for exports of gallium").

    >>> from loaders.nlp import get_nlp
    >>> doc = get_nlp()("The rules require licences for exports of gallium.")
    >>> _measure_subject(doc[2], lexicon().mapping("sanction_heads"))
    True
    """
    nouns = set(heads) | measure_words().words("anaphor_heads")
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return any(c.dep_ == "nsubj" and c.lower_ in nouns for v in verbs for c in v.children)


def _container(head: Token) -> Token | None:
    """The collective noun a measure noun is the content of ("a sweeping [set] of
    regulations", "a new [package] of chip export controls")."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i:
        return None
    holder = prep.head
    return holder if holder.lower_ in measure_words().words("container_nouns") else None


def _left_edges(head: Token, first: Token) -> list[Token]:
    """Where the noun phrase of a measure noun may start: at each of the modifiers right
    before it ("[new] [chip] export curbs", "[sweeping] [U.S.] export controls"), a rate
    with its number ("[25]% U.S. tariffs")."""
    edges = [first]
    doc = head.doc
    while len(edges) <= 4 and edges[-1].i > 0:
        word = doc[edges[-1].i - 1]
        rate = word.like_num and edges[-1].text in ("%", "percent")
        modifier = word.dep_ in ("amod", "compound", "nmod", "npadvmod") and head.is_ancestor(word)
        if not (modifier or rate):
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


def _demonstrative_edges(first: Token) -> list[Token]:
    """A demonstrative right before the noun phrase of a measure ("[these] restrictions",
    "[this] ban"): annotators keep the phrase with it."""
    before = first.doc[first.i - 1] if first.i > 0 else None
    demonstratives = measure_words().words("demonstratives")
    return [before] if before is not None and before.lower_ in demonstratives else []


def _considered(head: Token) -> bool:
    """Whether a measure noun is only considered, urged or possible: the object of such a
    verb ("Washington weighs further curbs on chips", "lawmakers urged new sanctions") or
    of a modal verb ("the U.S. could impose tariffs"), or what such a verb threatens with
    ("Huawei was threatened with US sanctions")."""
    words = measure_words()
    verb = head.head if head.dep_ in ("dobj", "nsubjpass") else None
    if head.dep_ == "pobj" and head.head.lower_ == "with" and (
            head.head.head.lemma_.lower() == "threaten"):  # not "pushed ahead with curbs"
        verb = head.head.head
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.lemma_.lower() in words.words("amending_verbs"):
        return False  # "the restrictions may be relaxed": in place, only the change is possible
    hypothesis = _hypothesis(verb)
    possible = hypothesis is not None and hypothesis not in words.words("intending_verbs")
    if head.lower_ in words.words("licence_nouns") and (
            verb.lemma_.lower() in words.words("licence_verbs")):
        return possible  # "firms must [seek] licences to export gallium": the requirement
    considered = words.words("hypothetical_verbs") - words.words("intending_verbs")
    return verb.lemma_.lower() in considered or possible


def _intended(head: Token) -> bool:
    """Whether a measure noun is only pledged or planned: the object of such a verb or of
    a verb under one ("Trump has pledged to use tariffs", "Beijing plans new duties").
    Such a mention is a measure only when the document asserts the measure too
    (:func:`group_measures`).

    >>> from loaders.nlp import get_nlp
    >>> doc = get_nlp()("Trump has pledged to use tariffs.")
    >>> _intended(doc[5])
    True
    """
    intending = measure_words().words("intending_verbs")
    verb = head.head if head.dep_ in ("dobj", "nsubjpass") else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    return verb.lemma_.lower() in intending or _hypothesis(verb) in intending


def _governing_verb(token: Token) -> Token | None:
    """The nearest verb above `token` (its clause)."""
    for _ in range(4):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def pronoun_owner(head: Token, is_state: Callable[[Token], bool]) -> Token | None:
    """The state "its"/"their" before the measure noun `head` stands for: the nearest subject
    above it ("[the US] looks to close loopholes to its restrictions") or the state owner of
    a noun above it ("[China]'s decision to add firms to its list"), when that is a state and
    no other state comes before in its clause ("China criticised the US for its curbs":
    unsure); a state that only modifies a noun ("10 [US] companies") is no other owner.
    """
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in head.children):
        return None
    token = head
    for _ in range(6):
        if token.head.i == token.i:
            return None
        token = token.head
        subject = next((c for c in token.children if c.dep_ == "nsubj"
                        or (c.dep_ == "poss" and is_state(c))), None)
        if subject is not None and not is_state(subject):  # "[China]'s decision ... is"
            subject = next((c for c in subject.children if c.dep_ == "poss" and is_state(c)),
                           subject)
        if subject is not None:
            others = [t for t in token.subtree if t.i < head.i and is_state(t)
                      and t not in subject.subtree and t.dep_ not in ("compound", "amod")]
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
        if (child.dep_ in ("acl", "relcl")  # "rules issued by BIS", "bans that China imposed"
                and child.lemma_.lower() in measure_words().words("imposing_verbs")):
            return _acting_state(child, covering)
    return None


def headline_subject(token: Token, is_state: Callable[[Token], bool]) -> list[Token]:
    """The words of the state a title-case headline opens with when a headline verb follows
    it ("[China] Sets Restrictions on Antimony Exports", "[U.S.] Restricts Export of AI
    Chips"), if `token` is in such a headline: the parser reads such headlines poorly, their
    subject is the measure's imposer."""
    sent = token.sent
    words = [t for t in sent if t.is_alpha and not (t.is_stop and t.is_lower)]  # not "of"
    if len(words) < 3 or sum(t.is_title or t.is_upper for t in words) < 0.75 * len(words):
        return []
    start = sent.start + 1 if sent[0].lower_ == "the" and len(sent) > 1 else sent.start
    end = start
    while end < sent.end and is_state(token.doc[end]):
        end += 1
    verbs = measure_words().words("headline_verbs")
    if end + 1 < sent.end and token.doc[end].lower_ == "to" and _headline_base(
            token.doc[end + 1], verbs):  # "Japan [To Curb] Chip Equipment Exports"
        return list(token.doc[start:end]) if end < token.i else []
    if end == start or end >= sent.end or token.doc[end].lower_ not in verbs or end > token.i:
        return []
    return list(token.doc[start:end])


def _headline_base(token: Token, verbs: frozenset[str]) -> bool:
    """Whether `token` is the base form of a headline verb ("To [Curb]": "curbs")."""
    return token.is_title and bool({f"{token.lower_}s", f"{token.lower_}es"} & verbs)


def _headline_state(token: Token, covering: dict[int, Candidate]) -> Candidate | None:
    """The state of :func:`headline_subject`, as a candidate."""
    def is_state(word: Token) -> bool:
        cand = covering.get(word.idx)
        return cand is not None and cand.label in STATE_LABELS

    subject = headline_subject(token, is_state)
    return covering[subject[0].idx] if subject else None


def _retaliating_verb(head: Token) -> Token | None:
    """The verb by which a state hits back "with" the measure `head`, wherever the parser
    attached the "with" ("China [hits] back at US tariffs with mineral export curbs")."""
    words = measure_words()
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in ("with", "for"):
        return None
    reacting = words.words("targeting_verbs") | (
        words.words("reacting_verbs") | words.words("striking_verbs")
        if prep.lower_ == "with" else set())  # "targeted two firms [for] sanctions"
    return next((t for t in reversed(head.sent[: prep.i - head.sent.start])
                 if t.pos_ == "VERB" and t.lemma_.lower() in reacting), None)


def _retaliating_state(head: Token, covering: dict[int, Candidate]) -> Candidate | None:
    """The state that hits back with the measure `head` (:func:`_retaliating_verb`)."""
    verb = _retaliating_verb(head)
    return _acting_state(verb, covering) if verb is not None else None


def imposer_words(head: Token, is_state: Callable[[Token], bool]) -> list[Token]:
    """The words of the subject that puts the measure `head` in place: of the verb it is the
    object of ("[The US and allied countries] have imposed sanctions", "the bans that
    [China] imposed"), that hits back
    with it ("[China] hits back at US tariffs with mineral export curbs"), or of a title-case
    headline ("[China] Sets Restrictions on Antimony Exports"; `is_state` tells the words
    of countries and agencies)."""
    headline = headline_subject(head, is_state)
    if headline:
        return headline
    imposing = measure_words().words("imposing_verbs")
    verb = next((c for c in head.children if c.dep_ == "relcl"  # "the bans [that China imposed]"
                 and c.lemma_.lower() in imposing
                 and any(o.dep_ == "dobj" and o.lower_ in ("that", "which") for o in c.children)),
                None) or (head.head if head.dep_ == "dobj" else _retaliating_verb(head)
                          or _example_verb(head))
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] if verb else []
    return [t for c in subjects for t in (*subject_words(c), *title_country_words(c))]


def title_country_words(head: Token) -> list[Token]:
    """The country adjective of a named subject's title, who acts for that country
    ("[Canadian] Prime Minister Justin Trudeau announced a tariff")."""
    if head.pos_ != "PROPN":
        return []
    return [t for t in head.subtree if t.i < head.i and t.dep_ == "amod"
            and t.head.dep_ == "compound" and t.head.head.i == head.i]


def _example_state(head: Token, covering: dict[int, Candidate]) -> Candidate | None:
    """The state that takes the steps the measure `head` is given as an example of ("China
    announced several countermeasures, including a 15% tariff on coal", "one of several
    actions China has announced, including a 34% tariff", "Japan took steps such as a ban on
    exports of X").

    >>> from loaders.nlp import get_nlp
    >>> doc = get_nlp()("Japan took several steps, including a ban on exports of gallium.")
    >>> found = [Candidate(0, 5, "Japan", "Country", "ruler")]
    >>> _example_state(doc[7], _covering(found)).text
    'Japan'
    """
    verb = _example_verb(head)
    return _acting_state(verb, covering) if verb is not None else None


def _example_verb(head: Token) -> Token | None:
    """The verb by which a state takes the steps the measure `head` is an example of
    (:func:`_example_state`)."""
    words = measure_words()
    prep = head.head
    marker = prep.lower_ == "including" or (prep.lower_ == "as" and prep.i > 0
                                            and prep.nbor(-1).lower_ == "such")
    if head.dep_ != "pobj" or not marker:
        return None
    owner = prep.head if prep.lower_ == "including" else prep.nbor(-1).head
    imposing = words.words("imposing_verbs") | {"take"}
    if owner.lower_ == "one":  # "one of several actions China has announced"
        owner = next((o for p in owner.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj"), owner)
    if owner.pos_ == "VERB":
        verb: Token | None = owner
    elif owner.lemma_.lower() in words.words("action_nouns") | words.words("container_nouns"):
        verb = next((c for c in owner.children if c.dep_ == "relcl"), None) or (
            owner.head if owner.dep_ == "dobj" else None)
    else:
        verb = None
    return verb if verb is not None and verb.lemma_.lower() in imposing else None


def _imposing_state(head: Token, covering: dict[int, Candidate]) -> Candidate | None:
    """The state that imposes, announces or places the measure `head` is the object of
    ("China placed new export restrictions", "the U.S. unveiled a package of controls"),
    hits back with (:func:`_retaliating_state`) or a headline says it acts on
    (:func:`_headline_state`)."""
    words = measure_words()
    retaliating = (_retaliating_state(head, covering) or _headline_state(head, covering)
                   or _example_state(head, covering))
    if retaliating is not None:
        return retaliating
    token = head
    for _ in range(3):
        if token.dep_ not in ("dobj", "pobj", "prep", "nsubjpass") or token.head.i == token.i:
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
    germanium"; "these gallium export controls": goods (gallium, which name the measure
    but do not tell it from others), surfaces "gallium export controls", "these gallium
    export controls".
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
            cand.properties["goods_text"] = list(dict.fromkeys(
                _worded(doc, c) for c in goods or targets))
        if "country" not in cand.properties and "countries" not in cand.properties:
            verb = _governing_verb(head)
            state = (_imposing_state(head, covering) or _owner_state(head, covering)
                     or (reporting_state(verb, covering) if verb is not None else None))
            cand.properties.update(_imposer_properties(state, doc, covering))
        edges = _left_edges(head, span[0])
        possible = measure_words().words("possible_modifiers")
        if any(t.lower_ in possible for t in edges) or _considered(head):
            cand.properties["possible"] = True
        if _intended(head):
            cand.properties["intended"] = True
        modifiers = _candidates_in(list(doc[edges[-1].i : span[0].i]), covering)
        modifier_goods = [_name_of(c) for c in modifiers if c.label in GOODS_LABELS]
        if modifier_goods and not cand.objects:  # "gallium export controls": named so,
            cand.properties["goods"] = modifier_goods  # joins others
        container = _container(head)
        if container is not None:
            edges += _left_edges(container, container)
        text = doc_text(doc)
        end = end if end is not None and len(phrase) <= MAX_PHRASE_WORDS else None
        if end is not None and end > cand.end:
            cand.phrase = text[cand.start : end]
        edges += _possessor_edges(head, edges[-1]) + _demonstrative_edges(edges[-1])
        stops = (cand.end, end, _licence_end(head))
        forms = [text[edge.idx : stop] for edge in edges for stop in stops if stop]
        cand.surfaces = tuple(dict.fromkeys(f for f in forms if f not in (cand.text, cand.phrase)))


def _licence_end(head: Token) -> int | None:
    """Where the licence a requirement is for ends ("a requirement for [export licences]",
    "the requirement for a Strategic Trade Permit on ..."): that phrase names the measure.

    >>> from loaders.nlp import get_nlp
    >>> doc = get_nlp()("Seoul set a requirement for export licences on chips.")
    >>> doc.text[doc[2].idx : _licence_end(doc[3])]
    'a requirement for export licences'
    """
    licence = _required_licence(head)
    return licence.idx + len(licence) if licence is not None else None


def _required_licence(head: Token) -> Token | None:
    """The licence noun a requirement is for ("a requirement for export [licences]")."""
    if head.lemma_.lower() != "requirement":
        return None
    licences = measure_words().words("licence_nouns")
    return next((obj for prep in head.rights if prep.dep_ == "prep" and prep.lower_ == "for"
                 for obj in prep.children
                 if obj.dep_ == "pobj" and obj.lower_ in licences), None)


# --- reading the edges of a measure (used by loaders.relations) ---------------------------


def foreign_imposer(rel_type: str, start: Entity, end: Entity) -> bool:
    """Whether an IMPOSED edge would give a measure of one country to another's state.

    "The Chinese ministry said U.S. export controls hurt trade": the ministry did not impose
    them; nor does a country the measure is on ("on_countries": "tariffs on Chinese chips"),
    nor anyone a measure only possible ("possible": "potential 25% U.S. tariffs").

    >>> us = Entity("sanction:u-s-export-controls", "Sanction", "U.S. export controls", [],
    ...             {"country": "United States"})
    >>> foreign_imposer("IMPOSED", Entity("country:china", "Country", "China"), us)
    True
    """
    if rel_type != "IMPOSED":
        return False
    measure_country = end.properties.get("country")
    state_country = start.country
    if end.properties.get("possible"):
        return True  # "potential 25% U.S. tariffs": no one imposed them
    if state_country and state_country in end.properties.get("on_countries", []):
        return True  # "tariffs on Chinese chips ... the China tariffs": not China's
    return bool(measure_country and state_country and measure_country != state_country)


def _object_prep(head: Token) -> Token | None:
    """The preposition that opens what a measure is on ("ban [on] exports of ..."), also
    after the verb whose object the measure is ("imposed limitations [on] Huawei's ..."),
    the verb that widens it to new goods (:func:`_inclusion`), or the shipping a licence
    is needed for ("a licence [to ship] HBM chips to China")."""
    if head.lower_ in measure_words().words("container_nouns"):
        return None  # "published the package [on the Federal Register]"
    words = OBJECT_WORDS | {"to"}
    if head.lower_ in measure_words().words("licence_nouns"):
        words = words | {"for"}
        shipping = next((c for c in head.rights if c.dep_ in ("relcl", "acl")
                         and c.lemma_.lower() in measure_words().words("shipping_verbs")), None)
        if shipping is None and head.dep_ == "dobj":  # "seek licences [to export] gallium":
            # the parser's verb of the licence
            shipping = next((c for c in head.head.rights if c.dep_ in ("xcomp", "advcl")
                             and c.i > head.i and any(a.lower_ == "to" for a in c.lefts)
                             and c.lemma_.lower() in measure_words().words("shipping_verbs")),
                            None)
        if shipping is not None:  # "a licence [to ship] HBM chips to China"
            return shipping
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in words
                 and not _dated(c)), None)  # not "controls [on Friday]"
    licence = _required_licence(head)
    if prep is None and licence is not None:  # "a requirement for a permit [on] exports"
        return _object_prep(licence)
    if prep is None and head.dep_ == "dobj":
        prep = next((c for c in head.head.rights if c.dep_ == "prep" and c.lower_ in words
                     and c.i == head.right_edge.i + 1 and not _dated(c)), None)
    imposing = measure_words().words("imposing_verbs")
    aiming = measure_words().words("aiming_verbs")
    for verb in head.rights if prep is None else ():
        if verb.dep_ == "acl" and verb.lemma_.lower() in imposing:  # "controls imposed on X"
            prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in words),
                        None)
        elif verb.dep_ == "acl" and verb.lemma_.lower() in aiming:  # "curbs aimed at X"
            prep = next((c for c in verb.children if c.dep_ == "prep"
                         and c.lower_ in ("at", "against", "on")), None)
    return (prep or _trade_of(head) or _inclusion(head) or _detached_prep(head)
            or _struck_object(head) or _governed_trade(head))


def _trade_of(head: Token) -> Token | None:
    """The "of" of a measure noun whose object is a trade noun ("the prohibition [of] the
    export of lithium ore"); not "the sanctions of the EU".

    >>> from loaders.nlp import get_nlp
    >>> doc = get_nlp()("Namibia approved the prohibition of the export of lithium ore.")
    >>> _trade_of(doc[3]).i, _trade_of(doc[6])
    (4, None)
    """
    trade = measure_words().words("trade_nouns")
    return next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"
                 and any(p.dep_ == "pobj" and p.lower_ in trade for p in c.children)), None)


GOVERNING_PATH = frozenset({"appos", "relcl", "acl", "dobj"})
"""The dependencies walked from a measure noun down to a clause that governs trade."""


def _governed_trade(head: Token) -> Token | None:
    """The trade a clause describing the measure `head` governs ("rules [governing] exports
    of AI chips", "the AI Diffusion Rule, a framework that creates a system [governing] the
    export of AI chips"): the trade noun object of a governing verb reached through
    appositions, relative clauses, participles and objects, not through a name (a named
    measure describes itself: "its regulation: the AI Diffusion Rule, a framework ...")."""
    words = measure_words()
    todo = [(c, 0) for c in head.rights if c.dep_ in GOVERNING_PATH]
    while todo:
        token, depth = todo.pop()
        if token.pos_ == "PROPN":
            continue
        if token.dep_ in ("relcl", "acl") and token.lemma_.lower() in words.words(
                "governing_verbs"):
            trade = next((c for c in token.children if c.dep_ == "dobj"
                          and c.lower_ in words.words("trade_nouns")), None)
            if trade is not None:
                return trade
        if depth < 4:
            todo += [(c, depth + 1) for c in token.children if c.dep_ in GOVERNING_PATH]
    return None


def _struck_object(head: Token) -> Token | None:
    """The object of the verb that hits or targets it "with"/"for" the measure `head` ("the
    Treasury targeted [two firms] for sanctions", "hit [Huawei] with sanctions")."""
    prep = head.head if head.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in ("with", "for"):
        return None
    target = prep.head  # the parser also hangs the "for" on the object: "[firms] for ..."
    verb = target.head if target.dep_ == "dobj" else target
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in measure_words().words(
            "targeting_verbs"):
        return None
    return target if target is not verb else next(
        (c for c in verb.children if c.dep_ == "dobj"), None)


def _trailing_dates(head: Token) -> list[Token]:
    """The dated prepositional phrases right after a measure noun, wherever the parser
    attached them ("the US clampdown [since 2018] on ...")."""
    out: list[Token] = []
    doc = head.doc
    i = head.i + 1
    while i < len(doc) and doc[i].dep_ == "prep" and _dated(doc[i]):
        out.append(doc[i])
        i = doc[i].right_edge.i + 1
    return out


def _detached_prep(head: Token) -> Token | None:
    """ "on"/"against" right after a measure noun and its dates that the parser attached
    to the verb ("following the US clampdown since 2018 [on] China's access ...")."""
    dates = _trailing_dates(head)
    i = dates[-1].right_edge.i + 1 if dates else head.i + 1
    if not dates or i >= len(head.doc):
        return None
    word = head.doc[i]
    return word if word.dep_ == "prep" and word.lower_ in ("on", "against") else None


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

    The origin named before targeted goods is targeted too ("tariffs on [Chinese] EVs", "on
    [US] goods"), not their maker ("on [ASML] equipment").
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
    gaz = gazetteer()
    shipping = words.words("shipping_verbs")
    proxies = words.words("proxy_nouns")
    out: list[tuple[Token, bool]] = []
    todo = [(prep, False)]
    if prep.dep_ == "dobj" and prep.lower_ not in words.words("trade_nouns"):  # "targeted
        # two firms with sanctions, [A] and [B]"
        todo += [(c, True) for c in head.children if c.dep_ in ("conj", "appos")]
    if head.dep_ == "dobj" and prep.lower_ != "to":  # "expands controls on X [to China]"
        todo += [(c, False) for c in head.head.children if c.dep_ == "prep"
                 and c.lower_ == "to" and c.i == head.right_edge.i + 1]
    while todo:
        token, inherited = todo.pop()
        # not "with [China's] Huawei", nor "on [Pirelli's] biggest shareholder"
        partner = token.head.dep_ == "pobj" and token.head.head.lower_ == "with"
        proxy = token.head.lemma_.lower() in proxies
        targeted = ((token.dep_ == "poss" and not partner and not proxy)
                    or (token is prep and token.dep_ == "dobj"  # "targeted [X] for sanctions"
                        and token.lower_ not in words.words("trade_nouns"))
                    or (token.dep_ == "pobj" and token.head.lower_ in ("to", "on", "against",
                                                                       "targeting", "at"))
                    or (token.dep_ == "pobj" and token.head.lower_ == "with")  # "trade with X"
                    or (inherited and token.dep_ in ("conj", "appos", "pobj", "amod", "compound",
                                                     "advmod")))
        out.append((token, targeted))
        for child in token.children:
            if child.dep_ in ("relcl", "advcl", "ccomp", "parataxis", "punct", "cc"):
                continue
            if indefinite_apposition(child):  # "graphite, [a key battery material]"
                continue
            if child.dep_ == "acl" and child.lemma_.lower() not in participles:
                continue
            if child.dep_ == "prep" and child.lower_ == "for":  # a purpose: "chips for AI"
                todo += [(c, False) for c in _produced(token)]
                continue  # but "technologies for [extracting lithium]" names the goods
            if child.dep_ == "prep" and child.lower_ == "with" and (
                    token.lemma_.lower() in words.words("dealing_nouns")):
                todo.append((child, False))  # "restrictions on trade [with] Huawei"
                continue
            if child.dep_ == "prep" and (child.lower_ not in along or _dated(child)):
                continue  # "chips [amid growing alarm]", "regulations [on Friday]"
            if child.dep_ in ("compound", "amod") and token.lemma_.lower() in parties:
                continue  # "machine tool [firms]": what the targets make, not the goods
            if child.dep_ == "poss" and (token.lower_ in sellers or (
                    token.dep_ == "pobj" and token.head.lower_ == "of"
                    and token.head.head.lower_ in sellers) or (
                    token.dep_ == "dobj" and token.head.lemma_.lower() in shipping)):
                continue  # "Nvidia's [exports]", "exports of ASML's machines", "a licence to
                # sell its chips": the seller
            if child.dep_ == "poss" and _goods_head(token) and (
                    gaz.lookup(child.text, "Country") is None):
                continue  # "controls on ASML's [machines]": their maker, not a target
            origin = child.dep_ == "amod" or (  # "[Chinese] EVs", "[US] goods", not
                child.dep_ == "compound" and gaz.lookup(child.text, "Country") is not None)
            listed = (child.dep_ == "advmod" and child.text[:1].isupper()  # "on BYD,
                      and child.doc[child.i - 1].text == ",")  # [Geely] and SAIC": a list
            # member the parser read as a modifier
            passes = targeted and (child.dep_ in ("conj", "appos") or origin or listed
                                   or child.lower_ in ("like", "including", "as", "such"))
            todo.append((child, passes or (inherited and child.dep_ == "pobj")))
    out += list_tail([t for t, _ in out])
    sources = {t.i: t for t in origins(head, [t for t, _ in out])}
    out = [(t, targeted or t.i in sources) for t, targeted in out]
    seen = {t.i for t, _ in out}
    out += [(t, True) for i, t in sources.items() if i not in seen]
    return sorted(out, key=lambda pair: pair[0].i)


def _goods_head(token: Token) -> bool:
    """Whether `token` heads a phrase of goods ("machines", "chips", "equipment")."""
    words = measure_words()
    lowered = token.lower_
    return lowered in words.words("object_technology_heads") or (
        lowered in words.words("generic_technology_heads") or lowered in ("machines", "machine"))


def origins(head: Token, phrase: list[Token]) -> list[Token]:
    """The countries an import measure's goods come from, which it is aimed at: "from X"
    after the measure or its goods ("duties on solar panels [from] China") and the place of
    an origin participle ("tariffs on steel [made in] China", "a tariff on goods
    [originating from] the U.S."). Only for tariffs and import measures: the country an
    export ban's goods come from is its imposer.

    >>> from loaders.nlp import get_nlp
    >>> doc = get_nlp()("The EU imposed duties on solar panels from China.")
    >>> [t.text for t in origins(doc[3], [doc[4], doc[5], doc[6]])]
    ['China']
    """
    words = measure_words()
    imports = head.lower_ in words.words("standalone_heads") or any(
        c.dep_ == "compound" and c.lemma_.lower() == "import" for c in head.children) or any(
        t.pos_ == "NOUN" and t.lemma_.lower() == "import" for t in phrase)  # "suspended
    # [imports] of batteries from China"
    if not imports:
        return []
    holders = [head, *phrase]
    if head.dep_ == "dobj":  # "imposed a tariff on EVs [from] China": the parser's verb
        holders.append(head.head)
    out: list[Token] = []
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "acl" and child.lemma_.lower() in words.words("origin_verbs"):
                preps = [c for c in child.children
                         if c.dep_ == "prep" and c.lower_ in ("in", "from")]
            elif child.dep_ == "prep" and child.lower_ == "from":
                preps = [child]
            else:
                continue
            out += [t for prep in preps for c in prep.children if c.dep_ == "pobj"
                    for t in (c, *c.conjuncts)
                    if gazetteer().lookup(_place_name(t), "Country") is not None]
    return out


def _place_name(token: Token) -> str:
    """A place's name without its article ("the [United States]") nor the places listed
    after it ("[China] and Vietnam")."""
    listed = {t.i for c in token.children if c.dep_ in ("conj", "cc") for t in c.subtree}
    return " ".join(t.text for t in token.subtree if t.dep_ != "det" and t.i not in listed)


def is_listing(entity: Entity) -> bool:
    """Whether a measure lists companies (an entity list, a blacklisting).

    >>> is_listing(Entity("sanction:entity-list", "Sanction", "Entity List", [], {"kind": "list"}))
    True
    """
    return family(str(entity.properties.get("kind", ""))) == "listing"


def named_goods(entity: Entity) -> set[str]:
    """The folded names of the goods a measure's name is on.

    >>> sorted(named_goods(Entity("sanction:x", "Sanction", "x", [], {"object": "gallium and Ge"})))
    ['gallium', 'ge']
    """
    text = str(entity.properties.get("object", ""))
    return {alias_key(n) for n in re.split(r",\s*|\s+(?:and|or)\s+", text) if n.strip()}


def is_tariff(entity: Entity) -> bool:
    """Whether a measure is a tariff or duty.

    >>> is_tariff(Entity("sanction:x", "Sanction", "EU duties", [], {"kind": "tariffs"}))
    True
    """
    return family(str(entity.properties.get("kind", ""))) == "tariff"


RATE_FOR = re.compile(r"\d+(?:\.\d+)?\s?(?:%|per ?cent)\s+(?:for|on)\s+$", re.IGNORECASE)
"""A tariff rate right before the company it applies to ("17% for [BYD]")."""


def facing_parties(head: Token) -> list[Token]:
    """The words of the subject said to be among those facing the measure `head` ("[Huawei
    and ZTE] are among those facing export restrictions"; the parser may make "those
    facing" modifiers of the measure noun).

    >>> from loaders.nlp import get_nlp
    >>> doc = get_nlp()("Huawei and ZTE are among those facing export restrictions.")
    >>> [t.text for t in facing_parties(doc[8])]
    ['Huawei', 'and', 'ZTE']
    """
    facing = measure_words().words("facing_verbs")
    among = None
    if head.dep_ == "pobj" and head.head.lower_ == "among" and any(
            c.dep_ in ("amod", "acl") and c.lemma_.lower() in facing for c in head.children):
        among = head.head  # "among those [facing] restrictions", misparsed
    verb = head.head if head.dep_ == "dobj" else None
    if verb is not None and verb.dep_ == "acl" and verb.lemma_.lower() in facing and (
            verb.head.dep_ == "pobj" and verb.head.head.lower_ == "among"):
        among = verb.head.head  # "among [those] facing restrictions"
    if among is None or among.head.lemma_ != "be":
        return []
    return [t for c in among.head.children if c.dep_ == "nsubj" for t in c.subtree]


def seat_country(token: Token) -> bool:
    """Whether `token` names where a company is registered or based ("a company registered in
    [India]", "others registered in Russia, [China] and Turkey")."""
    while token.dep_ == "conj":
        token = token.head
    prep = token.head
    return (token.dep_ == "pobj" and prep.lower_ == "in"
            and prep.head.lemma_.lower() in measure_words().words("seat_verbs"))


def listing_examples(sentence: Span, listed_before: bool) -> list[Token]:
    """The words that name examples of the companies a listing names, in a sentence: after
    "including", "such as", "among them", "include" ("added 140 firms, including Naura and
    Piotech"); with `listed_before` (the listing is in the sentence before), only in a
    sentence that opens on them ("Among them were Sugon and Hygon", "Those added include
    ...")."""
    words = measure_words()
    markers = words.words("example_markers")
    if listed_before and _follows_colon(sentence):
        return list(sentence)
    of_them = _of_them(sentence)
    if listed_before and not (of_them is not None or _parties_include(sentence)
                              or sentence[0].lower_ in words.words("example_openers")
                              or _other_parties(sentence)):
        return []
    start = of_them if of_them is not None else next(
        (t.i for t in sentence if t.lower_ in markers or t.lemma_ == "include"
         or (t.text == ":" and t.i > sentence.start)), None)
    reporting = words.words("reporting_verbs") | {"report"}
    return [] if start is None else [  # not the source: "..., Reuters first reported"
        t for t in sentence.doc[start + 1 : sentence.end]
        if not (t.dep_ == "nsubj" and t.head.lemma_.lower() in reporting)
        and not _in_clause_after(t, start)]


def added_without_list(sentence: Span, is_party: Callable[[Token], bool]) -> list[Token]:
    """The words of what a sentence adds to a list it does not name, the list named just
    before ("It added two Russian firms, Kaspersky and Sugon, for diverting chips", "The
    department also added Sugon and Hygon on Monday"): the objects of an adding verb with
    no "to"/"on" list or "as" role after it, whose subject is no party (`is_party`: a
    company or person; "Nvidia added Sugon as a customer"), and the subject of such a verb
    in the passive with no agent ("Hygon and Inspur were also blacklisted").

    >>> from loaders.nlp import get_nlp
    >>> doc = get_nlp()("The department also added Sugon and Hygon on Monday.")
    >>> [t.text for t in added_without_list(doc[:], lambda t: False)]
    ['Sugon', 'and', 'Hygon']
    """
    out: list[Token] = []
    for verb in sentence:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in measure_words().words(
                "adding_verbs"):
            continue
        if any(c.dep_ == "prep" and (c.lower_ == "as" or c.lower_ in ("to", "onto", "on", "into")
                                     and not _dated(c)) for c in verb.children):
            continue  # "added Sugon to the Entity List": that list
        if any(c.dep_ == "nsubj" and is_party(c) for c in verb.children):
            continue
        passive = not any(c.dep_ == "agent" for c in verb.children)  # "Hygon and Inspur were
        # also [added]", not "... added by Nvidia"
        out += [t for c in verb.children if c.dep_ == "dobj" or (
            passive and c.dep_ == "nsubjpass") for t in c.subtree]
    return out


def _in_clause_after(token: Token, start: int) -> bool:
    """Whether `token` is in a relative clause that opens after word `start`: it describes
    an example, it names none ("Sophgo, the company that ordered chips from TSMC": not TSMC;
    but "140 firms, which include Naura": Naura)."""
    return any(a.dep_ in ("relcl", "acl") and a.i > start for a in token.ancestors)


def _of_them(sentence: Span) -> int | None:
    """The index of the pronoun of a sentence that opens on "Of them" / "Of these" / "Of
    those" (the companies just listed: "Of them, A is accused of ..."), if it does."""
    first = sentence[:2]
    if len(first) == 2 and first[0].lower_ == "of" and first[1].lower_ in (
            "them", "these", "those"):
        return first[1].i
    return None


def _other_parties(sentence: Span) -> bool:
    """Whether a sentence opens on further parties of a listing ("Other entities, including
    A and B, ...", "Other Chinese firms added were C and D")."""
    words = [t for t in sentence[:4] if t.pos_ != "ADJ" or t.i == sentence.start]
    return (len(words) > 1 and words[0].lower_ == "other"
            and words[1].lemma_.lower() in measure_words().words("party_nouns"))


def listed_parties(sentence: Span) -> list[Token]:
    """The words after the verb of a sentence that says which companies a listing or
    sanctions named before are on: its verb is "be" or a seat verb and its subject a party
    noun a listing participle modifies ("The blacklisted firms are A, B and C", "The
    companies added were D and E", "Targeted firms include F", "The other targeted entities
    are located in India").

    >>> from loaders.nlp import get_nlp
    >>> doc = get_nlp()("The blacklisted firms are Sugon and Hygon.")
    >>> [t.text for t in listed_parties(doc[:])]
    ['Sugon', 'and', 'Hygon']
    """
    verb = _parties_are(sentence)
    if verb is None:
        return []
    named = [t for c in sentence.doc[verb].children if c.dep_ in ("attr", "prep", "acomp", "dobj")
             and c.i > verb for t in c.subtree]  # not ", Reuters reported"
    return [t for t in named if not _in_clause_after(t, verb)]


def _parties_are(sentence: Span) -> int | None:
    """The index of the verb of a sentence :func:`listed_parties` reads, if it is one."""
    words = measure_words()
    root = sentence.root
    verbs = [root] + [c for c in root.children if c.dep_ == "ccomp"  # "..., Reuters reported"
                      and root.lemma_.lower() in words.words("reporting_verbs") | {"report"}]
    participles = words.words("listed_participles")
    if root.lemma_.lower() in participles and any(  # "The companies added were A and B"
            c.dep_ == "nsubj" and c.lemma_.lower() in words.words("party_nouns")
            for c in root.children):
        return next((c.i for c in root.children if c.dep_ == "ccomp" and c.lemma_ == "be"
                     and not any(s.dep_ == "nsubj" for s in c.children)), None)
    for verb in verbs:
        if verb.lemma_ not in ("be", "include") and verb.lemma_.lower() not in words.words(
                "seat_verbs"):
            continue
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.lemma_.lower() in words.words(
                    "party_nouns") and any(
                    c.dep_ in ("amod", "acl", "compound") and c.i != child.i
                    and (c.lemma_.lower() in participles or c.lower_ in participles)
                    for c in child.children):
                return verb.i
    return None


def participle_list(verb: Token) -> tuple[Token, Token] | None:
    """(the word before the comma, the list word) of a participle set off after a noun that
    puts it on a list ("the majority owner of Hygon, also added Monday to the Entity List",
    "targeted Hygon, added to the Entity List in 2019"), which the parser may attach
    anywhere: a past participle of a placing verb with no subject, object or auxiliary of
    its own (tagged a past tense when misparsed), right after a comma (and adverbs), with a
    "to"/"on" list.

    >>> from loaders.nlp import get_nlp
    >>> doc = get_nlp()("Sugon owns Hygon, also added Monday to the Entity List.")
    >>> [t.text for t in participle_list(doc[5])]
    ['Hygon', 'List']
    """
    words = measure_words()
    if verb.tag_ not in ("VBN", "VBD") or verb.lemma_.lower() not in (
            words.words("placing_verbs") | words.words("adding_verbs")):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass") for c in verb.children):
        return None
    before = verb.i - 1
    while before > verb.sent.start and verb.doc[before].dep_ == "advmod":
        before -= 1
    if before <= verb.sent.start or verb.doc[before].text != ",":
        return None
    listed = next((o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "on", "onto")
                   for o in c.children if o.dep_ == "pobj"), None)
    return None if listed is None else (verb.doc[before - 1], listed)


def _follows_colon(sentence: Span) -> bool:
    """Whether the sentence before ends with a colon ("... were added to the list:")."""
    return sentence.start > 0 and sentence.doc[sentence.start - 1].text == ":"


def _parties_include(sentence: Span) -> bool:
    """Whether the sentence says which companies are meant: its subject is a party noun and
    its verb "include" ("The Chinese firms listed include A and B", "The companies also
    include C")."""
    root = sentence.root
    return root.lemma_ == "include" and any(
        child.dep_ == "nsubj" and child.lemma_.lower() in measure_words().words("party_nouns")
        for child in root.children)


def own_countries(measure: Entity) -> list[str]:
    """The countries a measure's name gives as its own ("U.S. export controls": the United
    States; a joint measure has several)."""
    props = measure.properties
    return [str(c) for c in props.get("countries") or [props.get("country")] if c]


def without_home_sellers(relations: list[Relation], entities: dict[str, Entity]) -> list[Relation]:
    """The relations without a TARGETS edge from an export measure to a company of the
    measure's own country: that company is the seller whose exports are curbed, not a
    buyer or destination the measure is aimed at ("Netherlands Curbs ASML Exports To
    China", "U.S. export controls had cut Intel's sales to China"). Listings, sanctions,
    tariffs, import measures and licence revocations keep theirs, and so does a company
    said to face the measure ("Nvidia is among those facing US export restrictions").

    >>> dutch = Entity("sanction:d", "Sanction", "Dutch curbs", [], {"kind": "export curbs",
    ...                                                              "country": "Netherlands"})
    >>> asml = Entity("company:asml", "Company", "ASML", [], {"country": "Netherlands"})
    >>> without_home_sellers([Relation("TARGETS", "sanction:d", "company:asml", [])],
    ...                      {"sanction:d": dutch, "company:asml": asml})
    []
    """
    def home_seller(relation: Relation) -> bool:
        measure, party = entities.get(relation.start), entities.get(relation.end)
        if relation.type != "TARGETS" or measure is None or party is None:
            return False
        kind = str(measure.properties.get("kind", ""))
        return (party.label == "Company"
                and party.properties.get("country") in own_countries(measure)
                and family(kind) == "export" and "licen" not in kind and "revo" not in kind
                and all(e.method != "facing" for e in relation.evidence))

    return [r for r in relations if not home_seller(r)]


def without_own_country_targeted(
    relations: list[Relation], entities: dict[str, Entity]
) -> list[Relation]:
    """The relations without a TARGETS edge from a measure to its own country, the one its
    name gives or whose agency imposed it: "the Commerce Department placed restrictions on
    U.S. exports to Fujian Jinhua" aims at Fujian Jinhua, not at the United States; "Taiwan
    expanded its list of sanctioned goods for Russia" at Russia.

    >>> bis = Entity("agency:bis", "Agency", "BIS", [], {"country": "United States"})
    >>> us = Entity("country:us", "Country", "United States")
    >>> rels = [Relation("IMPOSED", "agency:bis", "sanction:x", []),
    ...         Relation("TARGETS", "sanction:x", "country:us", [])]
    >>> [r.type for r in without_own_country_targeted(rels, {e.id: e for e in (bis, us)})]
    ['IMPOSED']
    >>> tw = Entity("sanction:t", "Sanction", "Taiwanese list", [], {"country": "Taiwan"})
    >>> taiwan = Entity("country:taiwan", "Country", "Taiwan")
    >>> without_own_country_targeted([Relation("TARGETS", "sanction:t", "country:taiwan", [])],
    ...                              {e.id: e for e in (tw, taiwan)})
    []
    """
    imposers: dict[str, set[str]] = {}
    for r in relations:
        agency = entities.get(r.start)
        if r.type == "IMPOSED" and agency is not None and agency.label == "Agency":
            imposers.setdefault(r.end, set()).add(str(agency.properties.get("country")))

    def own_country(relation: Relation) -> bool:
        party, measure = entities.get(relation.end), entities.get(relation.start)
        own = own_countries(measure) if measure is not None else []
        return (relation.type == "TARGETS" and party is not None and party.label == "Country"
                and (party.name in imposers.get(relation.start, set()) or party.name in own))

    return [r for r in relations if not own_country(r)]


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
