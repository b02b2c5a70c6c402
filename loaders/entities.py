"""Typed, resolved entity spans of one parsed document.

Sources, most trusted first: the gazetteer (via the entity ruler), data patterns
(``data/patterns/entity_patterns.jsonl``: "Ministry of ...", "... Act", "... chips"...),
sanction phrases ("U.S. export controls", "tariffs on ..."), and the statistical NER
(ORG, GPE, PERSON, PRODUCT, LAW), filtered hard and typed by cue words
(``data/patterns/lexicon.json``). Resolution gives one entity per real-world thing:
gazetteer aliases, acronym definitions ("Semiconductor Manufacturing International
Corporation (SMIC)"), corporate suffixes ("Huawei Technologies Co., Ltd." = Huawei) and
surnames of people named earlier in the document.
"""

from __future__ import annotations

import itertools
import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from graph.schema import LABELS
from loaders.gazetteer import DATA_DIR, Gazetteer, alias_key, gazetteer
from loaders.model import Entity, EntitySpan

LEXICON_PATH = DATA_DIR / "patterns" / "lexicon.json"
NER_LABELS = frozenset({"ORG", "GPE", "PERSON", "PRODUCT", "LAW"})
ACRONYM = re.compile(r"[A-Z][A-Za-z0-9&.\-]{1,11}")
TITLE_BEFORE = re.compile(
    r"\b(?:Secretary|Minister|Director|Commissioner|Administrator|Chairman|Chair|Deputy)"
    r"(?: General)?(?: (?:of|for)(?: the)? [A-Z][\w.]*(?: [A-Z][\w.]*)*)? (?:of|for)(?: the)? $"
)
"""A job title ending right before an ORG ("Assistant Secretary of Commerce for ...")."""
TITLE_AFTER = re.compile(r"\s+(?:Minister|Secretary|Commissioner|Undersecretary)\b")
"""A government title right after an unknown ORG ("Finance Minister", "Commerce Secretary")."""
SENTENCE_END = ('.', '!', '?', ':', ';', '"', "'", "\u201d", "\u2019", ')')


def slugify(text: str) -> str:
    """A lower-case ASCII slug.

    >>> slugify("Ministry of Commerce (China)")
    'ministry-of-commerce-china'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug or "x" + hex(abs(hash(text)) % 0xFFFFFF)[2:]


@dataclass(frozen=True)
class Lexicon:
    """Cue words and stop lists (``data/patterns/lexicon.json``)."""

    data: dict[str, Any]

    def words(self, key: str) -> frozenset[str]:
        """The entry `key` as a set of strings."""
        return frozenset(self.data[key])

    def mapping(self, key: str) -> dict[str, str]:
        """The entry `key` as a dict."""
        return dict(self.data[key])


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The project's lexicon (read once)."""
    return Lexicon(json.loads(LEXICON_PATH.read_text(encoding="utf-8")))


@dataclass
class Candidate:
    """A span that may be an entity, before resolution."""

    start: int
    end: int
    text: str
    label: str
    method: str
    known: Entity | None = None  # a gazetteer entity, when the ruler or a lookup found one
    properties: dict[str, Any] = field(default_factory=dict)
    name: str | None = None  # canonical name when it differs from the surface
    phrase: str | None = None  # a sanction's whole noun phrase ("curbs on exports of gallium")


CHINESE_PLACES = frozenset({
    "Beijing", "Shanghai", "Shenzhen", "Guangzhou", "Guangdong", "Hangzhou", "Zhejiang", "Wuhan",
    "Hubei", "Hefei", "Anhui", "Xiamen", "Fujian", "Chengdu", "Sichuan", "Nanjing", "Jiangsu",
    "Suzhou", "Wuxi", "Tianjin", "Chongqing", "Xi'an", "Shaanxi", "Hunan", "Changsha", "Shandong",
    "Qingdao", "Jinan", "Dalian", "Liaoning", "Shenyang", "Harbin", "Jiangxi", "Yunnan",
    "Guizhou", "Guangxi", "Hebei", "Henan", "Zhengzhou", "Xinjiang", "Inner", "Ningbo", "Dongguan",
    "Zhuhai", "Fuzhou", "Hong", "Kunshan", "Changzhou", "Hainan", "Jilin", "Shanxi", "Gansu",
})
"""Leading place names of Chinese company names ("Zhejiang Dahua Technology" is Dahua)."""


def without_place(name: str) -> str:
    """`name` without a leading Chinese city or province (unchanged when there is none).

    >>> without_place("Zhejiang Dahua"), without_place("Hong Kong Huawei"), without_place("Baidu")
    ('Dahua', 'Huawei', 'Baidu')
    """
    words = name.split()
    if len(words) > 2 and words[0] in {"Inner", "Hong"}:
        words = words[2:] if words[1] in {"Mongolia", "Kong"} else words
    elif len(words) > 1 and words[0] in CHINESE_PLACES:
        words = words[1:]
    return " ".join(words)


def clean_surface(text: str) -> str:
    """The surface without a leading article, trailing possessive or stray punctuation.

    >>> clean_surface("the Ministry of Commerce's")
    'Ministry of Commerce'
    """
    text = " ".join(text.split())
    text = re.sub(r"^(?:the|The|THE)\s+", "", text)
    text = re.sub(r"(?:'s|\u2019s|'|\u2019)$", "", text)
    text = re.sub(r"(?:\s+(?:and|or|of|for|the|in|&|,))+$", "", text)
    return text.strip(" ,;:-\u2013\u2014\"'\u201c\u201d\u2018\u2019")


def strip_suffixes(name: str) -> str:
    """`name` without legal/corporate suffixes ("Huawei Technologies Co., Ltd." -> "Huawei").

    >>> strip_suffixes("Huawei Technologies Co., Ltd.")
    'Huawei'
    """
    suffixes = lexicon().words("legal_suffixes")
    name = re.sub(r"\s*\([^)]*\)", "", name)
    words = name.replace(",", " , ").split()
    while len(words) > 1 and (words[-1] in suffixes or words[-1].rstrip(".") + "." in suffixes):
        words.pop()
    while words and words[-1] == ",":
        words.pop()
    return " ".join(words).replace(" , ", ", ") if words else name


def is_acronym_of(acronym: str, name: str) -> bool:
    """Whether `acronym` abbreviates `name`: its letters, in order, start words of `name`
    or follow on within them, and the first letters agree.

    >>> is_acronym_of("SMIC", "Semiconductor Manufacturing International Corporation")
    True
    >>> is_acronym_of("HiSilicon", "Huawei")
    False
    """
    letters = [c.lower() for c in acronym if c.isalnum()]
    words = [w for w in re.split(r"[\s\-]+", name) if w]
    if len(letters) < 2 or not words or letters[0] != words[0][0].lower():
        return False
    if not any(c.isupper() for c in acronym[1:]):
        return False
    flat = "".join(w.lower() for w in words)
    pos = 0
    for c in letters:
        pos = flat.find(c, pos)
        if pos < 0:
            return False
        pos += 1
    initials = [w[0].lower() for w in words if w[0].isupper() or w[0].isdigit()]
    return sum(1 for c in letters if c in initials) >= min(2, len(letters))


def in_heading(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] sits on a heading-like line (short, no sentence punctuation)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    if " | " in line:  # bylines, breadcrumbs, credits
        return True
    return not line.endswith(SENTENCE_END) and len(line.split()) < 15


def org_label(name: str) -> str:
    """Company, Agency or Organization for an organisation name, by cue words.

    >>> org_label("Ministry of Ecology"), org_label("Fudan Institute"), org_label("Acme Corp.")
    ('Agency', 'Organization', 'Company')
    """
    lex = lexicon()
    words = name.replace(",", " ").split()
    if any(w in lex.words("company_cues") for w in words[-2:]) and not any(
        w in lex.words("agency_cues") for w in words
    ):
        return "Company"
    if "Council on" in name or any(w in lex.words("organization_cues") for w in words):
        return "Organization"
    if any(w in lex.words("media_cues") for w in words[-2:]):
        return "Organization"
    if any(w in lex.words("agency_cues") for w in words):
        return "Agency"
    return "Company"


def plan_or_sanction(name: str) -> str:
    """Plan for supportive acts and programmes, Sanction for restrictive ones.

    >>> plan_or_sanction("Chip Security Act"), plan_or_sanction("Semiconductor Investment Act")
    ('Sanction', 'Plan')
    """
    words = {w.lower().strip(".,") for w in re.split(r"[\s\-]+", name)}
    return "Sanction" if words & lexicon().words("restrictive_act_words") else "Plan"


def plausible_name(text: str) -> bool:
    """Whether an NER/pattern surface looks like a proper name (not noise)."""
    lex = lexicon()
    if not text or len(text) < 2 or "\n" in text or len(text.split()) > 8:
        return False
    if text.lower() in lex.words("stoplist") or not any(c.isalpha() for c in text):
        return False
    if not (text[0].isupper() or text[0].isdigit()):
        return False
    return not re.search(r"[\[\]@#|{}<>=_*]", text)


def plausible_person(span: Span) -> bool:
    """Two to four capitalised name tokens, none a common heading word."""
    tokens = [t for t in span if not t.is_punct]
    if not 2 <= len(tokens) <= 4:
        return False
    stop = lexicon().words("person_stop_tokens")
    return all(
        (t.text[0].isupper() and t.is_alpha or re.fullmatch(r"[A-Z]\.|[A-Z][a-z]+-[a-z]+", t.text)
         or _hyphen_syllable(t))
        and t.text not in stop
        for t in tokens
    )


def _hyphen_syllable(token: Token) -> bool:
    """The lower-case second syllable of a hyphenated given name ("Sang-[mok]")."""
    i = token.i
    return (token.is_alpha and token.is_lower and i >= 2 and token.doc[i - 1].text == "-"
            and not token.doc[i - 1].whitespace_ and token.doc[i - 2].text[0].isupper())


def technology_name(text: str) -> str:
    """Canonical technology name: lower case except acronyms, head noun in the plural.

    >>> technology_name("Automotive Chip")
    'automotive chips'
    """
    plural = lexicon().mapping("tech_plural")
    words = [w if (w.isupper() or any(c.isdigit() for c in w)) else w.lower() for w in text.split()]
    if words and words[-1] in plural:
        words[-1] = plural[words[-1]]
    return " ".join(words)


def ruler_candidates(doc: Doc, gaz: Gazetteer) -> list[Candidate]:
    """Candidates from doc.ents: ruler (gazetteer, patterns) and filtered statistical NER."""
    out: list[Candidate] = []
    for ent in doc.ents:
        text = clean_surface(ent.text)
        if not text:
            continue
        start = ent.start_char + ent.text.find(text) if text in ent.text else ent.start_char
        end = start + len(text)
        known = gaz.entities.get(ent.ent_id_) if ent.ent_id_ else None
        if known is not None:
            out.append(Candidate(start, end, text, known.label, "gazetteer", known))
            continue
        parts = _split_known_conjunction(text, start, gaz)
        if parts:
            out += parts
            continue
        cand = _typed_candidate(ent, text, start, end, gaz)
        if cand is not None:
            out.append(cand)
    return out


def _split_known_conjunction(text: str, start: int, gaz: Gazetteer) -> list[Candidate]:
    """ "Ministry of Commerce and Mofcom": two known names that a pattern joined by "and"."""
    left, sep, right = text.partition(" and ")
    if not sep:
        return []
    known_left, known_right = gaz.lookup(left), gaz.lookup(right)
    if known_left is None or known_right is None:
        return []
    right_start = start + len(left) + len(sep)
    return [
        Candidate(start, start + len(left), left, known_left.label, "gazetteer", known_left),
        Candidate(right_start, right_start + len(right), right, known_right.label, "gazetteer",
                  known_right),
    ]


def _typed_candidate(
    ent: Span, text: str, start: int, end: int, gaz: Gazetteer
) -> Candidate | None:
    label = ent.label_
    if "\n" in ent.text.strip():
        return None
    if label == "Technology":
        if start > 0 and ent.doc.text[start - 1] in HYPHENS:
            return _tail_technology(text, start, end, gaz)
        return _technology(text, start, end, gaz)
    known = gaz.lookup(text) or gaz.lookup(strip_suffixes(text))
    if known is None and label in {"ORG", "Company"}:
        known = gaz.lookup(without_place(strip_suffixes(text)), "Company")
    if known is not None:
        return Candidate(start, end, text, known.label, "gazetteer", known)
    doc_text = ent.doc.text
    if in_heading(doc_text, start, end) or is_label_of_line(doc_text, start, end):
        return None
    if not plausible_name(text):
        return None
    if label in {"ORG", "Agency", "Company"} and TITLE_BEFORE.search(
        doc_text[max(0, start - 60) : start]
    ):
        return None  # "Under Secretary of Commerce for ...": part of a job title
    if label in LABELS:
        if label == "Plan":
            label = plan_or_sanction(text) if text.endswith("Act") else "Plan"
        elif label == "Company":
            label = org_label(text)
        return Candidate(start, end, text, label, "pattern")
    if label not in NER_LABELS:
        return None
    if label == "ORG":
        if TITLE_AFTER.match(doc_text, end):  # "Finance Minister Choi": a title, not a firm
            return None
        if "," in text:  # lists of adjectives or places; real "Co., Ltd." names come from patterns
            return None
        words = text.split()
        if words[-1] in lexicon().words("plan_cues"):
            typed = plan_or_sanction(text) if words[-1] == "Act" else "Plan"
        else:
            typed = org_label(text)
        if typed == "Company" and len(words) == 1 and text.isalpha() and text.islower():
            return None
        return Candidate(start, end, text, typed, "ner")
    if label == "PERSON":
        if not plausible_person(ent):
            return Candidate(start, end, text, "Person", "surname") if _single_name(ent) else None
        return Candidate(start, end, text, "Person", "ner")
    if label == "PRODUCT":
        if any(c.isdigit() for c in text) or len(text.split()) > 1:
            return Candidate(start, end, text, "Product", "ner")
        return None
    if label == "LAW" and text.split()[-1] in {"Act", "Law"}:
        return Candidate(start, end, text, plan_or_sanction(text), "ner")
    return None  # GPE not in the gazetteer: a city or province, not a country


def _technology(text: str, start: int, end: int, gaz: Gazetteer) -> Candidate | None:
    """A technology noun phrase; "advanced EUV lithography" is the known "EUV lithography"."""
    if text.lower() in lexicon().words("stoplist"):
        return None
    words = text.split()
    if words[0].lower() in EVALUATIVE:  # "biggest memory [chip producer]": not a kind
        if len(words) < 2 or len(words) == 2 and gaz.lookup(words[1], "Technology") is None:
            return None
        start += len(words[0]) + 1
        text, words = " ".join(words[1:]), words[1:]
    degree = lexicon().words("tech_degree_modifiers")
    for i in range(len(words)):
        if i and words[i - 1].lower() not in degree:
            break
        known = gaz.lookup(" ".join(words[i:]), "Technology")
        if known is not None:
            return Candidate(start, end, text, "Technology", "gazetteer", known)
    return Candidate(start, end, text, "Technology", "pattern", name=technology_name(text))


HYPHENS = "-\u2010\u2011"
EVALUATIVE = frozenset({"biggest", "largest", "leading", "smallest", "fastest", "strongest",
                        "best", "greatest", "richest", "dominant", "premier", "foremost"})
"""Evaluative adjectives that never start a technology's name."""


def _tail_technology(text: str, start: int, end: int, gaz: Gazetteer) -> Candidate | None:
    """A technology span that starts inside a hyphenated word ("leading-[edge memory chips]"):
    the words after that fragment when they still make a multi-word or known technology.
    """
    fragment, _, rest = text.partition(" ")
    if not rest or (" " not in rest and gaz.lookup(rest, "Technology") is None):
        return None
    return _technology(rest, start + len(fragment) + 1, end, gaz)


def is_label_of_line(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] opens its line and is followed by a colon ("- Robots: ...")."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start].strip(" -*\u2022\t0123456789.)")
    colon_next = re.match(r"\s*(?:[^\s\w:]|[^\x00-\x7f])*\s*:", text[end : end + 16])
    return not before and colon_next is not None


def _single_name(ent: Span) -> bool:
    tokens = [t for t in ent if not t.is_punct]
    return len(tokens) == 1 and tokens[0].is_alpha and tokens[0].text[0].isupper()


STRONG_HEADS = frozenset({"controls", "restrictions", "curbs", "sanctions", "tariffs", "duties",
                          "bans", "ban", "embargo", "blacklist", "blacklisting", "limits"})
"""Measures that are a sanction when a country is named before them ("U.S. curbs") or a known
object after them ("restrictions on exports of gallium", "a ban on Huawei")."""
GAZETTEER_KINDS = {"export control": "export controls", "tariff": "tariffs",
                   "sanctions": "sanctions"}
"""Gazetteer sanction kinds in the vocabulary of the sanction phrases (``sanction_heads``)."""
EXPORT_KINDS = {"export controls": "export ban", "export ban": "export controls"}
"""A bare "export restrictions" after "a ban on exports of X" refers to that ban (and back)."""
TARGETED_HEADS = frozenset({"sanctions", "tariffs", "duties", "embargo"})
OBJECT_LABELS = frozenset({"Technology", "Product", "Company", "Country"})
SAME_AS_LABELS = frozenset({"Company", "Agency", "Organization", "Plan", "Sanction", "Product"})
"""Measures that are a sanction when followed by their target ("sanctions on Huawei")."""


def sanction_candidates(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """Sanction phrases: "U.S. export controls", "export restrictions", "sanctions on X".

    The span covers the measure only ("export controls"); the issuing country named just
    before it ("U.S.", "Chinese", "Beijing's") stays its own entity and goes into the
    sanction's name and id ("sanction:united-states-export-controls"), and so does the
    object of "... on <technology, product, company or country>".
    """
    taken = [(c.start, c.end) for c in found]
    objects = {c.start: c for c in found if c.label in OBJECT_LABELS}
    lex = lexicon()
    heads = lex.mapping("sanction_heads")
    kinds = lex.mapping("sanction_kinds")
    bare = lex.words("sanction_bare_kinds")
    demonyms = lex.mapping("demonyms")
    out: list[Candidate] = []
    for tok in doc:
        head = tok.lower_
        if head not in heads or tok.i == 0:
            continue
        kind_tok = doc[tok.i - 1]
        kind = kinds.get(kind_tok.lower_)
        first = kind_tok.i if kind else tok.i
        country = _issuer(doc, first, demonyms)
        obj = _object(doc, tok.i, objects)
        target = None if obj is None else obj.known.name if obj.known else (obj.name or obj.text)
        accepted = (
            kind_tok.lower_ in bare
            or (head in STRONG_HEADS and (country is not None or target is not None))
            or (head in TARGETED_HEADS and _followed_by_target(doc, tok.i))
        )
        start, end = doc[first].idx, tok.idx + len(tok.text)
        if not accepted or any(s < end and start < e for s, e in taken):
            continue
        if out and out[-1].end > start:  # "licensing requirements": one measure, the longer
            out.pop()
        measure = heads[head]
        if kind not in (None, "export") and measure != "tariffs":
            measure = f"{kind} {measure.split()[-1]}"
        props: dict[str, Any] = {"kind": measure}
        if country:
            props["country"] = country
        name = f"{country} {measure}" if country else measure
        phrase = None
        if obj is not None:
            props["object"] = target
            name = f"{name} on {target}"
            phrase = doc.text[start : _coordination_end(doc.text, obj, objects)]
        out.append(Candidate(start, end, doc.text[start:end], "Sanction", "pattern", None, props,
                             name, phrase))
    return out


def _coordination_end(text: str, first: Candidate, objects: dict[int, Candidate]) -> int:
    """The end of `first` and the objects coordinated with it ("gallium and germanium")."""
    end = first.end
    following = sorted((c for c in objects.values() if c.start >= end), key=lambda c: c.start)
    for cand in following:
        if not re.fullmatch(r",? *(?:and|or)? *|, *", text[end : cand.start]):
            break
        end = cand.end
    return end


def _issuer(doc: Doc, first: int, demonyms: dict[str, str]) -> str | None:
    """The country named right before a measure ("U.S. export controls", "Beijing's curbs")."""
    i = first - 1
    while i >= 0 and doc[i].lower_ in {"new", "sweeping", "stricter", "tighter", "expanded",
                                       "existing", "additional", "latest", "strict", "tough",
                                       "broad", "chip", "'s", "\u2019s"}:
        i -= 1
    if i < 0:
        return None
    two = doc[i - 1 : i + 1].text if i >= 1 else ""
    for surface in (two, doc[i].text):
        country = demonyms.get(surface)
        if country:
            return country
        known = gazetteer().lookup(surface, "Country") if surface else None
        if known is not None:
            return known.name
    return None


def _object(doc: Doc, i: int, objects: dict[int, Candidate]) -> Candidate | None:
    """What "<measure> on/against X" is about, when X is a known candidate."""
    if i + 2 >= len(doc) or doc[i + 1].lower_ not in {"on", "against", "targeting"}:
        return None
    j = i + 2
    if doc[j].lower_ == "the" and j + 1 < len(doc):
        j += 1
    if (doc[j].lower_ in {"exports", "export", "imports", "import", "sales", "sale", "shipments"}
            and j + 2 < len(doc) and doc[j + 1].lower_ in {"of", "to"}):
        j += 2  # "restrictions on (the) exports of gallium", "curbs on exports to China"
    cand = objects.get(doc[j].idx)
    if cand is not None and doc.text[cand.end : cand.end + 2] in {"'s", "\u2019s"}:
        after = [c for c in objects.values() if cand.end < c.start <= cand.end + 30
                 and c.label in {"Technology", "Product"}]
        cand = min(after, key=lambda c: c.start) if after else None
    return cand


def _followed_by_target(doc: Doc, i: int) -> bool:
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is not None and nxt.lower_ in {"on", "against", "targeting"}


def acronym_definitions(doc: Doc, cands: list[Candidate]) -> dict[str, Candidate]:
    """Acronyms defined in parentheses right after a candidate: acronym -> that candidate."""
    text = doc.text
    defs: dict[str, Candidate] = {}
    for cand in cands:
        if cand.label in {"Technology", "Person", "Country"}:
            continue
        m = re.match(r"\s*\(\s*([^()\s]{2,12})\s*\)", text[cand.end : cand.end + 20])
        if m and ACRONYM.fullmatch(m.group(1)) and is_acronym_of(m.group(1), cand.text):
            defs[m.group(1)] = cand
    return defs


SAME_AS_BETWEEN = re.compile(
    r"\s*\(\s*[\"'\u201c\u2018]?\s*"
    r"|,?\s*(?:which is |also |often |commonly |widely |better |popularly )?"
    r"(?:referred to|known|dubbed|called|nicknamed) as (?:the )?[\"'\u201c\u2018]?\s*"
)


def link_same_as(text: str, cands: list[Candidate]) -> None:
    """Give an unknown name the gazetteer entity of the known name that renames it:
    "China United Network Communications Group (China Unicom)", "the National IC Fund,
    often referred to as the 'Big Fund'" (either side may be the known one).
    """
    for a, b in itertools.pairwise(cands):
        if (a.known is None) == (b.known is None) or a.label == "Technology":
            continue
        if not SAME_AS_BETWEEN.fullmatch(text[a.end : b.start]):
            continue
        known = a.known or b.known
        unknown = b if a.known else a
        if known is not None and known.label == unknown.label and unknown.label in SAME_AS_LABELS:
            unknown.known, unknown.method = known, "gazetteer"


class Resolver:
    """One entity per real-world thing within a document (and stable ids across documents)."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.entities: dict[str, Entity] = {}
        self.by_key: dict[tuple[str, str], Entity] = {}
        self.people: list[Entity] = []
        self.measures: dict[str, Entity] = {}  # sanction kind -> latest qualified sanction
        self.by_issuer: dict[tuple[str, str], Entity] = {}  # (country, kind) -> sanction

    def _register(self, entity: Entity, surface: str) -> Entity:
        entity = self.entities.setdefault(entity.id, entity)
        if surface != entity.name and surface not in entity.aliases:
            entity.aliases.append(surface)
        forms = [surface, strip_suffixes(surface)]
        if entity.label == "Company":  # a later "Meiya Pico" is "Xiamen Meiya Pico Information"
            forms.append(without_place(forms[1]))
        for form in forms:
            self.by_key.setdefault((entity.label, alias_key(form)), entity)
        if entity.label == "Person" and entity not in self.people:
            self.people.append(entity)
        return entity

    def known(self, entity: Entity, surface: str) -> Entity:
        """Register a gazetteer entity (a document-local copy) seen as `surface`."""
        if entity.id not in self.entities:
            entity = Entity(
                entity.id, entity.label, entity.name, list(entity.aliases), dict(entity.properties)
            )
        return self._register(entity, surface)

    def resolve(self, cand: Candidate) -> Entity | None:
        """The entity `cand` refers to, created if new; None for an unknown lone surname."""
        if cand.known is not None:
            return self.known(cand.known, cand.text)
        if cand.method == "surname":
            return self._surname(cand.text)
        if cand.label == "Sanction" and "kind" in cand.properties:
            measure = self._measure(cand)
            return self._register(measure, cand.phrase) if cand.phrase else measure
        name = cand.name or cand.text
        return self._new(cand, strip_suffixes(name) if cand.label == "Company" else name)

    def known_measures(self, cands: list[Candidate]) -> None:
        """Index the gazetteer sanctions of the document by issuer and kind, so that a phrase
        with the same issuer ("Japan chip export curb", "Japanese export controls") is the same
        measure; an issuer and kind shared by several known sanctions decides nothing.
        """
        seen: dict[tuple[str, str], set[str]] = {}
        for cand in cands:
            known = cand.known
            if known is None or known.label != "Sanction" or "country" not in known.properties:
                continue
            kind = GAZETTEER_KINDS.get(str(known.properties.get("kind")))
            if kind:
                key = (str(known.properties["country"]), kind)
                seen.setdefault(key, set()).add(known.id)
                self.by_issuer[key] = known
        for key, ids in seen.items():
            if len(ids) > 1:
                del self.by_issuer[key]

    def _measure(self, cand: Candidate) -> Entity:
        """A sanction phrase; a bare one ("the export restrictions") is the latest of its kind
        (an export ban and export controls are one kind here), and one with an issuer but no
        object ("the U.S. curbs") is the issuer's measure of that kind already named.
        """
        kind = cand.properties["kind"]
        country, target = cand.properties.get("country"), cand.properties.get("object")
        same_kind = self.measures.get(kind) or self.measures.get(EXPORT_KINDS.get(kind, ""))
        if country is None and target is None and same_kind is not None:
            return self._register(same_kind, cand.text)
        same = self.by_issuer.get((country, kind)) if country else None
        if same is not None and (target is None or target.lower() in same.name.lower()):
            return self.known(same, cand.text)
        entity = self._new(cand, cand.name or cand.text)
        self.measures[kind] = entity
        if country:
            self.by_issuer.setdefault((country, kind), entity)
        return entity

    def _new(self, cand: Candidate, base: str) -> Entity:
        for key in {alias_key(cand.name or cand.text), alias_key(base)}:
            hit = self.by_key.get((cand.label, key))
            if hit is not None:
                return self._register(hit, cand.text)
        entity = Entity(
            id=f"{cand.label.lower()}:{slugify(base)}",
            label=cand.label,
            name=base,
            aliases=[cand.text] if cand.text != base else [],
            properties=dict(cand.properties),
        )
        return self._register(entity, cand.text)

    def alias(self, entity: Entity, surface: str) -> None:
        """Make `surface` (an acronym) refer to `entity` in this document."""
        self._register(entity, surface)

    def _surname(self, text: str) -> Entity | None:
        for person in reversed(self.people):
            if person.name.split()[-1] == text or text in person.aliases:
                return self._register(person, text)
        return None


def entity_spans(doc: Doc, gaz: Gazetteer | None = None) -> list[EntitySpan]:
    """Resolved entity spans of `doc` (no coreference), sorted by position.

    >>> from loaders.nlp import get_nlp
    >>> [(s.entity.id, s.method) for s in entity_spans(get_nlp()("Huawei sued Intel Corp."))]
    [('company:huawei', 'gazetteer'), ('company:intel', 'gazetteer')]
    """
    gaz = gaz or gazetteer()
    cands = ruler_candidates(doc, gaz)
    cands += sanction_candidates(doc, cands)
    cands.sort(key=lambda c: (c.start, -c.end))
    link_same_as(doc.text, cands)
    resolver = Resolver(gaz)
    resolver.known_measures(cands)
    defs = acronym_definitions(doc, cands)
    # An acronym the gazetteer knows decides for its long form, and vice versa.
    acronym_entities: dict[str, Entity] = {}
    for acronym, long_cand in defs.items():
        known = long_cand.known or gaz.lookup(acronym)
        if known is not None and known.label in {long_cand.label, "Company", "Agency",
                                                  "Organization"}:
            long_cand.known, long_cand.label = known, known.label
        defined = resolver.resolve(long_cand)
        if defined is not None:
            resolver.alias(defined, acronym)
            acronym_entities[acronym] = defined
    spans: list[EntitySpan] = []
    for cand in cands:
        if cand.text in acronym_entities:
            entity: Entity | None = acronym_entities[cand.text]
            method = "acronym"
        else:
            entity, method = resolver.resolve(cand), cand.method
        if entity is not None:
            spans.append(EntitySpan(entity, cand.start, cand.end, _method(method)))
    spans += _repeat_mentions(doc.text, spans, acronym_entities)
    return sorted(spans, key=lambda s: (s.start, s.end))


def _method(method: str) -> str:
    return "ner" if method == "surname" else method


def _repeat_mentions(
    text: str, spans: list[EntitySpan], acronyms: dict[str, Entity]
) -> list[EntitySpan]:
    """Further occurrences of acronyms and discovered names that the NER missed."""
    forms: dict[str, tuple[Entity, str]] = {a: (e, "acronym") for a, e in acronyms.items()}
    for s in spans:
        if s.method in {"ner", "pattern"} and s.entity.label != "Sanction":
            surface = text[s.start : s.end]
            if len(surface) > 2:
                forms.setdefault(surface, (s.entity, s.method))
    if not forms:
        return []
    taken = [(s.start, s.end) for s in spans]
    pattern = re.compile(
        r"(?<![\w-])(" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        + r")(?![\w-])"
    )
    extra: list[EntitySpan] = []
    for m in pattern.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        entity, method = forms[m.group(1)]
        extra.append(EntitySpan(entity, m.start(), m.end(), method))
        taken.append((m.start(), m.end()))
    return extra
