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

import hashlib
import itertools
import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from graph.schema import LABELS
from loaders.gazetteer import DATA_DIR, Gazetteer, alias_key, gazetteer
from loaders.model import Entity, EntitySpan
from loaders.nlp import doc_text, doc_tokens

LEXICON_PATH = DATA_DIR / "patterns" / "lexicon.json"
PLACES_PATH = DATA_DIR / "patterns" / "places.txt"
NER_LABELS = frozenset({"ORG", "GPE", "PERSON", "PRODUCT", "LAW"})
ACRONYM = re.compile(r"[A-Z][A-Za-z0-9&.\-]{1,11}")
TITLE_BEFORE = re.compile(
    r"\b(?:Secretary|Minister|Director|Commissioner|Administrator|Chairman|Chair|Deputy)"
    r"(?: General)?(?: (?:of|for)(?: the)? [A-Z][\w.]*(?: [A-Z][\w.]*)*)? (?:of|for)(?: the)? $"
)
"""A job title ending right before an ORG ("Assistant Secretary of Commerce for ...")."""
TITLE_OF = re.compile(
    r"(?:Co-?[Ff]ounders?|Founders?|CEO|CFO|CTO|COO|Chief [A-Z][a-z]+ Officer|(?:Vice )?President"
    r"|Chair(?:man|woman|person)?|Head|Managing Director|General Manager|Executive Director)"
    r"(?: and (?:Co-?[Ff]ounder|Founder|CEO|Chairman|President))? of (?:the )?(?=[A-Z])"
)
"""A person's title that the NER took into a firm's name ("[Co-Founder of] Lyten")."""
TITLE_AFTER = re.compile(r"\s+(?:Minister|Secretary|Commissioner|Undersecretary)\b")
"""A government title right after an unknown ORG ("Finance Minister", "Commerce Secretary")."""
SENTENCE_END = ('.', '!', '?', ':', ';', '"', "'", "\u201d", "\u2019", ')')


MAX_SLUG = 120
"""Longest slug: a longer one keeps its start and ends with a digest of the whole text, so
that every id stays within the API's id bounds."""


def slugify(text: str) -> str:
    """A lower-case ASCII slug, the same in every process; a text with no ASCII letter or digit
    gets one from its digest, and a slug over :data:`MAX_SLUG` characters is cut and ends
    with one.

    >>> slugify("Ministry of Commerce (China)")
    'ministry-of-commerce-china'
    >>> slugify("华为"), len(slugify("chip " * 100))
    ('x-82eaaba8', 120)
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
    if not slug:
        return f"x-{digest}"
    if len(slug) > MAX_SLUG:
        return f"{slug[:MAX_SLUG - 9].rstrip('-')}-{digest}"
    return slug


@dataclass(frozen=True)
class Lexicon:
    """Cue words and stop lists (``data/patterns/lexicon.json``)."""

    data: dict[str, Any]
    _sets: dict[str, frozenset[str]] = field(default_factory=dict, repr=False, compare=False)

    def words(self, key: str) -> frozenset[str]:
        """The entry `key` as a set of strings (built once: hot loops ask for it per token)."""
        found = self._sets.get(key)
        if found is None:
            found = self._sets[key] = frozenset(self.data[key])
        return found

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
    objects: tuple[str, ...] = ()  # a sanction's goods ("gallium", "germanium")
    surfaces: tuple[str, ...] = ()  # a sanction's further noun phrases ("new export curbs")


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
    """Whether text[start:end] sits on a heading-like line: short or in title case, without
    sentence punctuation ("TSMC, Bosch, Infineon, and NXP Establish Joint Venture to Bring
    Advanced Semiconductor Manufacturing to Europe").
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    if " | " in line:  # bylines, breadcrumbs, credits
        return True
    if line.endswith(SENTENCE_END):
        return False
    words = [w for w in line.split() if w[:1].isalpha()]
    capitalised = sum(1 for w in words if w[0].isupper())
    return len(line.split()) < 15 or capitalised >= 0.7 * len(words)


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


def plausible_name(text: str, max_words: int = 8) -> bool:
    """Whether an NER/pattern surface of at most `max_words` words looks like a proper name."""
    lex = lexicon()
    if not text or len(text) < 2 or "\n" in text or len(text.split()) > max_words:
        return False
    if text.lower() in lex.words("stoplist") or not any(c.isalpha() for c in text):
        return False
    if not (text[0].isupper() or text[0].isdigit()) or is_amount(text):
        return False
    if text.split()[-1] in CLOSING_FUNCTION_WORDS:
        return False  # "Interim Final Rule on": a title cut before its object
    return not re.search(r"[\[\]@#|{}<>=_*]", text)


CLOSING_FUNCTION_WORDS = frozenset({"on", "of", "for", "and", "the", "to", "in", "at", "by",
                                    "with", "from", "or", "a", "an"})
"""Words no name ends with."""
AMOUNT = re.compile(
    r"(?P<currency>(?:[A-Z]{1,3})?[$\u20ac\u00a3\u00a5\u20a9]\s?|[A-Z]{3}\s)?\d[\d.,]*\s?"
    r"(?P<scale>%|percent|per cent|(?:million|billion|trillion|bn|mn|m|b|k)\b)?"
    r"(?P<code>\s?[A-Z]{3})?"
)


def is_amount(text: str) -> bool:
    """Whether `text` is a money amount, a percentage or a number with a currency or scale.

    >>> is_amount("MYR 4.7 billion"), is_amount("NT$12 billion"), is_amount("25%"), is_amount("A16")
    (True, True, True, False)
    """
    m = AMOUNT.fullmatch(text.strip())
    return m is not None and any(m.group(g) for g in ("currency", "scale", "code"))


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
    """Canonical technology name: lower case except acronyms and mixed-case words ("KrF",
    "GaN"), head noun in the plural.

    >>> technology_name("Automotive Chip"), technology_name("KrF lithography")
    ('automotive chips', 'KrF lithography')
    """
    plural = lexicon().mapping("tech_plural")
    words = [w if (w.isupper() or any(c.isdigit() for c in w) or any(c.isupper() for c in w[1:]))
             else w.lower() for w in text.split()]
    if words and words[-1] in plural:
        words[-1] = plural[words[-1]]
    return " ".join(words)


def ruler_candidates(doc: Doc, gaz: Gazetteer) -> list[Candidate]:
    """Candidates from doc.ents: ruler (gazetteer, patterns) and filtered statistical NER."""
    out: list[Candidate] = []
    for ent in map(_without_opening_function_word, doc.ents):
        surface = doc_text(doc)[ent.start_char : ent.end_char]  # = ent.text, cheaper
        text = clean_surface(surface)
        if not text or _after_caption_label(doc_text(doc), ent.start_char):
            continue
        if out and out[-1].start <= ent.start_char and ent.end_char <= out[-1].end:
            continue  # "[Battery]" of a name continued over it ("L-H Battery Company")
        start = ent.start_char + surface.find(text) if text in surface else ent.start_char
        end = start + len(text)
        known = gaz.entities.get(ent.ent_id_) if ent.ent_id_ else None
        if known is not None and known.label == "Country" and _in_region_name(doc, ent):
            continue  # "North [America]", "Latin [America]": a region, not the country
        if known is not None and " " not in text and (
            _on_byline(doc_text(doc), start)
            or known.label == "Agency" and _in_title(doc, start, end)
        ):
            continue  # "MBA | Bsc. Commerce | CPA", "Commerce Secretary": no mention of a body
        if known is not None:
            if known.label in SUFFIXED_LABELS and ent.end_char == end:
                end = _suffix_end(ent)  # "Changxin Memory [Technology]": keep the full surface
                text = doc_text(doc)[start:end]
            unit_end = _unit_end(ent) if known.label == "Company" else None
            if unit_end is not None:  # "Ford Business Solutions": a unit of the firm
                out.append(Candidate(start, unit_end, doc_text(doc)[start:unit_end], "Company",
                                     "pattern"))
                continue
            if known.label == "Organization" and end > ent.end_char:
                out.append(Candidate(start, end, text, "Company", "pattern"))
                continue  # "Tsinghua Holdings": a firm named after the university
            out.append(Candidate(start, end, text, known.label, "gazetteer", known))
            continue
        parts = _split_known_conjunction(text, start, gaz) or _split_owner(ent, text, start, gaz)
        if parts:
            out += parts
            continue
        cand = _typed_candidate(ent, text, start, end, gaz)
        if cand is not None:
            while out and out[-1].end > cand.start:  # "Inter" of "Inter-Coastal Electronics"
                out.pop()
            out.append(cand)
        elif len(ent) > 1 and ent.label_ in CONTINUED_LABELS:
            out += _known_inside(ent, gaz)
    return out


FUNCTION_POS = frozenset({"SCONJ", "ADV", "CCONJ", "ADP", "DET", "PRON", "AUX"})


def _without_opening_function_word(ent: Span) -> Span:
    """`ent` without a capitalised function word that opens a sentence before a name: "[When]
    Inspur Group was placed on the list" (a known name keeps its words: "Will Semiconductor")."""
    first = ent[0]
    if len(ent) > 1 and not ent.ent_id_ and ent.label_ in CONTINUED_LABELS and first.is_stop and (
        first.pos_ in FUNCTION_POS and first.is_title
    ):
        return Span(ent.doc, ent.start + 1, ent.end, label=ent.label_, span_id=ent.id_)
    return ent


def _known_inside(ent: Span, gaz: Gazetteer) -> list[Candidate]:
    """Known names inside a rejected span, longest first: a capitalised headline run such
    as "The Chinese Government Responds As General Administration Of Customs" names two
    agencies even though it is no name itself.
    """
    text = doc_text(ent.doc)
    found: list[Candidate] = []
    for size in range(len(ent) - 1, 0, -1):
        for i in range(ent.start, ent.end - size + 1):
            first, last = ent.doc[i], ent.doc[i + size - 1]
            start, end = first.idx, last.idx + len(last.text)
            if any(c.start < end and start < c.end for c in found) or first.is_punct:
                continue
            known = gaz.lookup(text[start:end])
            if known is not None and (size > 1 or known.label in SINGLE_WORD_LABELS):
                found.append(Candidate(start, end, text[start:end], known.label, "gazetteer",
                                       known))
    return sorted(found, key=lambda c: c.start)


def _in_region_name(doc: Doc, ent: Span) -> bool:
    """Whether the word before `ent` makes a region's name with it ("North America")."""
    return ent.start > 0 and is_place(f"{doc[ent.start - 1].text} {ent.text}")


SINGLE_WORD_LABELS = frozenset({"Company", "Agency", "Organization", "Country", "Product"})


SUFFIXED_LABELS = frozenset({"Company", "Plan", "Organization"})
"""Labels whose names may carry a corporate suffix ("... Investment Fund III Co., Ltd.")."""


CAPTION = re.compile(
    r"\b(?:Source|Sources|Photo|Image|Credit|Chart|Figure|Graphic)s?:\s"
    r"|(?m:^\(?(?:Additional reporting|Reporting|Writing|Editing|Edited|Written|Compiled)"
    r" by\s|^By\s)"
)
"""A caption's attribution or a credit line before a name ("Source: State Council of
China", "Reporting by Karen Freifeld in New York; Editing by ..."): not read."""


LINE_WINDOW = 300
"""How far from a name a caption label or byline is looked for on its line (a caption or
byline is short; a bound keeps a document of one endless line linear)."""


def _after_caption_label(text: str, start: int) -> bool:
    """Whether a caption label ("Source:", "Photo:") opens the line before `start`."""
    line_start = text.rfind("\n", max(0, start - LINE_WINDOW), start) + 1
    return CAPTION.search(text, max(line_start, start - LINE_WINDOW), start) is not None


def _in_title(doc: Doc, start: int, end: int) -> bool:
    """Whether text[start:end] is part of a job title ("Commerce Secretary", "Minister of
    Commerce"), which names an office holder rather than the body."""
    text = doc_text(doc)
    before = text[max(0, start - 60) : start]
    return bool(TITLE_AFTER.match(text, end) or TITLE_BEFORE.search(before))


def _on_byline(text: str, start: int) -> bool:
    """Whether the line around `start` is a byline or breadcrumb ("Editor | MBA | CPA")."""
    line_start = text.rfind("\n", max(0, start - LINE_WINDOW), start) + 1
    line_end = text.find("\n", start, start + LINE_WINDOW)
    end = line_end if line_end >= 0 else min(len(text), start + LINE_WINDOW)
    return text.count(" | ", max(line_start, start - LINE_WINDOW), end) >= 2


def _unit_end(ent: Span) -> int | None:
    """The end of a unit's name that a known firm's name opens: up to two capitalised
    words ending in a unit noun ("Ford [Business Solutions]", "Intel [Foundry Services]",
    "Huawei [Cloud]", "Samsung [Ventures]"), or None.
    """
    units = lexicon().words("unit_nouns")
    words = ent.doc[ent.end : ent.end + 3]
    for size in range(len(words), 0, -1):
        span = words[:size]
        if (span[-1].text in units and not any(t.is_sent_start for t in span)
                and all(t.is_title for t in span)):
            return span[-1].idx + len(span[-1].text)
    return None


def _suffix_end(ent: Span) -> int:
    """The end of `ent` with the corporate suffixes that follow it ("Technology", "Co., Ltd.")."""
    suffixes = lexicon().words("legal_suffixes")
    end = ent.end_char
    for tok in ent.doc[ent.end : ent.end + 4]:
        if tok.is_sent_start or (tok.text not in suffixes and tok.text + "." not in suffixes):
            break
        if tok.text != ",":
            end = tok.idx + len(tok.text)
    return end


def _split_known_conjunction(text: str, start: int, gaz: Gazetteer) -> list[Candidate]:
    """ "Ministry of Commerce and Mofcom", "Ministry of Finance and China Development Bank
    Capital": two names that a pattern joined by "and", the second a known body or firm
    (the first, when unknown, typed by its cue words).
    """
    left, sep, right = text.partition(" and ")
    if not sep:
        return []
    known_left, known_right = gaz.lookup(left), gaz.lookup(right)
    if known_right is None or known_right.label not in JOINED_LABELS:
        return []
    right_start = start + len(left) + len(sep)
    right_cand = Candidate(right_start, right_start + len(right), right, known_right.label,
                           "gazetteer", known_right)
    if known_left is None:
        if len(left.split()) < 2 or not plausible_name(left):
            return []
        return [Candidate(start, start + len(left), left, org_label(left), "pattern"), right_cand]
    return [Candidate(start, start + len(left), left, known_left.label, "gazetteer", known_left),
            right_cand]


JOINED_LABELS = frozenset({"Company", "Agency", "Organization"})


def _split_owner(ent: Span, text: str, start: int, gaz: Gazetteer) -> list[Candidate]:
    """A technology phrase opened by a known firm or country is two names: "TSMC chips",
    "ASML lithography machines" are the firm and the technology.
    """
    first, _, rest = text.partition(" ")
    owner = gaz.lookup(first) if ent.label_ == "Technology" and rest else None
    if owner is None or owner.label not in {"Company", "Country"}:
        return []
    rest_start = start + len(first) + 1
    known = gaz.lookup(rest, "Technology")
    tech = (Candidate(rest_start, rest_start + len(rest), rest, "Technology", "gazetteer", known)
            if known else _technology(rest, rest_start, rest_start + len(rest), gaz))
    owned = Candidate(start, start + len(first), first, owner.label, "gazetteer", owner)
    return [owned] if tech is None else [owned, tech]


def _typed_candidate(
    ent: Span, text: str, start: int, end: int, gaz: Gazetteer
) -> Candidate | None:
    label = ent.label_
    if "\n" in ent.text.strip():
        return None
    if label == "Technology":
        if start > 0 and doc_text(ent.doc)[start - 1] in HYPHENS:
            return _tail_technology(text, start, end, gaz)
        if not ent.ent_id_ and (_verb_led(ent) or ORIGIN_LED.match(text)):
            return _known_rest(text, start, end, gaz)
        if not ent.ent_id_ and text.split()[0] in MAKING_GERUNDS:
            rest = _known_rest(text, start, end, gaz)  # "manufacturing [batteries]"
            if rest is not None:
                return rest
        whole = _compound_start(ent)
        if whole is None:
            return None
        if whole < start:
            start, text = whole, doc_text(ent.doc)[whole:end]
        return _technology(text, start, end, gaz)
    title = TITLE_OF.match(text)
    if title is not None and label in {"ORG", "Company", "Organization"}:
        inner = ent.doc.char_span(start + title.end(), end, alignment_mode="contract")
        if inner is None:
            return None
        ent, start, text = inner, inner.start_char, inner.text  # "CEO of [Lyten]"
    full = doc_text(ent.doc)  # the match holds no space: search from the last one on
    hyphenated = HYPHENATED_START.search(full, full.rfind(" ", 0, start) + 1, start)
    if hyphenated is not None and label in CONTINUED_LABELS:
        start = hyphenated.start()  # "Inter-[Coastal Electronics]", "Biden-[Harris Administration]"
        text = doc_text(ent.doc)[start:end]
    known = gaz.lookup(text) or _known_without_suffix(text, gaz)
    if known is None and label in {"ORG", "Agency"}:
        known = country_agency(text, gaz)
    if (known is None and label == "Agency" and text.split()[-1].islower()
            and split_country(text)[0] is None):
        return None  # "Apple's legal department": a function without a country is no body
    if known is None and label in {"ORG", "Company"}:
        known = gaz.lookup(without_place(strip_suffixes(text)), "Company") or _known_short_form(
            strip_suffixes(text), gaz
        )
    if known is not None:
        return Candidate(start, end, text, known.label, "gazetteer", known)
    text_all = doc_text(ent.doc)
    if in_heading(text_all, start, end) or is_label_of_line(text_all, start, end):
        return None
    longest = PATTERN_MAX_WORDS if label in LABELS else 8  # "58th Research Institute of ..."
    if not plausible_name(text, longest) or NUMBER_LIKE.fullmatch(text):
        return None  # noise, "8.5mn"
    if is_place(text) and not (label == "PERSON" and _single_name(ent)):
        return None  # "Nijmegen", a dateline's "AMSTERDAM"; a lone "Kim" may be a surname
    located = LOCATED_BEFORE.search(text_all, max(0, start - 40), start)
    if label == "ORG" and " " not in text and located:
        return None  # "actually based in [Novosibirsk]": an unknown place
    continued = _continuation(ent, end) if label in CONTINUED_LABELS else None
    if continued is not None:
        kind, end = continued
        if kind is None:
            return None  # "Export Administration [Regulations]": part of a longer name
        text = text_all[start:end]
        known = gaz.lookup(text) or gaz.lookup(strip_suffixes(text))
        if known is not None:
            return Candidate(start, end, text, known.label, "gazetteer", known)
        return Candidate(start, end, text, kind, "pattern")
    if label in {"ORG", "Company"} and ent.start > 0 and ent.doc[ent.start - 1].tag_ == "TO":
        return None  # "Incentives to [Produce Semiconductors]": an infinitive, not a firm
    if label in {"ORG", "Agency", "Company"} and TITLE_BEFORE.search(
        text_all[max(0, start - 60) : start]
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
        if TITLE_AFTER.match(text_all, end):  # "Finance Minister Choi": a title, not a firm
            return None
        if "," in text:  # lists of adjectives or places; real "Co., Ltd." names come from patterns
            return None
        words = text.split()
        if words[-1] in lexicon().words("not_organisation_heads"):
            return None  # "National Enterprise Credit Information Publicity System": a database
        if words[0] in lexicon().words("rule_name_words") and len(words) > 2:
            return None  # "Catalog of Technologies Prohibited ...": a rule's title, not a body
        if words[-1] in lexicon().words("plan_cues"):
            typed = plan_or_sanction(text) if words[-1] == "Act" else "Plan"
        else:
            typed = org_label(text)
        if typed == "Company" and len(words) == 1 and (
            text.isalpha() and text.islower() or text in DIRECTIONS
        ):
            return None  # "its [Eastern] neighbor": a direction, no firm
        return Candidate(start, end, text, typed, "ner")
    if label == "PERSON":
        if text.split()[0] in lexicon().words("honorifics") and len(text.split()) > 2:
            name = ent.doc.char_span(start + len(text.split()[0]), end, alignment_mode="contract")
            if name is None:
                return None  # "Shri Gurusharan Singh" is Gurusharan Singh
            ent = name[1:] if name[0].is_space else name
            text, start = ent.text, ent.start_char
        if text.split()[0] in CHINESE_PLACES and len(text.split()) > 1:
            return Candidate(start, end, text, "Company", "ner")  # "Hefei Xinyi": a firm
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


DIRECTIONS = frozenset({"Eastern", "Western", "Northern", "Southern", "Central", "Northeastern",
                        "Northwestern", "Southeastern", "Southwestern", "Far Eastern"})
"""Capitalised direction adjectives that the NER reads as a firm ("its Eastern neighbor")."""
COMPOUND_DEPS = frozenset({"compound", "amod", "nummod"})


def _compound_start(ent: Span) -> int | None:
    """Where an unknown technology phrase that the patterns cut out of a longer compound
    starts: its lower-case modifier joins it ("trailing [edge chips]" is "trailing edge
    chips"); behind a model number or a product's name it is no technology ("2170 [format
    batteries]", "Blackwell [family computing] platform": None); nor is a word of a plan's
    name ("federal [CHIPS] Act").
    """
    doc = ent.doc
    if ent.ent_id_:
        return ent.start_char
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and after.is_title and after.text in lexicon().words("plan_cues"):
        return None
    if len(ent) < 2 or ent.start == 0:
        return ent.start_char
    first, before = ent[0], doc[ent.start - 1]
    if (first.pos_ != "NOUN" or first.dep_ != "compound" or before.dep_ not in COMPOUND_DEPS
            or not (ent.start <= before.head.i < ent.end or before.head == first.head)):
        return ent.start_char
    inside = ent.start <= before.head.i < ent.end
    if before.like_num and inside and before.ent_type_ != "MONEY" or (
        before.ent_type_ == "Product"
    ):
        return None
    hyphenated = before.i > 0 and not doc[before.i - 1].whitespace_  # "home-[grown]"
    if before.is_lower and before.is_alpha and not before.is_stop and not hyphenated and (
        before.lower_ not in EVALUATIVE and not before.like_num and before.pos_ in {"NOUN", "VERB"}
    ):
        return before.idx
    return ent.start_char


def _known_without_suffix(text: str, gaz: Gazetteer) -> Entity | None:
    """The known firm or fund `text` names with a corporate suffix ("Huawei Technologies Co.",
    "Contemporary Amperex Technology Co. Ltd.": the suffixes come off one at a time, for a
    known name may end in one); a body or country is not one ("Tsinghua Holdings" is no
    university).

    >>> _known_without_suffix("Contemporary Amperex Technology Co. Ltd.", gazetteer()).name
    'CATL'
    """
    known = None
    shorter = text
    while known is None and (stripped := _without_last_suffix(shorter)) != shorter:
        shorter = stripped
        known = gaz.lookup(shorter)
    known = known or gaz.lookup(strip_suffixes(text))  # "Huawei Technologies (Shenzhen) Co."
    return None if known is None or known.label in {"Organization", "Agency", "Country"} else known


def _without_last_suffix(name: str) -> str:
    """`name` without its last legal or corporate suffix (and the comma before it)."""
    suffixes = lexicon().words("legal_suffixes")
    words = name.replace(",", " , ").split()
    if len(words) > 1 and (words[-1] in suffixes or words[-1].rstrip(".") + "." in suffixes):
        words.pop()
    while len(words) > 1 and words[-1] == ",":
        words.pop()
    return " ".join(words).replace(" , ", ", ")


def _technology(text: str, start: int, end: int, gaz: Gazetteer) -> Candidate | None:
    """A technology noun phrase; "advanced EUV lithography" is the known "EUV lithography".
    A phrase with a firm noun in it names a firm ("semiconductor producer TSI"), not goods."""
    if text.lower() in lexicon().words("stoplist"):
        return None
    words = text.split()
    if len(words) > 1 and any(w.lower() in lexicon().words("firm_nouns") for w in words):
        return None
    if words[0].lower() in EVALUATIVE:  # "biggest memory [chip producer]": not a kind
        if len(words) < 2 or len(words) == 2 and gaz.lookup(words[1], "Technology") is None:
            return None
        start += len(words[0]) + 1
        text, words = " ".join(words[1:]), words[1:]
    degree = lexicon().words("tech_degree_modifiers")
    for i in range(len(words)):
        if i and words[i - 1].lower() not in degree:
            break
        rest = " ".join(words[i:])  # "advanced memory" is memory chips
        known = gaz.lookup(rest, "Technology") or (
            gaz.lookup(rest + " chips", "Technology") if i else None
        )
        if known is not None:
            return Candidate(start, end, text, "Technology", "gazetteer", known)
    head, _, last = text.rpartition(" ")
    if head and last.lower() in INDUSTRY_NOUNS:  # "AI chip sector" is the AI chip industry
        known = gaz.lookup(head, "Technology") or gaz.lookup(f"{head}s", "Technology")
        if known is not None:
            return Candidate(start, end, text, "Technology", "gazetteer", known)
    name = node_name(text) or technology_name(text)
    return Candidate(start, end, text, "Technology", "pattern", name=name)


INDUSTRY_NOUNS = frozenset({"sector", "sectors", "industry", "industries", "market", "markets",
                            "business", "businesses", "makers", "production", "supply",
                            "output", "demand", "shortage", "shortages", "deal", "deals",
                            "contract", "contracts", "order", "orders", "plant", "plants",
                            "factory", "factories"})
"""Nouns that make a technology's industry or trade of it ("AI chip sector", "battery
industry", "chip supply deal", "a chip plant"): the phrase names the technology."""


NODE = re.compile(r"(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)"
                  r"\s*[-\u2010]?\s*(?:nm|nanometer|nanometre)\b", re.IGNORECASE)
NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
                "seven": "7", "eight": "8", "nine": "9", "ten": "10"}


NODE_BEFORE = re.compile(
    r"(?<![\w-])((?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"\s*[-\u2010]?\s*(?:nm|nanometer|nanometre))(?:\s*,\s*|,?\s+(?:and|or|to)\s+)$",
    re.IGNORECASE,
)
"""A process node coordinated with the one that follows it ("four-nanometer and ")."""


def coordinated_nodes(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The process nodes that share the head noun of the next node's phrase: "four-nanometer
    and three-nanometer chips" names 4nm chips too (named "4nm technology", with "four-
    nanometer chips" as a surface).

    >>> t = "It makes 7nm and 5nm chips."
    >>> [(c.text, c.name, c.surfaces) for c in coordinated_nodes(t, [
    ...     Candidate(17, 26, "5nm chips", "Technology", "pattern", name="5nm technology")])]
    [('7nm', '7nm technology', ('7nm chips',))]
    """
    out: list[Candidate] = []
    for cand in sorted((c for c in cands if c.label == "Technology"), key=lambda c: -c.start):
        node = NODE.match(cand.text)
        if node is None:
            continue
        head = cand.text[node.end() :]
        m = NODE_BEFORE.search(text, max(0, cand.start - 40), cand.start)
        while m is not None and not any(c.start < m.end(1) and m.start(1) < c.end
                                        for c in cands):
            first = m.group(1)
            out.append(Candidate(m.start(1), m.end(1), first, "Technology", "pattern",
                                 name=node_name(first), surfaces=(first + head,)))
            m = NODE_BEFORE.search(text, max(0, m.start() - 40), m.start())
    return out


LIST_NAME = r"[A-Z][\w&-]*(?: [A-Z][\w&-]*){0,3}"
LIST_SEP = r"(?:,? and |,? or |, )"
LIST_GAP = re.compile(rf"{LIST_SEP}(?:({LIST_NAME}){LIST_SEP})*")
"""What lies between two firms of one list: separators around further names."""
LIST_TAIL = re.compile(rf"(?:{LIST_SEP}{LIST_NAME})+(?=,? (?:and|or) [a-z]| [a-z]|[.;:])")
"""Names that close a list after its last firm ("..., Quanta, Wiwynn, and major players")."""
LIST_TAIL_NAME = re.compile(rf"{LIST_SEP}({LIST_NAME})")
LIST_HEAD = re.compile(
    rf"\b(?:companies|firms|suppliers|partners|makers|chipmakers|customers|including|such as"
    rf"|like) ({LIST_NAME}){LIST_SEP}$"
)
"""A name that opens a list of firms after a word that introduces firms ("Taiwanese
companies Zylotek, Foxconn and Quanta")."""


def listed_firms(text: str, cands: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """Unknown names listed among firms are firms: in a run of at least two firms joined by
    commas and "and"/"or" ("thanking Amphenol, Vertiv, SK Hynix, and Micron"), every other
    capitalised name of the run, those that close it ("..., Quanta, Wiwynn, and major
    players") and one that opens it after "companies", "such as" and the like, is a
    Company (unless something else was found there); a run with anything else named in it
    (a country, a technology) is no list of firms.

    >>> t = "Suppliers such as Amkor, Kelvora, Ibiden and Zylotek will benefit."
    >>> [c.text for c in listed_firms(t, [Candidate(18, 23, "Amkor", "Company", "gazetteer"),
    ...     Candidate(34, 40, "Ibiden", "Company", "gazetteer")], gazetteer())]
    ['Kelvora', 'Zylotek']
    """
    out: list[Candidate] = []
    ordered = sorted(cands, key=lambda c: (c.start, -c.end))
    run: list[Candidate] = []
    names: list[tuple[int, int]] = []
    for cand in [*ordered, None]:
        gap = LIST_GAP.fullmatch(text, run[-1].end, cand.start) if run and cand else None
        if cand is not None and run and gap is not None and cand.label == "Company":
            names += _gap_names(text, run[-1].end, cand.start)
            run.append(cand)
            continue
        if len(run) >= 2 and not (cand is not None and gap is not None):
            tail = LIST_TAIL.match(text, run[-1].end)
            if tail is not None:
                names += [m.span(1) for m in LIST_TAIL_NAME.finditer(text, tail.start(),
                                                                       tail.end())]
            head = LIST_HEAD.search(text, max(0, run[0].start - 80), run[0].start)
            if head is not None:
                names.append(head.span(1))
            out += [Candidate(a, b, text[a:b], "Company", "pattern") for a, b in names
                    if _unknown_name(text[a:b], gaz)
                    and not any(c.start < b and a < c.end for c in ordered)]
        run = [cand] if cand is not None and cand.label == "Company" else []
        names = []
    return out


WEEKDAYS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                      "Sunday"})


def described_firms(text: str, cands: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """Unknown names right after a noun that describes firms are firms, with the names
    listed with them: "Chinese chipmaker Zentrix", "battery maker Kelvora", "Dutch supplier
    Brakel", "Chinese firms Hikvision and Dahua", "the company, called Pushwood",
    "Canada-based Sandvine" (a body's name stays out; the NER's one-word person of that name
    becomes the firm; the NER's name that took in a sentence's opening noun, "Chipmaker
    Orbix", becomes the name alone; a name something else was found on, a place, a weekday
    or "In March" stays out).

    >>> [c.text for c in described_firms("Battery maker Kelvora and Zylo signed.", [],
    ...                                   gazetteer())]
    ['Kelvora', 'Zylo']
    """
    firm_nouns = sorted(lexicon().words("firm_nouns"), key=len, reverse=True)
    nouns = "|".join(re.escape(n) for n in firm_nouns)
    opening = "|".join(re.escape(n.capitalize()) for n in firm_nouns)  # a sentence's first word
    described = re.compile(
        rf"(?:(?:\b(?:{nouns})|(?:(?<=\A)|(?<=\n)|(?<=[.!?\"“] ))(?:{opening}))"
        rf"(?:,? (?:called|named|known as))?|\b[A-Z][\w.]*-based) "
        rf"({LIST_NAME}(?:{LIST_SEP}{LIST_NAME})*)(?![\w&-])"
    )
    out: list[Candidate] = []
    for m in described.finditer(text):
        for name in re.finditer(LIST_NAME, text[m.start(1) : m.end(1)]):
            a, b = m.start(1) + name.start(), m.start(1) + name.end()
            first = text[a:b].split()[0]
            if (not _unknown_name(text[a:b], gaz, described=True) or first in WEEKDAYS
                    or first.lower() in STOP_WORDS or org_label(text[a:b]) != "Company"
                    or first in lexicon().words("not_product_words")):
                continue
            inside = [c for c in cands if c.start < b and a < c.end]
            if not inside:
                out.append(Candidate(a, b, text[a:b], "Company", "pattern"))
            elif " " not in text[a:b] and all((c.start, c.end, c.label) == (a, b, "Person")
                                              for c in inside):
                for cand in inside:  # "chipmaker Zentrix": the NER's person is the firm
                    cand.label, cand.method = "Company", "pattern"
            elif all((c.start, c.end, c.known) == (m.start(), b, None) for c in inside):
                for cand in inside:  # "Chipmaker Orbix": the opening noun is no part of it
                    cand.start, cand.text = a, text[a:b]
                    cand.label, cand.method = "Company", "pattern"
    return out


def appositive_firms(text: str, cands: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """Unknown names an apposition calls a firm are firms: "Velora Energy, a Swedish battery
    startup, ...", "Brakel, a Dutch supplier of valves". The describing words before the
    firm noun are modifiers only (no "of", "the"), and the noun ends the phrase or opens
    its complement, so "Huang, a co-founder of the company" and "Kim, a company director"
    stay out; so do a known name, a place, a weekday and a name something else was found on.

    >>> [c.text for c in appositive_firms("Velora Energy, a Swedish battery startup, grew.",
    ...                                   [], gazetteer())]
    ['Velora Energy']
    """
    nouns = "|".join(re.escape(n) for n in sorted(lexicon().words("firm_nouns"), key=len,
                                                     reverse=True))
    modifier = r"(?!(?:of|the|at|for|with|and|or|to|in|by|on|from|former|ex)\b)[\w.-]+"
    apposition = re.compile(
        rf"(?<![\w&-])({LIST_NAME}), (?:a|an) (?:{modifier} ){{0,3}}?(?:{nouns})"
        rf"(?=[,.;:]| (?:of|in|for|that|which|based|backed|owned|whose|with|from|and"
        rf"|specializing|specialising|focused|founded|headquartered|known|making"
        rf"|producing|developing|supplying)\b)"
    )
    out: list[Candidate] = []
    for m in apposition.finditer(text):
        words = m.group(1).split()
        while words and (words[0] in WEEKDAYS or words[0] in MONTHS
                         or words[0].lower() in STOP_WORDS):
            words.pop(0)
        if not words:
            continue
        name = " ".join(words)
        a, b = m.end(1) - len(name), m.end(1)
        if (not _unknown_name(name, gaz, described=True) or org_label(name) != "Company"
                or words[0] in lexicon().words("not_product_words")
                or any(c.start < b and a < c.end for c in cands)):
            continue
        out.append(Candidate(a, b, name, "Company", "pattern"))
    return out


def _gap_names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the names in a list gap (text[start:end] matched by LIST_GAP)."""
    return [m.span(1) for m in LIST_TAIL_NAME.finditer(text, start, end)
            if m.end(1) < end and m.group(1)]


def _unknown_name(name: str, gaz: Gazetteer, described: bool = False) -> bool:
    """Whether a listed `name` may be an unknown firm: no known entity, place or stop word;
    a town's name counts when a firm noun `described` it ("Dutch supplier Brakel")."""
    place = _is_region(name) if described else is_place(name)
    return (plausible_name(name, 3) and not place and gaz.lookup(name) is None
            and name.split()[0] not in {"The", "A", "An"})


def node_name(text: str) -> str | None:
    """The one name of a chipmaking process node, whatever the wording (None if not one).

    >>> node_name("7-nanometer processors"), node_name("2 nm logic chips"), node_name("AI chips")
    ('7nm technology', '2nm technology', None)
    """
    m = NODE.match(text)
    if m is None:
        return None
    return f"{NUMBER_WORDS.get(m.group(1).lower(), m.group(1))}nm technology"


HYPHENS = "-\u2010\u2011"
EVALUATIVE = frozenset({"biggest", "largest", "leading", "smallest", "fastest", "strongest",
                        "best", "greatest", "richest", "dominant", "premier", "foremost",
                        "prominent", "notable", "major", "top", "big", "key", "main", "basic",
                        "simple", "simpler", "quality", "top-quality", "high-quality",
                        "affordable", "inexpensive", "low-cost", "custom", "customized",
                        "custom-built", "custom-designed"})
"""Evaluative adjectives that never start a technology's name."""


ORIGIN_LED = re.compile(
    r"\S+[-\u2010\u2011](?:made|built|produced|manufactured|designed|origin|sourced) "
)
"""An origin modifier that opens a phrase ("U.S.-made vehicles"): the goods' maker's
country, not a kind of technology."""


MAKING_GERUNDS = frozenset({"manufacturing", "making", "producing", "building", "assembling",
                            "supplying", "selling", "buying", "exporting", "importing",
                            "shipping", "procuring", "acquiring", "deploying", "installing"})
"""Gerunds of making and trading that open a phrase on known goods ("manufacturing
batteries"): the activity, not a kind of the goods."""


def _verb_led(ent: Span) -> bool:
    """Whether the technology phrase opens with a verb whose object is the rest of it
    ("manipulate vehicles", "manufacturing batteries"), not with a modifier
    ("manufacturing equipment", "connected vehicles")."""
    first, last = ent[0], ent[-1]
    return (len(ent) > 1 and first.tag_.startswith("VB") and first.dep_ not in COMPOUND_DEPS
            and last.head.i == first.i and last.dep_ in {"dobj", "obj"})


def _known_rest(text: str, start: int, end: int, gaz: Gazetteer) -> Candidate | None:
    """The known technology that `text` names after its first word ("U.S.-made [chips]"),
    else None: the first word made the phrase, and the rest alone is too generic."""
    first, _, rest = text.partition(" ")
    known = gaz.lookup(rest, "Technology") if rest else None
    if known is None:
        return None
    return Candidate(start + len(first) + 1, end, rest, "Technology", "gazetteer", known)


def _tail_technology(text: str, start: int, end: int, gaz: Gazetteer) -> Candidate | None:
    """A technology span that starts inside a hyphenated word ("leading-[edge memory chips]"):
    the words after that fragment when they still make a multi-word or known technology.
    """
    fragment, _, rest = text.partition(" ")
    if not rest or (" " not in rest and gaz.lookup(rest, "Technology") is None):
        return None
    return _technology(rest, start + len(fragment) + 1, end, gaz)


HYPHENATED_START = re.compile(r"(?<![\w-])[A-Z][\w]*[-\u2010\u2011]$")
"""A capitalised word and a hyphen right before a name: the name's first part."""
NUMBER_LIKE = re.compile(r"[\d.,]+\s*(?:[A-Za-z]{1,3}|%)?")
"""Amounts that the NER takes for organisations ("8.5mn", "2pc")."""
PATTERN_MAX_WORDS = 12
CONTINUED_LABELS = frozenset({"ORG", "Company", "Agency", "Organization", "Plan"})


@lru_cache(maxsize=1)
def towns() -> frozenset[str]:
    """Names of cities and towns of 15,000 people or more (``data/patterns/places.txt``)
    that the gazetteer does not know as something else ("Toyota" and "Nokia" stay firms),
    read once."""
    gaz = gazetteer()
    lines = PLACES_PATH.read_text(encoding="utf-8").splitlines()
    return frozenset(
        line for line in (raw.strip() for raw in lines)
        if line and not line.startswith("#") and gaz.lookup(line) is None
    )


def is_place(text: str) -> bool:
    """Whether `text` is a city, province, state or region (``places`` of the lexicon, or a
    town of ``data/patterns/places.txt``).

    >>> is_place("Nijmegen"), is_place("AMSTERDAM"), is_place("Zaragoza"), is_place("Nokia")
    (True, True, True, False)
    """
    return (_is_region(text) or text in towns()
            or (text.isupper() and len(text) > 4 and text.title() in towns()))


def _is_region(text: str) -> bool:
    """Whether `text` is a well-known city, province, state or region (``places`` of the
    lexicon) or has the shape of a place."""
    places = lexicon().words("places")
    return text in places or text.title() in places or PLACE_SHAPE.fullmatch(text) is not None


PLACE_SHAPE = re.compile(
    r"(?:Mt\.?|Mount|Lake|Cape) [A-Z][\w-]*(?: [A-Z][\w-]*)?"
    r"|(?:[A-Z][\w-]* ){1,3}(?:Messe|Expo|Fair|Summit|Conference|Show)"
    r"|(?:[A-Z][\w-]* ){1,3}(?:Science|Research|Industrial|Technology|Tech|Hi-Tech|High-Tech"
    r"|Business|Innovation|Software) Park"
    r"|(?:[A-Z][\w-]* ){1,3}(?:Economic|Free Trade|Industrial|Development) Zone"
)
"""Places and events by their shape: a mine's mountain ("Mt Weld"), a trade fair
("Hannover Messe", "SEMICON West Expo"), a site ("Purdue Research Park", "Hsinchu Science
Park", "Lingang Special Economic Zone")."""
LOCATED_BEFORE = re.compile(
    r"\b(?:based|located|headquartered|situated|built|registered) in (?:the city of )?$"
    r"|\bthe (?:city|town|region|province) of $"
)
"""Words that put a place right after them ("based in [Novosibirsk]")."""


def _continuation(ent: Span, end: int) -> tuple[str | None, int] | None:
    """What the words right after an unknown name say about it, when they say something:
    ``(None, end)`` when the name opens a longer name of a rule or list ("Export
    Administration [Regulations]"); ``("Company", new_end)`` when capitalised words ending in
    a corporate cue complete it ("Japan Advanced Semiconductor [Manufacturing]", "Sony
    Semiconductor [Solutions]"); ``("Plan", new_end)`` when a programme noun follows a name
    of two words or more ("Production Linked Incentive [scheme]").
    """
    doc = ent.doc
    if ent.end >= len(doc) or ent.end_char != end:
        return None
    lex = lexicon()
    following = doc[ent.end]
    if following.text in lex.words("rule_name_words"):
        return None, end
    if following.lower_ in lex.words("programme_nouns") and following.is_lower:
        if len(ent) >= 2 and not ent.text.isupper():
            return "Plan", following.idx + len(following.text)
        return None
    words = []
    for tok in doc[ent.end : ent.end + 3]:
        if not (tok.is_title and tok.is_alpha) or tok.is_sent_start:
            break
        words.append(tok)
    while words and words[-1].text not in lex.words("company_cues"):
        words.pop()
    return ("Company", words[-1].idx + len(words[-1].text)) if words else None


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
                          "bans", "ban", "embargo", "blacklist", "blacklisting", "limits",
                          "clampdown", "crackdown", "prohibition", "prohibitions", "moratorium",
                          "quota", "quotas"})
"""Measures that are a sanction when a country is named before them ("U.S. curbs") or a known
object after them ("restrictions on exports of gallium", "a ban on Huawei")."""
MEASURE_METHODS = frozenset({"pattern", "verb"})
NAMING_PROPERTIES = frozenset({"country", "countries", "object", "year"})
"""Properties of a measure that tell it from others: without any, its id is the document's."""
"""Sanction candidates that :func:`loaders.measures.group_measures` names (not the ruler's)."""
TARGETED_HEADS = frozenset({"sanctions", "tariffs", "duties", "embargo"})
OBJECT_LABELS = frozenset({"Technology", "Product", "Company", "Country"})
GOODS_LABELS = frozenset({"Technology", "Product"})
SAME_AS_LABELS = frozenset({"Company", "Agency", "Organization", "Plan", "Sanction", "Product"})
"""Measures that are a sanction when followed by their target ("sanctions on Huawei")."""


def _acts_on(tok: Token) -> bool:
    """Whether a measure word is a verb with its own object that puts no measure in place
    ("Taiwan [controls] key technologies", "China [controls] most of the supply"): no
    measure noun. A measure verb stays ("China [bans] Nvidia chip purchases")."""
    from loaders.measures import measure_words  # built on this module's candidates

    return (tok.tag_ == "VBZ" and tok.lemma_.lower() not in measure_words().data["verbs"]
            and any(c.dep_ == "dobj" for c in tok.children))


def sanction_candidates(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """Sanction phrases: "U.S. export controls", "export restrictions", "sanctions on X".

    The span covers the measure only ("export controls"); the issuing country named just
    before it ("U.S.", "Chinese", "Beijing's") stays its own entity and goes into the
    candidate's "country", and the object of "... on <technology, product, company or
    country>" into its phrase; :mod:`loaders.measures` names the measure from them
    ("sanction:u-s-export-controls").
    """
    taken = [(c.start, c.end) for c in found]
    objects = {c.start: c for c in found if c.label in OBJECT_LABELS}
    lex = lexicon()
    heads = lex.mapping("sanction_heads")
    kinds = lex.mapping("sanction_kinds")
    bare = lex.words("sanction_bare_kinds")
    demonyms = lex.mapping("demonyms")
    text = doc_text(doc)
    out: list[Candidate] = []
    from loaders.measures import aimed_at_trade, listed_companies  # built on these

    companies = {c.start: c for c in found if c.label == "Company"}
    for tok in doc_tokens(doc):
        head = tok.lower_
        if head not in heads or tok.i == 0 or not aimed_at_trade(tok) or _acts_on(tok):
            continue
        kind_tok = doc[tok.i - 1]
        kind = kinds.get(kind_tok.lower_)
        first = kind_tok.i if kind else tok.i
        named_list = _measure_list_start(tok)  # "a US [trade restrictions list]"
        first = first if named_list is None else named_list
        country = _issuer(doc, first, demonyms)
        obj = _object(doc, tok.i, objects)
        target = None if obj is None else obj.known.name if obj.known else (obj.name or obj.text)
        before_end = doc[first - 1].idx + len(doc[first - 1]) if first > 0 else -1
        goods_before = first > 0 and any(  # "HBM curbs", "chipmaking tool restrictions"
            c.label in GOODS_LABELS and c.end == before_end for c in found)
        accepted = (
            kind_tok.lower_ in bare
            or (head in STRONG_HEADS and (country is not None or target is not None
                                          or goods_before))
            or (head in TARGETED_HEADS and _followed_by_target(doc, tok.i))
        )
        listed = listed_companies(tok, companies)  # "placed Biren on a blacklist"
        if accepted and country is None and target is None and not goods_before:
            accepted = not _rules_in_general(tok)
        accepted = accepted or bool(listed) or named_list is not None
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
        phrase = None if obj is None else text[start : _coordination_end(text, obj, objects)]
        out.append(Candidate(start, end, text[start:end], "Sanction", "pattern", None, props,
                             None, phrase, tuple(c.known.name if c.known else c.text
                                                 for c in listed)))
    return out


def _measure_list_start(tok: Token) -> int | None:
    """Where a list named by measure words starts, if `tok` is the head of one: "trade
    restrictions list", "export control list", "China's control list", "sanctions list" (a
    listing whoever keeps it); not "the list", "a list of suppliers", "its buy list".

    >>> from loaders.nlp import get_nlp
    >>> doc = get_nlp()("Huawei is on a US trade restrictions list.")
    >>> _measure_list_start(doc[7])
    5
    """
    from loaders.measures import measure_words  # built on this module's candidates

    words = measure_words()
    if tok.lower_ not in words.words("goods_list_heads"):
        return None
    first = tok.i
    while first > tok.sent.start and tok.doc[first - 1].dep_ in ("compound", "amod", "nmod") \
            and tok.doc[first - 1].lower_ in words.words("list_modifiers"):
        first -= 1
    measure_named = any(t.lower_ in words.words("list_measure_words")
                        for t in tok.doc[first : tok.i])
    return first if measure_named else None


def _rules_in_general(tok: Token) -> bool:
    """Whether an undetermined measure noun is what one obeys or gets round, so rules in
    general rather than a measure ("complies with laws, export controls and sanction regimes",
    "an attempt to circumvent export controls", "violations of sanctions"; not "circumvent
    the curbs", which refers back to a measure named before).

    >>> from loaders.nlp import get_nlp
    >>> doc = get_nlp()("The firm said it complies with export controls.")
    >>> _rules_in_general(doc[7])
    True
    """
    from loaders.measures import measure_words  # built on this module's candidates

    if any(c.dep_ in ("det", "poss") and c.lower_ not in ("all", "any") for c in tok.children):
        return False
    noun = tok
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "dobj" else None
    return governor is not None and governor.lemma_.lower() in measure_words().words(
        "compliance_words")


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
    j = _produced_by(doc, j, objects)
    cand = objects.get(doc[j].idx)
    if cand is not None and doc_text(doc)[cand.end : cand.end + 2] in {"'s", "\u2019s"}:
        after = [c for c in objects.values() if cand.end < c.start <= cand.end + 30
                 and c.label in {"Technology", "Product"}]
        cand = min(after, key=lambda c: c.start) if after else None
    return cand


def _produced_by(doc: Doc, j: int, objects: dict[int, Candidate]) -> int:
    """The first known object of what a technology at `j` produces ("restrictions on
    technologies for extracting [lithium]"), else `j`."""
    from loaders.measures import measure_words  # built on this module's candidates

    words = measure_words()
    if (doc[j].lower_ not in words.words("technique_nouns") or j + 2 >= len(doc)
            or doc[j + 1].lower_ != "for"
            or doc[j + 2].lemma_.lower() not in words.words("production_verbs")):
        return j
    return next((k for k in range(j + 3, min(j + 6, len(doc))) if doc[k].idx in objects), j)


def _followed_by_target(doc: Doc, i: int) -> bool:
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is not None and nxt.lower_ in {"on", "against", "targeting"}


def acronym_definitions(doc: Doc, cands: list[Candidate]) -> dict[str, Candidate]:
    """Acronyms defined in parentheses right after a candidate: acronym -> that candidate."""
    text = doc_text(doc)
    defs: dict[str, Candidate] = {}
    for cand in cands:
        if cand.label in {"Technology", "Person", "Country"}:
            continue
        m = re.match(r"\s*\(\s*([^()\s]{2,12})\s*\)", text[cand.end : cand.end + 20])
        if m and ACRONYM.fullmatch(m.group(1)) and is_acronym_of(m.group(1), cand.text):
            defs[m.group(1)] = cand
    return defs


RESTRICTIVE_WORDS = frozenset({"export", "exports", "controls", "controlled", "restrictions",
                               "restricted", "restrict", "curbs", "curb", "ban", "banned",
                               "sanctions", "blocked", "blocking", "inaccessible", "barred"})
"""Words that make "advanced chips" the controlled class rather than chips in general."""


def _plain_advanced_chips(doc: Doc, cands: list[Candidate], gaz: Gazetteer) -> None:
    """ "advanced chips" is its own technology where a sentence restricts it ("export controls
    on advanced chips"); elsewhere it is chips in general ("the most advanced chips").
    """
    semiconductors = gaz.entities.get("technology:semiconductors")
    for cand in cands:
        if cand.known is None or cand.known.id != "technology:advanced-chips":
            continue
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        restricted = span is not None and any(
            _restricts_mention(t, span) for t in span.sent if t.lower_ in RESTRICTIVE_WORDS
        )
        if semiconductors is not None and not restricted:
            cand.known = semiconductors


def _restricts_mention(word: Token, mention: Span) -> bool:
    """Whether restrictive `word` of the mention's sentence can bear on `mention`: not the
    verb "control" of holding ("Taiwan controls key technologies to design advanced chips")
    and not inside a relative clause about another noun ("... advanced chips, needing EUV
    machines, which are inaccessible due to export controls").
    """
    if word.pos_ == "VERB" and word.lemma_ == "control":
        return False
    clause = next((t for t in [word, *word.ancestors] if t.dep_ == "relcl"), None)
    return clause is None or clause.left_edge.i <= mention.start <= clause.right_edge.i


def _family_and_model(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A product family right before a known model of it is one mention of the model:
    "Ascend" + "910B." at a sentence's end (where the period stays on the model number) is
    "Ascend 910B", not the family and the model.

    >>> from loaders.gazetteer import gazetteer
    >>> m = gazetteer().entities["product:ascend-910b"]
    >>> text = "It matched Huawei's Ascend 910B."
    >>> [(c.text, c.known and c.known.name) for c in _family_and_model(text, [
    ...     Candidate(20, 26, "Ascend", "Product", "gazetteer"),
    ...     Candidate(27, 32, "910B.", "Product", "gazetteer", m)])]
    [('Ascend 910B', 'Ascend 910B')]
    """
    out: list[Candidate] = []
    for cand in cands:
        family = out[-1] if out else None
        if (
            family is not None and family.label == cand.label == "Product"
            and cand.known is not None and text[family.end : cand.start] == " "
            and cand.known.name.lower().startswith(family.text.lower() + " ")
        ):
            end = cand.end - 1 if text[cand.start : cand.end].endswith(".") else cand.end
            out[-1] = Candidate(family.start, end, text[family.start : end], "Product",
                                cand.method, cand.known)
            continue
        out.append(cand)
    return out


def _chips_for(text: str, cands: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """ "high-end chips for artificial intelligence" names "AI chips" (the chips, with the
    whole phrase as a surface) when the gazetteer knows "<what they are for> chips", and
    "artificial intelligence" itself."""
    out: list[Candidate] = []
    for cand in cands:
        prev = out[-1] if out else None
        if (prev is not None and cand.label == prev.label == "Technology"
                and cand.known is not None
                and CHIPS_FOR.fullmatch(text[prev.start : cand.start])):
            known = gaz.lookup(f"{cand.known.name} chips", "Technology")
            if known is not None:  # the purpose stays a technology of its own
                out[-1] = Candidate(prev.start, prev.end, prev.text, "Technology", "gazetteer",
                                    known, surfaces=(text[prev.start : cand.end],))
        out.append(cand)
    return out


PARENTHESISED_ACRONYM = re.compile(
    r"\(([A-Z][A-Za-z0-9]{1,7})\) ([a-z][\w-]*)(?: ([a-z][\w-]*))?"
)


def _acronym_bridged(text: str, cands: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """A technology written out with its acronym in parentheses before the head noun
    ("artificial intelligence (AI) chips", "electric vehicle (EV) batteries", "extreme
    ultraviolet (EUV) lithography machines") is the technology the gazetteer knows as
    "<acronym> <head>": one candidate over the whole phrase instead of its pieces. The
    written-out part is a technology candidate ending at the parenthesis or words whose
    initials spell the acronym.

    >>> from loaders.nlp import get_nlp
    >>> doc = get_nlp()("Malaysia requires permits for artificial intelligence (AI) chips.")
    >>> [(c.text, c.known.name) for c in _acronym_bridged(doc.text, ruler_candidates(
    ...     doc, gazetteer()), gazetteer()) if c.label == "Technology"]
    [('artificial intelligence (AI) chips', 'AI chips')]
    """
    for m in PARENTHESISED_ACRONYM.finditer(text):
        acronym, heads = m.group(1), [w for w in m.group(2, 3) if w]
        for size in range(len(heads), 0, -1):
            known = gaz.lookup(" ".join([acronym, *heads[:size]]), "Technology")
            if known is not None:
                break
        start = _written_out_start(text, m.start(), acronym, cands)
        if known is None or start is None:
            continue
        end = m.start(2) + len(" ".join(heads[:size]))
        inside = [c for c in cands if c.start < end and start < c.end]
        if any(c.label != "Technology" and c.text != acronym for c in inside):
            continue  # the acronym alone may have been read as a firm ("GAA")
        cands = [c for c in cands if c not in inside]
        cands.append(Candidate(start, end, text[start:end], "Technology", "gazetteer", known,
                               surfaces=(f"{acronym} {' '.join(heads[:size])}",)))
    return sorted(cands, key=lambda c: (c.start, -c.end))


BASED_ON = re.compile(r"(?<![\w-])(?:non-)?[a-z]+-based $")
BASED_KINDS = frozenset({"material", "component", None})
"""Kinds of technology that "<what>-based" makes a kind of its own (a material or a
component, or an unknown noun phrase), not fields ("cloud-based AI" is AI)."""


def _based_kinds(text: str, cands: list[Candidate]) -> None:
    """A material or component qualified by what it is based on is a kind of its own:
    "phosphate-based cathode precursors", "silicon-based anodes", "sodium-based batteries",
    "non-silicon-based wafers" (the qualifier joins the candidate, which is no longer the
    gazetteer's plain technology).

    >>> from loaders.nlp import get_nlp
    >>> doc = get_nlp()("It makes silicon-based anodes.")
    >>> cands = ruler_candidates(doc, gazetteer())
    >>> _based_kinds(doc.text, cands)
    >>> [(c.text, c.name) for c in cands if c.label == "Technology"]
    [('silicon-based anodes', 'silicon-based anodes')]
    """
    for cand in cands:
        m = BASED_ON.search(text, max(0, cand.start - 40), cand.start)
        kind = cand.known.properties.get("kind") if cand.known is not None else None
        if cand.label != "Technology" or m is None or kind not in BASED_KINDS:
            continue
        cand.start, cand.known, cand.method = m.start(), None, "pattern"
        cand.text = text[cand.start : cand.end]
        cand.name = technology_name(cand.text)


def _written_out_start(
    text: str, paren: int, acronym: str, cands: list[Candidate]
) -> int | None:
    """Where the written-out form of `acronym` (which ends at `paren`, before " (") starts;
    its words are read capitalised, as technologies are written in lower case."""
    before = [c for c in cands if c.label == "Technology" and c.end == paren - 1]
    if before:
        return before[0].start
    words = list(re.finditer(r"[\w-]+", text[max(0, paren - 80) : paren]))
    offset = max(0, paren - 80)
    for size in range(1, min(len(words), 5) + 1):
        first = words[-size]
        if is_acronym_of(acronym, " ".join(w.group().capitalize() for w in words[-size:])):
            return offset + first.start()
    return None


COUNTED_BEFORE = re.compile(r"\d[\d,.]*(?: (?:million|billion|thousand))? $")
PERIOD_AFTER = re.compile(r" (?:per|a|each|every) (?:day|week|month|quarter|year)\b")


def _counted_units(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A one-word technology counted per period is a unit of capacity, not a mention of the
    technology ("620,000 wafers per year", "40,000 wafers a month").

    >>> c = Candidate(16, 22, "wafers", "Technology", "pattern")
    >>> _counted_units("It makes 50,000 wafers a month.", [c])
    []
    """
    return [c for c in cands if not (
        c.label == "Technology" and " " not in c.text
        and COUNTED_BEFORE.search(text, max(0, c.start - 30), c.start)
        and PERIOD_AFTER.match(text, c.end)
    )]


def _technology_word_after(text: str, cands: list[Candidate]) -> None:
    """A technology followed by "technology" is also named with it ("rare earth processing
    technology", "lithium battery technology"): that wording becomes one of its surfaces."""
    for cand in cands:
        m = TECHNOLOGY_WORD.match(text, cand.end) if cand.label == "Technology" else None
        if m is not None and not cand.text.lower().endswith(("technology", "technologies")):
            cand.surfaces = (*cand.surfaces, cand.text + m.group())


def _names_with_legal_form(text: str, cands: list[Candidate]) -> None:
    """A capitalised technology or product name followed by a legal form ("Silicon Carbide
    LLC", "Rare Earths Ltd", "Kirin Holdings") is a firm's name, legal form included.

    >>> cands = [Candidate(0, 15, "Silicon Carbide", "Technology", "gazetteer")]
    >>> _names_with_legal_form("Silicon Carbide LLC was formed.", cands)
    >>> cands[0].text, cands[0].label
    ('Silicon Carbide LLC', 'Company')
    """
    forms = lexicon().words("legal_forms")
    for cand in cands:
        if cand.label not in ("Technology", "Product") or not all(
                w[:1].isupper() for w in cand.text.split()):
            continue
        after = text[cand.end : cand.end + 12].split(maxsplit=1)
        if after and text[cand.end : cand.end + 1] == " " and after[0].rstrip(",") in forms:
            cand.end += 1 + len(after[0].rstrip(","))
        elif cand.text.split()[-1] not in forms:
            continue
        cand.text, cand.label, cand.method = text[cand.start : cand.end], "Company", "pattern"
        cand.known, cand.name = None, None


def _foreign_bodies(text: str, cands: list[Candidate], gaz: Gazetteer) -> None:
    """A known country's body named after another country ("India's Ministry of Commerce",
    "the Thai Ministry of Commerce") is that country's body: its known agency when the
    gazetteer has one, else a body of its own, "Ministry of Commerce (India)".

    >>> from loaders.gazetteer import gazetteer
    >>> mofcom = gazetteer().lookup("Ministry of Commerce", "Agency")
    >>> cands = [Candidate(8, 28, "Ministry of Commerce", "Agency", "gazetteer", mofcom)]
    >>> _foreign_bodies("India's Ministry of Commerce said.", cands, gazetteer())
    >>> cands[0].known, cands[0].name, cands[0].properties["country"]
    (None, 'Ministry of Commerce (India)', 'India')
    """
    demonyms = lexicon().mapping("demonyms")
    for cand in cands:
        home = cand.known.properties.get("country") if cand.known is not None else None
        if cand.label != "Agency" or home is None or split_country(cand.text)[0] is not None:
            continue
        before = text[max(0, cand.start - 30) : cand.start].rsplit("\n", 1)[-1].split()[-2:]
        for size in (2, 1):
            prefix = " ".join(before[-size:])
            country, rest = split_country(f"{prefix} {cand.text}")
            if country is not None and rest == cand.text and (
                    prefix.endswith(("'s", "\u2019s")) or prefix in demonyms):
                break
        else:
            continue
        if country == home:
            continue
        cand.known = country_agency(f"{country} {cand.text}", gaz)
        if cand.known is None:
            cand.name, cand.properties = f"{cand.text} ({country})", {"country": country}


ACT_YEAR = re.compile(r" of (?:19|20)\d\d\b")


def _acts_with_their_year(text: str, cands: list[Candidate]) -> None:
    """An act cited with its year ("the Defense Production Act of 1950") is named with it:
    the year joins the mention, so the cited form becomes one of the act's surfaces.

    >>> cands = [Candidate(4, 26, "Defense Production Act", "Plan", "gazetteer")]
    >>> _acts_with_their_year("the Defense Production Act of 1950 was cited.", cands)
    >>> cands[0].text
    'Defense Production Act of 1950'
    """
    for cand in cands:
        if cand.label in ("Plan", "Sanction") and cand.text.endswith(("Act", "Law")):
            m = ACT_YEAR.match(text, cand.end)
            if m is not None:
                cand.end, cand.text = m.end(), text[cand.start : m.end()]


TECHNOLOGY_WORD = re.compile(r" (?:technology|technologies)\b")

MODEL_CODE = re.compile(r"[A-Z]{1,3}\d{2,4}[A-Z]? ")
"""A product's model number opening a phrase ("MI450 graphics processors")."""


def _without_model_code(cands: list[Candidate], gaz: Gazetteer) -> None:
    """A technology phrase the ruler opened on a model number names the goods after it:
    "MI450 graphics processors" are graphics processors (the model is the product's, not
    the technology's name).

    >>> cands = [Candidate(0, 25, "MI450 graphics processors", "Technology", "pattern")]
    >>> _without_model_code(cands, gazetteer())
    >>> cands[0].start, cands[0].text, cands[0].known.name
    (6, 'graphics processors', 'GPUs')
    """
    for cand in cands:
        m = MODEL_CODE.match(cand.text) if cand.label == "Technology" and not cand.known else None
        if m is not None:
            cand.start, cand.text = cand.start + m.end(), cand.text[m.end():]
            cand.name, cand.known = None, gaz.lookup(cand.text, "Technology")


def _field_as_kind_only(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A field (a gazetteer technology of kind "field": AI, quantum computing, cloud
    computing) named only as the modifier of another noun ("AI accelerators", "AI data
    centers", "the Rule on Artificial Intelligence Diffusion") names a kind of that noun, not
    the field: its mentions are dropped unless the document also names the field itself ("in
    AI", "AI is ..."), its work ("AI research", "AI applications") or its hardware ("a quantum
    computing chip"): ``field_heads``.

    >>> from loaders.nlp import get_nlp
    >>> doc = get_nlp()("Samsung will supply memory for AMD's AI data centers.")
    >>> [c.text for c in _field_as_kind_only(doc, ruler_candidates(doc, gazetteer()))]
    ['Samsung', 'AMD']
    """
    field_heads = lexicon().words("field_heads")
    named: set[str] = set()
    fields: list[Candidate] = []
    for cand in cands:
        if cand.label != "Technology" or cand.known is None:
            continue
        if cand.known.properties.get("kind") != "field":
            continue
        fields.append(cand)
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        head = _modified_noun(span) if span is not None else None
        if head is None or head.lower_ in field_heads:
            named.add(cand.known.id)
    return [c for c in cands if c not in fields or c.known is None or c.known.id in named]


def _modified_noun(span: Span) -> Token | None:
    """The noun that `span` modifies when it stands before it in a compound ("chips" for
    "AI" in "AI chips", "accelerators" for "artificial intelligence (AI)" in "artificial
    intelligence (AI) accelerators", "provider" for "big data" in "big data service
    provider")."""
    doc, i = span.doc, span.end
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
        i += 3
    if i >= len(doc) or doc[i].pos_ not in {"NOUN", "PROPN"} or not doc[i].is_alpha:
        return None
    last = span[-1]
    if last.head.i < i and last.dep_ not in {"compound", "amod", "nmod"}:
        return None
    while i + 1 < len(doc) and doc[i + 1].pos_ in {"NOUN", "PROPN"} and doc[i + 1].is_alpha:
        i += 1  # the compound's head: "provider" in "big data service provider"
    return doc[i]


CHIPS_FOR = re.compile(
    r"(?:[\w-]+ )*(?:chips|semiconductors|processors) (?:used )?for (?:use in )?"
)


def titled_people(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """People named right after a title ("Ford Chair [Bill Ford]", "Minister of Foreign
    Trade and Development [Reinette Klever]") whom the NER missed or a firm's name hid: the
    last two capitalised words of the title's name run. A known one-word firm or product
    read inside the name ("Ford" of "Bill Ford"), or the NER's firm of that name ("German
    Economy Minister [Robert Habeck]"), leaves `cands`.

    >>> from loaders.nlp import get_nlp
    >>> doc = get_nlp()("Ford Chair Bill Ford said the plant will open.")
    >>> [c.text for c in titled_people(doc, ruler_candidates(doc, gazetteer()))]
    ['Bill Ford']
    """
    lex = lexicon()
    titles = lex.words("person_titles")
    stop = lex.words("person_stop_tokens") | lex.words("agency_cues") | titles
    out: list[Candidate] = []
    for tok in doc_tokens(doc):
        if tok.text not in titles:
            continue
        i = tok.i + 1
        office = i < len(doc) and doc[i].lower_ in {"of", "for"}
        if office:
            i += 1
            while i < len(doc) and (doc[i].is_title or doc[i].lower_ in {"and", "the", "of"}):
                i += 1
        else:
            while i < len(doc) and doc[i].is_title and doc[i].is_alpha:
                i += 1
        run = [t for t in doc[tok.i + 1 : i] if t.is_title and t.is_alpha]
        names = run[-2:] if office else run if len(run) <= 3 else []
        if len(names) < 2 or any(t.text in stop for t in names) or i < len(doc) and (
            doc[i].text[:1].isupper() and doc[i].is_alpha
            or doc[i].text in HYPHENS and not doc[i - 1].whitespace_  # "Choi Sang[-mok]"
        ):
            continue
        start, end = names[0].idx, names[-1].idx + len(names[-1].text)
        if in_heading(doc_text(doc), start, end):
            continue  # "CEO Lisa Su Says": a headline's capitals
        if names[0].ent_type_ in {"LOC", "FAC"} or is_place(doc_text(doc)[start:end]):
            continue  # "CEO of the [Silicon Valley] chip titan": a place
        inside = [c for c in cands if c.start < end and start < c.end]
        if any(c.label == "Person" or not (start <= c.start and c.end <= end)
               or " " in c.text and (c.known is not None or c.method != "ner") for c in inside):
            continue  # a known or pattern name is no person's
        cands[:] = [c for c in cands if c not in inside]
        out.append(Candidate(start, end, doc_text(doc)[start:end], "Person", "ner"))
    return out


APPOSITIVE_NAME = re.compile(
    r"(?<![\w-])([A-Z][a-z]+(?:[- ][A-Z][a-z]+){1,2}), "
    r"(?:(?:the|a|an|its|[A-Z][\w.]*(?:'s|\u2019s)) )?((?:[a-z-]+ ){0,3}\w+)\b"
)
"""A two- or three-word name right before ", <country's> <role words> <title>"
("Chrystia Freeland, Canada's deputy prime minister")."""


def appositive_people(text: str, cands: list[Candidate]) -> list[Candidate]:
    """People introduced by their role in an appositive whom the NER read as places or a
    firm ("Chrystia Freeland, Canada's deputy prime minister"; "Mira Tan, a senior
    analyst"): the candidates inside the name leave unless one is known.

    >>> c = Candidate(0, 8, "Chrystia", "Company", "ner")
    >>> [p.text for p in appositive_people("Chrystia Freeland, Canada's finance minister.", [c])]
    ['Chrystia Freeland']
    """
    titles = lexicon().words("person_titles")
    cues = lexicon().words("company_cues")
    out: list[Candidate] = []
    for m in APPOSITIVE_NAME.finditer(text):
        start, end = m.span(1)
        before = text[max(0, start - 30) : start].split()
        if (not set(m.group(2).split()) & titles or m.group(1).split()[-1] in cues
                or before and before[-1][:1].isupper() and not before[-1].endswith(",")):
            continue  # no role named, a firm's name, or the end of a longer name
        inside = [c for c in cands if c.start < end and start < c.end]
        if any(c.label == "Person" or c.known is not None or c.start < start or c.end > end
               for c in inside):
            continue
        cands[:] = [c for c in cands if c not in inside]
        out.append(Candidate(start, end, m.group(1), "Person", "ner"))
    return out


NICKNAMED = re.compile(
    r"(?<![\w-])([A-Z][a-z]+) [\"\u201c]([A-Z][a-z]+)[\"\u201d] ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
    r"(?![\w-])"
)
"""A name with a quoted nickname between its given name and surname."""


def nicknamed_people(text: str, cands: list[Candidate]) -> list[Candidate]:
    """People written with a quoted nickname ('Joko "Jokowi" Widodo'), named without it
    (the names read inside leave `cands`, unless one is known).

    >>> [p.name for p in nicknamed_people('President Joko "Jokowi" Widodo spoke.', [])]
    ['Joko Widodo']
    """
    out: list[Candidate] = []
    for m in NICKNAMED.finditer(text):
        start, end = m.span()
        inside = [c for c in cands if c.start < end and start < c.end]
        if any(c.known is not None or c.start < start or c.end > end for c in inside):
            continue
        cands[:] = [c for c in cands if c not in inside]
        out.append(Candidate(start, end, text[start:end], "Person", "ner",
                             name=f"{m.group(1)} {m.group(3)}"))
    return out


@lru_cache(maxsize=1)
def _hyphenated_name() -> re.Pattern[str]:
    """A surname of the lexicon's ``east_asian_surnames`` and a hyphenated given name."""
    surnames = "|".join(sorted(lexicon().words("east_asian_surnames")))
    return re.compile(rf"(?<![\w.-])(?:{surnames}) [A-Z][a-z]{{1,6}}[-\u2010\u2011]([a-z]{{1,5}})"
                      rf"(?![\w-])")


HYPHEN_WORDS = frozenset({"based", "made", "run", "led", "era", "wide", "born", "like", "only",
                          "free", "old", "new", "year", "type", "style", "owned", "level"})
"""Words after a hyphen that make a compound ("Hong Kong-based"), not a given name."""


def hyphenated_given_names(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Korean and Taiwanese names written surname first with a hyphenated given name
    ("Moon Jae-in", "Lai Ching-te"), which the NER cuts at the hyphen or reads as a firm:
    the candidates inside leave `cands`, unless a known name reaches past the match.

    >>> [p.text for p in hyphenated_given_names("President Moon Jae-in spoke.", [])]
    ['Moon Jae-in']
    >>> hyphenated_given_names("Hong Kong-based firms", [])
    []
    """
    out: list[Candidate] = []
    for m in _hyphenated_name().finditer(text):
        start, end = m.span()
        if m.group(1) in HYPHEN_WORDS:
            continue
        if _take_person_span(cands, start, end):
            out.append(Candidate(start, end, text[start:end], "Person", "pattern"))
    return out


INITIALLED_NAME = re.compile(r"(?<![\w.])((?:[A-Z]\.){2,3}) ?([A-Z][a-z]+)(?![\w-]| [A-Z])")
"""Initials and a surname ("J.B. Straubel", "C.C. Wei"), no capitalised word after."""


def initialled_people(text: str, cands: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """People named by their initials and surname, whom the NER does not read; initials
    the gazetteer knows ("U.S.", "U.K.") name no person; a firm the NER read over exactly the
    name gives way, a known or longer name does not.

    >>> from loaders.gazetteer import gazetteer
    >>> [p.text for p in initialled_people("Founder J.B. Straubel spoke.", [], gazetteer())]
    ['J.B. Straubel']
    >>> initialled_people("The U.S. Treasury spoke.", [], gazetteer())
    []
    """
    out: list[Candidate] = []
    for m in INITIALLED_NAME.finditer(text):
        start, end = m.span()
        if gaz.lookup(m.group(1)) is not None or gaz.lookup(m.group(2)) is not None:
            continue
        if _take_person_span(cands, start, end):
            out.append(Candidate(start, end, text[start:end], "Person", "pattern"))
    return out


def _take_person_span(cands: list[Candidate], start: int, end: int) -> bool:
    """Whether a person's name may stand at start..end, and if so the candidates read inside
    it leave `cands`: not when a candidate reaches past it (a longer name) or one of the
    same span is a person or known already."""
    inside = [c for c in cands if c.start < end and start < c.end]
    if any(c.start < start or c.end > end or (c.start, c.end) == (start, end)
           and (c.label == "Person" or c.known is not None) for c in inside):
        return False
    cands[:] = [c for c in cands if c not in inside]
    return True


LEADERS_GOVERNMENT = re.compile(r"\b([A-Z][a-z]+)(?:'s|\u2019s) (government|administration)\b")
"""A government named by its leader's surname ("Widodo's government")."""


def leaders_governments(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A government named after a person of the document ("Joko Widodo ... Widodo's
    government", "Milei's administration") is an Agency; a surname read inside leaves
    `cands`.

    >>> people = [Candidate(0, 11, "Joko Widodo", "Person", "ner")]
    >>> [c.text for c in leaders_governments("Joko Widodo won. Widodo's government fell.", people)]
    ["Widodo's government"]
    """
    surnames = {c.text.split()[-1] for c in cands if c.label == "Person"}
    surnames |= {c.name.split()[-1] for c in cands if c.label == "Person" and c.name}
    out: list[Candidate] = []
    for m in LEADERS_GOVERNMENT.finditer(text):
        start, end = m.span()
        if m.group(1) not in surnames or any(
            c.start < end and start < c.end and c.label != "Person" and c.text != m.group(1)
            for c in cands
        ):
            continue  # the surname may have been read as a firm
        cands[:] = [c for c in cands if not (start <= c.start and c.end <= end)]
        out.append(Candidate(start, end, m.group(), "Agency", "pattern"))
    return out


@lru_cache(maxsize=1)
def _cabinet_title() -> re.Pattern[str]:
    """"Commerce Secretary" or "Secretary of (the) Commerce", for each department word."""
    departments = "|".join(sorted(lexicon().mapping("cabinet_departments"), key=len, reverse=True))
    return re.compile(rf"\b(?:(?P<before>{departments}) Secretary\b"
                      rf"|Secretary of (?:the )?(?P<after>{departments})\b)")


def cabinet_departments(text: str, cands: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """The U.S. department a cabinet secretary's title names ("Commerce Secretary Gina
    Raimondo", "Secretary of the Treasury"), in a document that names the United States:
    the department word is a mention of the department (``cabinet_departments`` of the
    lexicon). The Secretary of State is left out: annotators tie the holder to the country.

    >>> from loaders.gazetteer import gazetteer
    >>> us = [Candidate(0, 4, "U.S.", "Country", "gazetteer", gazetteer().lookup("U.S."))]
    >>> [(c.text, c.known.name) for c in cabinet_departments(
    ...     "U.S. Commerce Secretary Gina Raimondo spoke.", us, gazetteer()) if c.known]
    [('Commerce', 'U.S. Department of Commerce')]
    """
    if not any(c.known is not None and c.known.label == "Country"
               and c.known.name == "United States" for c in cands):
        return []
    names = lexicon().mapping("cabinet_departments")
    out: list[Candidate] = []
    for m in _cabinet_title().finditer(text):
        group = "before" if m.group("before") else "after"
        start, end = m.span(group)
        known = gaz.lookup(names[m.group(group)], "Agency")
        if known is None or any(c.start < end and start < c.end for c in cands):
            continue
        out.append(Candidate(start, end, m.group(group), "Agency", "gazetteer", known))
    return out


CODE_NAME = re.compile(r"(?=\w*\d)[0-9A-Z][0-9A-Z-]{1,7}")
"""A letter-and-digit code that opens a firm's name ("3HC", "X5")."""


def firms_named_with_a_technology(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """An unknown capitalised name right before a capitalised technology word inside a
    sentence names a firm ("Brinc Drones", "Zentek Semiconductors"): the technology read
    there leaves `cands`.

    >>> from loaders.nlp import get_nlp
    >>> doc = get_nlp()("The list names Skydio, Brinc Drones and Insitu.")
    >>> [c.text for c in firms_named_with_a_technology(doc, ruler_candidates(doc, gazetteer()))]
    ['Brinc Drones']
    """
    text = doc_text(doc)
    out: list[Candidate] = []
    for cand in cands:
        if cand.label != "Technology":  # (both readings below start from a technology)
            continue
        span = doc.char_span(cand.start, cand.end)
        if (cand.known is None and span is not None
                and len(span) == 2 and CODE_NAME.fullmatch(span[0].text) and span[1].is_title
                and not span[0].is_sent_start and not in_heading(text, cand.start, cand.end)):
            cands[:] = [c for c in cands if c is not cand]  # "3HC Semiconductors"
            out.append(Candidate(cand.start, cand.end, cand.text, "Company", "pattern"))
            continue
        if span is None or len(span) != 1 or span.start < 2:
            continue
        word, before = span[0], doc[span.start - 1]
        if (not word.is_title or not before.is_title or not before.is_alpha
                or before.is_sent_start or word.is_sent_start or before.is_stop
                or in_heading(text, cand.start, cand.end)
                or any(c.start < before.idx + len(before) and before.idx < c.end for c in cands)
                or is_place(before.text) or before.text in lexicon().mapping("demonyms")):
            continue
        cands[:] = [c for c in cands if c is not cand]
        out.append(Candidate(before.idx, cand.end, text[before.idx : cand.end], "Company",
                             "pattern"))
    return out


AMPERSAND = re.compile(r"(?<=[\w.]) & (?=[A-Z])")
NAME_AFTER = re.compile(r"[A-Z][\w-]*(?: [A-Z][\w-]*)*")
NAME_BEFORE = re.compile(r"(?:[A-Z][\w.-]* )*[A-Z][\w.-]*(?:, [A-Z][\w-]*)?$")
"""Capitalised words before an ampersand, with one comma-joined word ("Boeing Defense, Space")."""


def ampersand_names(text: str, cands: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """`cands` with firms' official names joined by an ampersand made one firm: a firm's
    name, capitalised words, at most one comma-joined word, "&" and capitalised words
    ("Boeing Defense, Space & Security", "Raytheon Missiles & Defense"). A comma part that
    opens with a known name or follows a whole name is a firm of its own ("General Dynamics,
    [Raytheon Missiles & Defense]"); the whole must open where a firm does, and a known
    firm after the ampersand makes two ("Google & Microsoft").

    >>> from loaders.nlp import get_nlp
    >>> text = "It named Raytheon Missiles & Defense."
    >>> [c.text for c in ampersand_names(text, ruler_candidates(get_nlp()(text), gazetteer()),
    ...                                   gazetteer())]
    ['Raytheon Missiles & Defense']
    """
    for amp in AMPERSAND.finditer(text):
        before = NAME_BEFORE.search(text, max(0, amp.start() - 80), amp.start())
        after = NAME_AFTER.match(text, amp.end())
        if before is None or after is None:
            continue
        start, end = before.start(), after.end()
        comma = text.find(", ", start, amp.start())
        if comma >= 0 and any(c.start == comma + 2 and c.known is not None
                              or c.start == start and c.end == comma for c in cands):
            start = comma + 2  # the part before the comma is a whole name of its own
        if any(c.start == amp.end() and c.known is not None for c in cands):
            continue  # "Google & Microsoft": two firms
        first = [c for c in cands if c.start == start and c.label == "Company"]
        inside = [c for c in cands if c.start < end and start < c.end]
        if not first or any(c.start < start or c.end > end or c.label not in FIRM_PARTS
                            for c in inside) or any(c.end - c.start == end - start
                                                    for c in inside):
            continue
        name = text[start:end]
        known = gaz.lookup(name)
        cands = [c for c in cands if c not in inside]
        cands.append(Candidate(start, end, name, known.label if known else "Company",
                               "gazetteer" if known else "pattern", known))
    return sorted(cands, key=lambda c: (c.start, -c.end))


DIVISION_WORDS = frozenset({
    "Missiles", "Missile", "Defense", "Defence", "Space", "Security", "Systems", "Aerospace",
    "Aeronautics", "Electronics", "Sensors", "Mission", "Solutions", "Services", "Fire",
    "Control", "Intelligence", "Information", "Marine", "Land", "Air", "Naval", "Rotary",
    "Armaments", "Cyber", "Communications", "Propulsion", "Avionics", "Weapons",
})
"""Words of a defence or industrial group's division names ("Missiles and Fire Control")."""
DIVISION = re.compile(r" ((?:[A-Z][\w-]* )*[A-Z][\w-]*) and ((?:[A-Z][\w-]* ){0,2}[A-Z][\w-]*)\b")


def division_names(text: str, cands: list[Candidate]) -> list[Candidate]:
    """`cands` with a known firm's division named by business lines joined by "and" made
    one firm: "Lockheed Martin Missiles and Fire Control", "Raytheon Intelligence and Space"
    (every word before "and" and one after it a division word; a known name after "and"
    is a firm of its own: "Boeing Defense and Airbus").

    >>> text = "It named Raytheon Intelligence and Space."
    >>> firm = Candidate(9, 17, "Raytheon", "Company", "gazetteer", gazetteer().lookup("RTX"))
    >>> [c.text for c in division_names(text, [firm])]
    ['Raytheon Intelligence and Space']
    """
    for firm in [c for c in cands if c.label == "Company" and c.known is not None]:
        m = DIVISION.match(text, firm.end)
        if (m is None or not set(m.group(1).split()) <= DIVISION_WORDS
                or not DIVISION_WORDS & set(m.group(2).split())):
            continue
        inside = [c for c in cands if c.start < m.end() and firm.end <= c.start]
        if any(c.known is not None and c.label != "Technology" or c.end > m.end()
               for c in inside):
            continue
        cands = [c for c in cands if c is not firm and c not in inside]
        cands.append(Candidate(firm.start, m.end(), text[firm.start : m.end()], "Company",
                               "pattern"))
    return sorted(cands, key=lambda c: (c.start, -c.end))


PLACE_NAMED_FIRM = re.compile(r"\b([A-Z][\w'-]*)((?: [A-Z][\w-]*){1,4})\b")


def place_named_firms(text: str, cands: list[Candidate]) -> list[Candidate]:
    """`cands` with firms named by their town and a descriptive last word made whole: a
    town or Chinese city, two to four capitalised words, the last a word of firms' names
    ("Xi'an Tianhe Defense Technology", "Karachi Precision Engineering", "Wuhan Dingxin
    Microelectronics") is a firm; the NER's parts of it leave `cands`. A name with a known
    entity in it (other than a technology or product) stays as it is.

    >>> text = "Exports went to Karachi Precision Engineering."
    >>> [c.text for c in place_named_firms(text, [])]
    ['Karachi Precision Engineering']
    """
    last_words = (lexicon().words("descriptive_name_words") | lexicon().words("company_cues")
                  | FIRM_LAST_WORDS)
    for m in PLACE_NAMED_FIRM.finditer(text):
        town, words = m.group(1), m.group(2).split()
        if ((town not in CHINESE_PLACES and town not in towns()) or len(words) < 2
                or words[-1] not in last_words):
            continue  # "Huawei's Shenzhen Technology campus": a place and a word
        start, end = m.span()
        inside = [c for c in cands if c.start < end and start < c.end]
        if any(c.start < start or c.end > end or c.known is not None
               and c.label not in GOODS_LABELS and c.end != m.end(1) for c in inside):
            continue  # the town itself may be known: "Beijing" stands for China elsewhere
        cands = [c for c in cands if c not in inside]
        cands.append(Candidate(start, end, text[start:end], "Company", "pattern"))
    return sorted(cands, key=lambda c: (c.start, -c.end))


SOURCE_NAME = r"([A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,3})"
NEWS_SOURCE = re.compile(
    rf"(?:\baccording to (?:the )?{SOURCE_NAME}"
    rf"|\b(?:media|outlet|newspaper|daily|news agency|broadcaster|magazine|publication)"
    rf" {SOURCE_NAME}"
    rf"|(?:^|(?<=[,;.\n] )){SOURCE_NAME},? (?:reported|reports|said in a report|wrote)\b)",
    re.MULTILINE,
)
"""A name that reports the news: the object of "according to", a name behind a media noun
("Korean media Chosun-biz"), a clause's subject of "reported"."""
MEDIA_NOUN_BEFORE = re.compile(
    r"\b(?:media|outlet|newspaper|daily|news agency|broadcaster|magazine|publication) $"
)


def news_sources(doc: Doc, cands: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """Unknown publishers and news agencies (Company, as the gold sets annotate them):
    "according to Light Reading", ", Inside Towers reported", "Korean media Chosun-biz
    reported". The name is a proper noun, not a place, a month or a known entity; a name
    the NER took for a person is a publisher only behind a media noun ("according to
    John Smith" is a person).

    >>> from loaders.nlp import get_nlp
    >>> doc = get_nlp()("Canada has already banned the two vendors, Inside Towers reported.")
    >>> [(c.text, c.label) for c in news_sources(doc, [], gazetteer())]
    [('Inside Towers', 'Company')]
    """
    text = doc_text(doc)
    out: list[Candidate] = []
    for m in NEWS_SOURCE.finditer(text):
        group = next(g for g in (1, 2, 3) if m.group(g))
        start, end = m.span(group)
        span = doc.char_span(start, end, alignment_mode="contract")
        name = m.group(group)
        if (span is None or span[0].pos_ != "PROPN" or is_place(name) or name in WEEKDAYS
                or name.split()[0] in MONTHS or gaz.lookup(name) is not None
                or set(name.split()) & lexicon().words("person_titles")
                or text.startswith(" of ", end)):
            continue  # "according to Federal Minister of the Interior Nancy Faeser"
        inside = [c for c in cands if c.start < end and start < c.end]
        if any(c.known is not None or c.label not in {"Person", "Company"} for c in inside):
            continue
        if any(c.label == "Person" for c in inside) and not MEDIA_NOUN_BEFORE.search(
            text, max(0, start - 20), start
        ):
            continue
        for c in inside:
            c.label, c.method = "Company", "pattern"
        if not inside:
            out.append(Candidate(start, end, name, "Company", "pattern"))
    return out


BRAND_NAME = r"([A-Z][\w-]+(?: [A-Z][\w-]+)?)"
OWNED_AFTER = re.compile(
    r" \((?:(?:from|owned by|part of|made by|an? (?:subsidiary|brand|unit|division) of) (?:the )?"
    r"(?P<owner>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*)"
    r"|an? (?P<group>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*) (?:subsidiary|brand|unit|division))\)"
)
"""A parenthesis that names a brand's owner: "(from GM)", "(a Ford subsidiary)"."""
BRAND_BEFORE_OWNER = re.compile(rf"(?<![\w-]){BRAND_NAME}$")


def group_brands(text: str, cands: list[Candidate]) -> list[Candidate]:
    """`cands` with the brands that a parenthesis gives a known owner read as firms:
    "Lincoln (a Ford subsidiary)", "Dodge (owned by Stellantis)", "Buick (from GM)". The
    brand is a capitalised name that is no known entity of another label. (A possessive
    "Amazon's Kindle brand" is a product line; well-known car makes are in the gazetteer.)

    >>> text = "Lincoln (a Ford subsidiary) sells cars."
    >>> ford = Candidate(11, 15, "Ford", "Company", "gazetteer", known=gazetteer().lookup("Ford"))
    >>> [c.text for c in group_brands(text, [ford])]
    ['Lincoln', 'Ford']
    """
    owners = [c for c in cands if c.label == "Company" and c.known is not None]
    spans: list[tuple[int, int]] = []
    for owner in owners:
        opening = text.rfind(" (", max(0, owner.start - 40), owner.start)
        owned = OWNED_AFTER.match(text, opening) if opening >= 0 else None
        named = owned and (owned.group("owner") or owned.group("group"))
        if owned is not None and named and owner.start == text.find(named, opening):
            before = BRAND_BEFORE_OWNER.search(text, max(0, opening - 30), opening)
            if before is not None:
                spans.append(before.span(1))
    for start, end in spans:
        inside = [c for c in cands if c.start < end and start < c.end]
        if any(c.known is not None and c.label != "Company" or c.start < start or c.end > end
               for c in inside) or text[start:end] in WEEKDAYS | MONTHS:
            continue
        cands = [c for c in cands if c not in inside]
        cands.append(Candidate(start, end, text[start:end], "Company", "pattern"))
    return sorted(cands, key=lambda c: (c.start, -c.end))


MONTHS = frozenset({"January", "February", "March", "April", "May", "June", "July", "August",
                    "September", "October", "November", "December"})


@lru_cache(maxsize=1)
def _unit_region() -> re.Pattern[str]:
    """A region or US state right after a firm's name (" Americas", " Arizona")."""
    names = sorted(lexicon().words("unit_regions"), key=len, reverse=True)
    return re.compile(r" (" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


def regional_units(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """`cands` with a known firm's regional unit made one firm: the firm's name right before
    a country or region, in one noun phrase that the place heads ("Hanwha USA", "Nissan
    Americas", "Vodafone Germany said"). Not a place that modifies a further noun ("Tesla
    China sales"), nor a place that is another clause's subject ("after banning Huawei
    Germany said ..."), nor a demonym, nor on a heading line.

    >>> from loaders.nlp import get_nlp
    >>> doc = get_nlp()("A spokesperson for Hanwha USA declined to comment.")
    >>> firm = Candidate(19, 25, "Hanwha", "Company", "gazetteer", gazetteer().lookup("Hanwha"))
    >>> usa = Candidate(26, 29, "USA", "Country", "gazetteer", gazetteer().lookup("USA"))
    >>> [c.text for c in regional_units(doc, [firm, usa])]
    ['Hanwha USA']
    """
    text = doc_text(doc)
    by_start = {c.start: c for c in cands}
    for firm in [c for c in cands if c.label == "Company" and c.known is not None]:
        place = by_start.get(firm.end + 1)
        if (place is not None and place.label == "Country" and place.text[:1].isupper()
                and text[firm.end] == " "):
            end = place.end
        else:
            region = _unit_region().match(text, firm.end)
            if region is None or any(c.start < region.end() and region.start() < c.start
                                     for c in cands if c is not firm):
                continue
            place, end = None, region.end()
        if not _one_phrase(doc, firm.end, end) or in_heading(text, firm.start, end):
            continue
        cands = [c for c in cands if c is not firm and c is not place]
        cands.append(Candidate(firm.start, end, text[firm.start : end], "Company", "pattern"))
    return sorted(cands, key=lambda c: (c.start, -c.end))


def _one_phrase(doc: Doc, firm_end: int, place_end: int) -> bool:
    """Whether the firm's name ending at `firm_end` and the place after it ending at
    `place_end` make one name that the place heads and that modifies no further noun."""
    firm = doc.char_span(firm_end - 1, firm_end, alignment_mode="expand")
    place = doc.char_span(place_end - 1, place_end, alignment_mode="expand")
    if firm is None or place is None:
        return False
    firm_last, place_last = firm[-1], place[-1]
    if place_last.tag_ not in {"NNP", "NNPS"}:
        return False  # "Huawei Chinese ...": a demonym, no place name
    after = doc[place_last.i + 1] if place_last.i + 1 < len(doc) else None
    if after is not None and (after.is_title or after.is_lower and after.pos_ in {"NOUN", "PROPN"}):
        return False  # "Hanwha USA Holdings", "Tesla China sales"
    heads = firm_last.head == place_last or firm_last.head.head == place_last
    first = firm_last
    while first.i > 0 and first.nbor(-1).head == place_last and first.nbor(-1).is_title:
        first = first.nbor(-1)
    before = doc[first.i - 1] if first.i > 0 else None
    if place_last.dep_ == "nsubj" and before is not None and (before.pos_ == "ADP" or (
            before.pos_ == "VERB" and not any(c.dep_ in CLAUSE_DEPS for c in before.children))):
        return False  # "after banning Huawei Germany said": the firm is the verb's object
    return heads and place_last.dep_ not in COMPOUND_DEPS


CLAUSE_DEPS = frozenset({"ccomp", "dobj", "xcomp"})


FIRM_LAST_WORDS = frozenset({"Defense", "Defence", "Avionics", "Optical", "Photoelectric",
                             "Instruments", "Engineering", "Tools", "Machinery", "Aerospace"})
"""Further last words of firms named by their town ("... Precision Instruments")."""
DIVISION_AFTER = re.compile(r" \(([A-Z]{2,6})\) (Division|Unit|Business|Segment)\b")


def divisions_with_acronym(text: str, cands: list[Candidate]) -> list[Candidate]:
    """`cands` with a firm's division named with its acronym before "Division" made one
    firm without the acronym: "Device Solutions (DS) Division" is "Device Solutions
    Division" (its acronym an alias).

    >>> text = "Its Device Solutions (DS) Division grew."
    >>> unit = Candidate(4, 20, "Device Solutions", "Company", "ner")
    >>> [(c.text, c.name, c.surfaces) for c in divisions_with_acronym(text, [unit])]
    [('Device Solutions (DS) Division', 'Device Solutions Division', ('DS',))]
    """
    for unit in [c for c in cands if c.label == "Company" and c.known is None]:
        m = DIVISION_AFTER.match(text, unit.end)
        if m is None:
            continue
        inside = [c for c in cands if unit.end <= c.start < m.end()]
        cands = [c for c in cands if c is not unit and c not in inside]
        cands.append(Candidate(unit.start, m.end(), text[unit.start : m.end()], "Company",
                               unit.method, name=f"{unit.text} {m.group(2)}",
                               surfaces=(m.group(1),)))
    return sorted(cands, key=lambda c: (c.start, -c.end))


FIELDS_OF = re.compile(
    r"\b(?:Institute|School|College|Academy|Laboratory|Center|Centre|Faculty) of"
    r" [A-Z][\w-]*(?: [A-Z][\w-]*)*$"
)
MORE_FIELDS = re.compile(r"(?:, [A-Z][\w-]*(?: [A-Z][\w-]*)*)*,? and [A-Z][\w-]*(?: [A-Z][\w-]*)*")
"""The further fields of a body named by its fields ("..., Fine Mechanics, and Physics")."""


def listed_fields(text: str, cands: list[Candidate]) -> list[Candidate]:
    """`cands` with a body named by a list of fields read to the list's end: "Changchun
    Institute of Optics, Fine Mechanics, and Physics" is one name, not a body and a firm
    "Physics". A field list that names a known entity or a body of its own ("Institute
    of Physics and Tsinghua University") stays apart.

    >>> text = "It added the Changchun Institute of Optics, Fine Mechanics, and Physics."
    >>> body = Candidate(13, 42, text[13:42], "Organization", "pattern")
    >>> [c.text for c in listed_fields(text, [body])]
    ['Changchun Institute of Optics, Fine Mechanics, and Physics']
    """
    heads = lexicon().words("organization_cues") | lexicon().words("agency_cues")
    for body in [c for c in cands if c.label in {"Organization", "Agency"}]:
        more = MORE_FIELDS.match(text, body.end)
        if not FIELDS_OF.search(body.text) or more is None:
            continue
        inside = [c for c in cands if c.start < more.end() and body.end <= c.start]
        words = re.findall(r"[\w-]+", more.group())
        if heads & set(words) or any(c.end > more.end() or c.known is not None
                                     and c.label != "Technology" for c in inside):
            continue
        cands = [c for c in cands if c is not body and c not in inside]
        cands.append(Candidate(body.start, more.end(), text[body.start : more.end()],
                               body.label, body.method))
    return sorted(cands, key=lambda c: (c.start, -c.end))


FIRM_PARTS = frozenset({"Company", "Organization", "Person", "Technology"})
"""What the NER makes of the parts of an official firm name ("Space & Security")."""


def _surnames_read_as_firms(cands: list[Candidate]) -> None:
    """A lone unknown "firm" that is the surname of a person named earlier is that person
    ("Chrystia Freeland, ... Freeland has said"); `cands` is sorted by position."""
    surnames: set[str] = set()
    for cand in cands:
        if cand.label == "Person" and " " in cand.text:
            surnames.add(cand.text.split()[-1])
        elif (cand.label == "Company" and cand.known is None and cand.method == "ner"
              and cand.text in surnames):
            cand.label, cand.method = "Person", "surname"


def _short_plan_names(cands: list[Candidate]) -> None:
    """A plan's short name is the document's plan whose longer name ends with it: "Chips
    Act" in an article on the "EU Chips Act" is the EU's act, not the US one."""
    plans = [c for c in cands if c.label == "Plan" and c.known is not None]
    for cand in plans:
        longer = next((c for c in plans if c.known is not cand.known
                       and c.text.casefold().endswith(" " + cand.text.casefold())), None)
        if longer is not None:
            cand.known = longer.known


def _home_plan_names(cands: list[Candidate], gaz: Gazetteer) -> None:
    """A plan name the gazetteer gives to a country the document does not name is the plan
    of a named country whose longer name ends with it: "the Chips Act" in an article that
    names the European Union, not the United States, is the European Chips Act."""
    named = {c.known.name for c in cands if c.label == "Country" and c.known is not None}
    named |= {str(c.known.properties["country"]) for c in cands
              if c.label == "Agency" and c.known is not None and "country" in c.known.properties}
    homes: list[Entity] | None = None  # read off the whole gazetteer only when needed
    for cand in cands:
        home = cand.known.properties.get("country") if cand.known is not None else None
        if cand.label != "Plan" or home is None or home in named:
            continue
        if homes is None:
            homes = [e for e in gaz.entities.values()
                     if e.label == "Plan" and e.properties.get("country") in named]
        short = " " + alias_key(cand.text)
        other = next((e for e in homes if any(
            alias_key(surface).endswith(short) for surface in (e.name, *e.aliases))), None)
        if other is not None:
            cand.known = other


WRITTEN_OUT = re.compile(r"(?:[A-Z][\w]*(?:-[A-Za-z][\w]*)* (?:(?:of|for|on|and|in|the) )?){1,6}$")
"""The capitalised words right before a parenthesised acronym ("Production-Linked Incentive ")."""


def _acronym_plans(text: str, cands: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """A programme written out with its acronym in parentheses before the programme noun
    ("Production-Linked Incentive (PLI) scheme", "Clean Hydrogen Partnership (CHP)
    programme") is one Plan over the whole phrase, the gazetteer's "<acronym> <noun>" when
    it knows it, instead of the pieces read from it; not when a piece is a known entity of
    another label ("Toyota Motor Corporation (TMC) plan" is a firm's plan).

    >>> from loaders.nlp import get_nlp
    >>> doc = get_nlp()("Firms under the Production-Linked Incentive (PLI) scheme gained.")
    >>> [(c.text, c.label) for c in _acronym_plans(doc.text, ruler_candidates(
    ...     doc, gazetteer()), gazetteer()) if c.label == "Plan"]
    [('Production-Linked Incentive (PLI) scheme', 'Plan')]
    """
    nouns = lexicon().words("programme_nouns")
    for m in PARENTHESISED_ACRONYM.finditer(text):
        acronym, noun = m.group(1), m.group(2)
        written = WRITTEN_OUT.search(text, max(0, m.start() - 80), m.start())
        if noun not in nouns or written is None:
            continue
        words = written.group().split()
        size = next((n for n in range(1, len(words) + 1)
                     if is_acronym_of(acronym, " ".join(words[-n:]))), None)
        if size is None:
            continue
        start, end = m.start() - len(" ".join(words[-size:])) - 1, m.start(2) + len(noun)
        inside = [c for c in cands if c.start < end and start < c.end]
        if any(c.known is not None and c.known.label != "Plan" for c in inside):
            continue
        known = gaz.lookup(f"{acronym} {noun}", "Plan")
        cands = [c for c in cands if c not in inside]
        cands.append(Candidate(start, end, text[start:end], "Plan",
                               "gazetteer" if known else "pattern", known,
                               surfaces=(f"{acronym} {noun}",)))
    return sorted(cands, key=lambda c: (c.start, -c.end))


QUOTED_HEAD = re.compile(
    r"[\"\u201c][A-Z0-9][\w\u2010\u2011-]* (?:(?:[A-Z0-9][\w\u2010\u2011-]*|of|and|for|the) ){0,3}$"
)
"""The opening quote of a title and its first words ("\"Chip-driven Taiwan ...")."""
QUOTE_CLOSE = ('"', "\u201d")


def _quoted_titles(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A quoted title is one name: a plan named at the end of a quote is named by the whole
    quote ("\"Chip-driven Taiwan Industrial Innovation Plan\"" is not the "Taiwan
    Industrial Innovation Plan"); names read inside the quote leave.

    >>> c = Candidate(18, 30, "Revival Plan", "Plan", "pattern")
    >>> [x.text for x in _quoted_titles('He hailed "AI-led Revival Plan".', [c])]
    ['AI-led Revival Plan']
    """
    for cand in cands:
        if cand.label != "Plan" or cand.known is not None or not text.startswith(
            QUOTE_CLOSE, cand.end
        ):
            continue
        head = QUOTED_HEAD.search(text, max(0, cand.start - 60), cand.start)
        if head is None:
            continue
        start = head.start() + 1
        inside = {id(c) for c in cands if c is not cand and start <= c.start < cand.end}
        cand.start, cand.text = start, text[start : cand.end]
        cands = [c for c in cands if id(c) not in inside]
    return cands


def _firms_named_like_people(text: str, cands: list[Candidate]) -> None:
    """A "person" whose first name opens a firm's name in the same document is a firm of
    that group ("Changxin Xinqiao" next to "Changxin Memory Technology"), unless a title
    names the person ("Economy Minister Robert Habeck" next to "Robert Bosch"); so is one
    that firm nouns introduce ("Russian firms Kremniy El"), that renames a firm
    ("..., formerly known as Xinhan Optical") or that ends with a firm's word ("Firestorm
    Labs", "Red Six Solutions")."""
    firsts = {c.text.split()[0] for c in cands
              if c.label == "Company" and " " in c.text and len(c.text.split()[0]) >= 5}
    titles = lexicon().words("person_titles")
    cues = lexicon().words("company_cues")
    for cand in cands:
        if cand.label != "Person" or cand.known is not None:
            continue
        before = text[max(0, cand.start - 80) : cand.start]
        words = before.split()
        introduced = FIRMS_BEFORE.search(before) and not PERSON_VERB_AFTER.match(text, cand.end)
        if (cand.text.split()[0] in firsts and not (words and words[-1] in titles)
                or introduced or RENAMED_FIRM_BEFORE.search(before)
                or cand.text.split()[-1] in cues):
            cand.label = "Company"


FIRMS_BEFORE = re.compile(
    r"\b(?:firms?|compan(?:y|ies)|chipmakers?|makers?|manufacturers?|suppliers?|start-?ups?|"
    r"units?|subsidiar(?:y|ies)|affiliates?|entities|giants?|rivals?|vendors?|distributors?)"
    r"\s+(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*\s*(?:,|,? and)\s+)*$"
)
"""Firm nouns right before a name, or before a list that ends with it ("Russian firms
[Kremniy El] and [Mikron]")."""
PERSON_VERB_AFTER = re.compile(
    r"\s+(?:co-)?(?:founded|leads|led|runs|ran|started|heads|headed|chairs|chaired|said|says|"
    r"told|owns|owned)\b"
)
"""What a person does right after the name ("the company [Liang Wenfeng] founded")."""
RENAMED_FIRM_BEFORE = re.compile(
    r"(?:Co|Corp|Inc|Ltd|Limited|LLC|Group|Technology|Technologies)\.?,?\s*\(?"
    r"(?:formerly known as|formerly|a\.k\.a\.|aka|also known as|now called)\s*$"
)
"""A firm's other name after "formerly known as" ("... Technology Group, formerly known as
[Xinhan Optical]")."""


def _agency_heads(cands: list[Candidate]) -> None:
    """A one-word agency ("Customs", "the Department") is the document's known agency that
    this word ends ("General Administration of Customs"); a generic one left over ("the
    Bureau" with no bureau named) is no entity.
    """
    known = [c.known for c in cands if c.known is not None and c.known.label == "Agency"]
    for cand in cands:
        if cand.known is not None or cand.label != "Agency" or " " in cand.text:
            continue
        word = cand.text.casefold()
        for entity in known:
            if any(form.split()[-1].casefold() == word for form in (entity.name, *entity.aliases)):
                cand.known, cand.method = entity, "gazetteer"
                break
    cands[:] = [c for c in cands if c.known is not None or c.label != "Agency"
                or c.text not in lexicon().words("generic_bodies")]


def lower_case_acronyms(text: str) -> set[str]:
    """Acronyms that a lower-case phrase defines, which name no entity: "validated end
    users (VEU)", "critical information infrastructure operators (CIIOs)".

    >>> sorted(lower_case_acronyms("Both are validated end users (VEU) of the program."))
    ['VEU']
    """
    found: set[str] = set()
    for m in _lower_definitions(text):
        words = [w for w in re.split(r"[\s\-]+", m.group(1)) if w not in MINOR_WORDS]
        acronym = m.group(2)
        initials = "".join(w[0] for w in words[-len(acronym) :])
        if len(words) >= len(acronym) and initials == acronym.lower():
            found.add(acronym)
    return found


LOWER_DEFINITION = re.compile(r"((?:[a-z][\w\-]* ){1,7}[a-z][\w\-]*) \(([A-Z]{2,6})s?\)")
MINOR_WORDS = frozenset({"of", "and", "the", "for", "in", "on", "to", "a"})
DEFINED_ACRONYM = re.compile(r" \(([A-Z]{2,6})s?\)")
"""How a :data:`LOWER_DEFINITION` ends."""


def _lower_definitions(text: str) -> list[re.Match[str]]:
    """The matches of :data:`LOWER_DEFINITION` in `text`, found from their ends.

    Searching the whole text would try up to eight words from every letter. A definition
    ends at a parenthesised acronym and holds at most seven spaces (its words are joined by
    single spaces), so it starts after the eighth space before the acronym, and after the
    acronym before that (no word holds a parenthesis).

    >>> [m.group(2) for m in _lower_definitions("The BIS (BIS) vets validated end users (VEU).")]
    ['VEU']
    """
    found = []
    floor = 0
    for acronym in DEFINED_ACRONYM.finditer(text):
        start = acronym.start()
        for _ in range(8):
            start = text.rfind(" ", floor, start)
            if start < 0:
                start = floor
                break
        match = LOWER_DEFINITION.search(text, start, acronym.end())
        if match is not None:
            found.append(match)
        floor = acronym.end()
    return found


FIRM_BEFORE = re.compile(
    r"\b(?:firms?|compan(?:y|ies)|(?:chip|car|auto|drone|tool)?makers?|manufacturers?|suppliers?|"
    r"giants?|start-?ups?|groups?|rivals?|units?|subsidiar(?:y|ies)|operators?|carriers?|"
    r"brands?|vendors?|designers?|foundr(?:y|ies)|banks?|funds?|investors?|such as|including|"
    r"like)\b[^.;:]{0,30}$"
)


def _undefined_acronym(text: str, cand: Candidate, defs: dict[str, Candidate]) -> bool:
    """An acronym the NER took for a company that nothing in the document makes one: not in
    the gazetteer, not defined ("... Corporation (SKPC)"), not introduced as a firm ("Chinese
    firm SKPC"): "OEM", "LFP", "USB" are words, not names.
    """
    return (
        cand.method == "ner" and cand.label == "Company" and cand.known is None
        and cand.text.isupper() and cand.text.isalpha() and len(cand.text) <= 6
        and cand.text not in defs
        and not FIRM_BEFORE.search(text[max(0, cand.start - 60) : cand.start])
    )


def split_country(surface: str) -> tuple[str | None, str]:
    """The country that opens `surface` (as a name, possessive, capital or demonym) and the
    rest; ``(None, surface)`` when no country opens it.

    >>> split_country("Tokyo's industry ministry"), split_country("the Dutch Foreign Ministry")
    (('Japan', 'industry ministry'), ('Netherlands', 'Foreign Ministry'))
    """
    words = re.sub(r"^(?:the|The) ", "", surface).split()
    demonyms = lexicon().mapping("demonyms")
    for size in (2, 1):
        if len(words) <= size:
            continue
        prefix = " ".join(words[:size])
        bare = re.sub(r"(?:'s|\u2019s|')$", "", prefix)
        country = demonyms.get(prefix) or demonyms.get(bare)
        if not country:
            known = gazetteer().lookup(bare, "Country")
            country = known.name if known is not None else None
        if country:
            return country, " ".join(words[size:])
    return None, surface


def without_country(surface: str) -> str:
    """`surface` without the country or demonym that opens it (unchanged when none does).

    >>> without_country("China's foreign ministry"), without_country("the Dutch Foreign Ministry")
    ('foreign ministry', 'Foreign Ministry')
    """
    return split_country(surface)[1]


_AGENCIES_BY_COUNTRY: dict[int, dict[tuple[str, str], Entity]] = {}


def country_agency(surface: str, gaz: Gazetteer) -> Entity | None:
    """The known agency that a country and a function name ("Tokyo's industry ministry",
    "the Dutch trade ministry"), whichever way the country is written.

    >>> country_agency("Tokyo's trade ministry", gazetteer()).id
    'agency:ministry-of-economy-trade-and-industry'
    """
    country, rest = split_country(surface)
    if country is None:
        return None
    index = _AGENCIES_BY_COUNTRY.get(id(gaz))
    if index is None:
        index = {}
        for entity in gaz.entities.values():
            if entity.label == "Agency" and "country" in entity.properties:
                for form in gaz.surfaces(entity):
                    home, bare = split_country(form)
                    if home in (None, entity.properties["country"]):
                        index.setdefault((entity.properties["country"], alias_key(bare)), entity)
        _AGENCIES_BY_COUNTRY[id(gaz)] = index
    return index.get((country, alias_key(rest)))


BARE_BODY = re.compile(
    r"(?<![\w'\u2019-])(?:(?:trade|industry|commerce|economy|economic|foreign|finance|defen[cs]e|"
    r"science|technology|energy|industrial|information|digital|customs|interior|security)"
    r"(?:,? (?:and )?(?:trade|industry|energy|technology|information|security))* "
    r"(?:ministry|department|ministries))(?![\w-])"
)
"""A state body named by its function alone, in lower case ("economy ministry officials")."""


def bare_bodies(doc: Doc, cands: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """Bodies named by their function alone ("economy ministry officials have said") are the
    known agency of that function of the country the sentence names, else of the
    document's most named country ("Japan ... economy ministry" is METI).

    >>> from loaders.nlp import get_nlp
    >>> doc = get_nlp()("Japan curbs exports. Licences are needed, economy ministry staff said.")
    >>> [c.known.id for c in bare_bodies(doc, ruler_candidates(doc, gazetteer()), gazetteer())]
    ['agency:ministry-of-economy-trade-and-industry']
    """
    countries = [c for c in cands if c.label == "Country" and c.known is not None]
    if not countries:
        return []
    counts: dict[str, int] = {}
    for c in countries:
        counts[c.known.name] = counts.get(c.known.name, 0) + 1  # type: ignore[union-attr]
    ranked = sorted(counts, key=lambda name: -counts[name])
    out: list[Candidate] = []
    for m in BARE_BODY.finditer(doc_text(doc)):
        start, end = m.span()
        if any(c.start < end and start < c.end for c in cands):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        sent = span.sent
        near = [c.known.name for c in countries  # type: ignore[union-attr]
                if sent.start_char <= c.start < sent.end_char]
        for country in dict.fromkeys(near + ranked):
            known = country_agency(f"{country} {m.group()}", gaz)
            if known is not None:
                out.append(Candidate(start, end, m.group(), "Agency", "gazetteer", known))
                break
    return out


SAME_AS_BETWEEN = re.compile(
    r"\s*\(\s*[\"'\u201c\u2018]?\s*"
    r"|,?\s*(?:which is |also |often |commonly |widely |better |popularly )?"
    r"(?:referred to|known|dubbed|called|nicknamed) as (?:the )?[\"'\u201c\u2018]?\s*"
    r"|,?\s*\(?(?:a\.k\.a\.|aka|formerly known as|formerly|now called)\s*[\"'\u201c\u2018]?"
)
RENAMING_BETWEEN = re.compile(
    r"(?:,?\s*(?:Co|Corp|Inc|Ltd|Limited|LLC)\.?)*"  # the rest of "Co., Ltd."
    r",?\s*\(?(?:a\.k\.a\.|aka|also known as|formerly known as|formerly|now called)\s*"
    r"[\"'\u201c\u2018]?"
)
"""Words that give a second name of the same body ("Suzhou Centec Communications, a.k.a.
Centec Networks"): both names are one entity even when neither is known."""


def link_same_as(text: str, cands: list[Candidate]) -> None:
    """Give an unknown name the gazetteer entity of the known name that renames it:
    "China United Network Communications Group (China Unicom)", "the National IC Fund,
    often referred to as the 'Big Fund'" (either side may be the known one); an unknown
    name renamed by "a.k.a." or "formerly" becomes the first name's entity.
    """
    for a, b in itertools.pairwise(cands):
        renamed = RENAMING_BETWEEN.fullmatch(text[a.end : b.start])
        if (renamed and a.known is None and b.known is None and a.label == b.label
                and a.label in SAME_AS_LABELS):
            b.name = a.name or (strip_suffixes(a.text) if a.label == "Company" else a.text)
            continue
        if (a.known is None) == (b.known is None) or a.label == "Technology":
            continue
        if not SAME_AS_BETWEEN.fullmatch(text[a.end : b.start]):
            continue
        known = a.known or b.known
        unknown = b if a.known else a
        if known is not None and known.label == unknown.label and unknown.label in SAME_AS_LABELS:
            unknown.known, unknown.method = known, "gazetteer"


class Resolver:
    """One entity per real-world thing within a document (and stable ids across documents).

    A measure the text names by its measure noun alone ("the export controls", no imposer,
    goods or year) cannot be told apart from another document's: its id carries `document`
    (when given), so two such measures never become one node.
    """

    def __init__(self, gaz: Gazetteer, document: str | None = None) -> None:
        self.gaz = gaz
        self.document = document
        self.entities: dict[str, Entity] = {}
        self.by_key: dict[tuple[str, str], Entity] = {}
        self.people: list[Entity] = []

    def _register(self, entity: Entity, surface: str) -> Entity:
        entity = self.entities.setdefault(entity.id, entity)
        if entity.label == "Agency":  # "China's foreign ministry" is also "foreign ministry"
            bare = without_country(surface)
            if bare != surface and len(bare.split()) >= 2:
                self._register(entity, bare)
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
        """The entity `cand` refers to, created if new; None for an unknown lone surname.
        The candidate's further surfaces ("four-nanometer chips" for the "four-nanometer"
        of "four-nanometer and three-nanometer chips") become aliases."""
        if cand.label == "Sanction" and cand.method in MEASURE_METHODS:
            return self._measure(cand)
        if cand.method == "surname":
            return self._surname(cand.text)
        if cand.known is not None:
            entity = self.known(cand.known, cand.text)
        else:
            name = cand.name or cand.text
            entity = self._new(cand, strip_suffixes(name) if cand.label == "Company" else name)
        for surface in cand.surfaces:
            self._register(entity, surface)
        return entity

    def _measure(self, cand: Candidate) -> Entity:
        """A measure mention, named by :func:`loaders.measures.group_measures`: the regime it
        refers to or the measure's descriptive name; its noun phrases and further names
        become aliases (a verb that states a measure is no alias).
        """
        if cand.known is not None:
            entity = self.known(cand.known, cand.known.name)
        else:
            name = cand.name or cand.text
            slug = slugify(name)
            if self.document and not set(cand.properties) & NAMING_PROPERTIES:
                slug = f"{slug}-in-{slugify(self.document.removeprefix('document:'))}"
            entity = self.entities.get(f"sanction:{slug}") or self._register(
                Entity(f"sanction:{slug}", "Sanction", name, [], dict(cand.properties)), name
            )
        phrases = (cand.text, cand.phrase) if cand.method != "verb" else ()
        for surface in (*phrases, *cand.surfaces):
            if surface:
                self._register(entity, clean_surface(surface))
        return entity

    def _new(self, cand: Candidate, base: str) -> Entity:
        for key in {alias_key(cand.name or cand.text), alias_key(base)}:
            hit = self.by_key.get((cand.label, key))
            if hit is not None:
                return self._register(hit, cand.text)
        if cand.label == "Company":
            for known in self.entities.values():
                if known.label == "Company" and short_form_of(base, known.name):
                    return self._register(known, cand.text)
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


def _known_short_form(name: str, gaz: Gazetteer) -> Entity | None:
    """The known company that `name` writes out with descriptive words ("Hefei Core Storage
    Electronic" is the known "Hefei Core Storage")."""
    words = name.split()
    descriptive = lexicon().words("descriptive_name_words")
    while len(words) > 2 and words[-1] in descriptive:
        words.pop()
        known = gaz.lookup(" ".join(words), "Company")
        if known is not None:
            return known
    return None


def short_form_of(one: str, other: str) -> bool:
    """Whether company names `one` and `other` are the same firm written in full and short,
    the longer adding only descriptive words ("Hefei Core Storage" and "Hefei Core Storage
    Electronic", "Moore Threads" and "Moore Threads Intelligent Technology").

    >>> short_form_of("Hefei Core Storage", "Hefei Core Storage Electronic")
    True
    >>> short_form_of("China Mobile", "China Mobile International Holdings")
    False
    >>> short_form_of("DuPont", "DuPont de Nemours")
    True
    """
    short, long = sorted((one.split(), other.split()), key=len)
    if len(short) == len(long) or long[: len(short)] != short:
        return False
    if len(short) == 1 and long[1] in NAME_PARTICLES:
        return len(short[0]) >= 4  # "DuPont" and "DuPont de Nemours"
    descriptive = lexicon().words("descriptive_name_words")
    return len(short) >= 2 and all(word in descriptive for word in long[len(short) :])


NAME_PARTICLES = frozenset({"de", "du", "des", "van", "von", "der", "den", "la", "le", "y"})
"""Lower-case particles that continue a firm's name after its short form ("DuPont [de]
Nemours")."""


NAME_LABELS = frozenset({"Company", "Organization", "Person", "Product"})
LOWER_WORD = re.compile(r"\b[a-z]+\b")


def _common_word_as_name(cand: Candidate, lower_words: set[str]) -> bool:
    """Whether a name the gazetteer does not know is made only of common words that the
    document also writes in lower case ("Anode Graphite" of a title-case headline,
    "Reserve" of "Strategic Reserve"): common words, not a name."""
    words = cand.text.split()
    return (cand.known is None and cand.label in NAME_LABELS and not cand.text.isupper()
            and all(w.lower() in lower_words for w in words))


@lru_cache(maxsize=1)
def _generic_name_words() -> frozenset[str]:
    """Words that describe a firm without naming one (the lexicon's descriptive words,
    company cues and generic name words)."""
    lex = lexicon()
    return (lex.words("descriptive_name_words") | lex.words("company_cues")
            | lex.words("generic_name_words"))


def _generic_words_as_name(cand: Candidate) -> bool:
    """Whether a firm or body name the gazetteer does not know has no word of its own, only
    words that describe one ("Advanced Systems", "Natural Resources", "Defence Equipment",
    "Technology"): a heading or a title's field, not a name."""
    if cand.known is not None or cand.label not in ("Company", "Organization"):
        return False
    generic = _generic_name_words()
    return all(w in generic for w in cand.text.split())


def entity_spans(
    doc: Doc, gaz: Gazetteer | None = None, document: str | None = None
) -> list[EntitySpan]:
    """Resolved entity spans of `doc` (no coreference), sorted by position; `document` is
    the id of the source document (see :class:`Resolver`).

    >>> from loaders.nlp import get_nlp
    >>> [(s.entity.id, s.method) for s in entity_spans(get_nlp()("Huawei sued Intel Corp."))]
    [('company:huawei', 'gazetteer'), ('company:intel', 'gazetteer')]
    """
    from loaders import measures, plans, products  # built on this module's candidates

    gaz = gaz or gazetteer()
    cands = ruler_candidates(doc, gaz)
    cands += products.product_candidates(doc, cands, gaz)
    cands += measures.object_technologies(doc, cands, gaz)
    cands += measures.named_regimes(doc, cands)
    cands += sanction_candidates(doc, cands)
    cands += measures.anaphoric_measures(doc, cands)
    cands += measures.verb_measures(doc, cands)
    cands += measures.divestment_orders(doc, cands)
    cands.sort(key=lambda c: (c.start, -c.end))
    link_same_as(doc_text(doc), cands)
    measures.describe_measures(doc, cands)
    measures.group_measures(doc, cands)
    _plain_advanced_chips(doc, cands, gaz)
    cands = _family_and_model(doc_text(doc), cands)
    cands = ampersand_names(doc_text(doc), cands, gaz)
    cands = listed_fields(doc_text(doc), cands)
    cands = division_names(doc_text(doc), cands)
    cands = place_named_firms(doc_text(doc), cands)
    cands = regional_units(doc, cands)
    cands = group_brands(doc_text(doc), cands)
    cands = divisions_with_acronym(doc_text(doc), cands)
    cands += coordinated_nodes(doc_text(doc), cands)
    cands += listed_firms(doc_text(doc), cands, gaz)
    cands += described_firms(doc_text(doc), cands, gaz)
    cands += appositive_firms(doc_text(doc), cands, gaz)
    cands += titled_people(doc, cands)
    cands += appositive_people(doc_text(doc), cands)
    cands += nicknamed_people(doc_text(doc), cands)
    cands += hyphenated_given_names(doc_text(doc), cands)
    cands += initialled_people(doc_text(doc), cands, gaz)
    cands += leaders_governments(doc_text(doc), cands)
    cands += cabinet_departments(doc_text(doc), cands, gaz)
    cands += firms_named_with_a_technology(doc, cands)
    cands += news_sources(doc, cands, gaz)
    cands += plans.support_packages(doc, cands)
    cands += bare_bodies(doc, cands, gaz)
    cands.sort(key=lambda c: (c.start, -c.end))
    cands = _chips_for(doc_text(doc), cands, gaz)
    cands = _acronym_bridged(doc_text(doc), cands, gaz)
    cands = _acronym_plans(doc_text(doc), cands, gaz)
    _based_kinds(doc_text(doc), cands)
    cands = _counted_units(doc_text(doc), cands)
    _technology_word_after(doc_text(doc), cands)
    _names_with_legal_form(doc_text(doc), cands)
    _foreign_bodies(doc_text(doc), cands, gaz)
    _acts_with_their_year(doc_text(doc), cands)
    _without_model_code(cands, gaz)
    cands = _field_as_kind_only(doc, cands)
    _agency_heads(cands)
    cands = _quoted_titles(doc_text(doc), cands)
    _firms_named_like_people(doc_text(doc), cands)
    _surnames_read_as_firms(cands)
    _short_plan_names(cands)
    _home_plan_names(cands, gaz)
    lower_words = set(LOWER_WORD.findall(doc_text(doc)))
    cands = [c for c in cands
             if not _common_word_as_name(c, lower_words) and not _generic_words_as_name(c)]
    lower_defined = lower_case_acronyms(doc_text(doc))
    cands = [c for c in cands if c.known is not None or c.text not in lower_defined]
    resolver = Resolver(gaz, document)
    defs = acronym_definitions(doc, cands)
    cands = [c for c in cands if not _undefined_acronym(doc_text(doc), c, defs)]
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
    spans = _with_repeat_mentions(doc_text(doc), spans, acronym_entities)
    spans += _countries_in_agency_names(doc_text(doc), spans, resolver, gaz)
    return sorted(spans, key=lambda s: (s.start, s.end))


def _countries_in_agency_names(
    text: str, spans: list[EntitySpan], resolver: Resolver, gaz: Gazetteer
) -> list[EntitySpan]:
    """The country that opens an agency's name is named too: "Japan's trade ministry",
    "the Dutch government", "U.S. Department of Commerce" (a span inside the agency's).
    """
    out: list[EntitySpan] = []
    for span in spans:
        surface = text[span.start : span.end]
        if span.entity.label != "Agency":
            continue
        country, rest = split_country(surface)
        known = gaz.lookup(country, "Country") if country else None
        if known is None or not surface.endswith(rest):
            continue
        prefix = re.sub(r"(?:'s|\u2019s|')$", "", surface[: len(surface) - len(rest)].rstrip())
        start = span.start + surface.find(prefix)
        entity = resolver.known(known, prefix)
        out.append(EntitySpan(entity, start, start + len(prefix), "gazetteer"))
    return out


def _method(method: str) -> str:
    return "ner" if method == "surname" else method


def _with_repeat_mentions(
    text: str, spans: list[EntitySpan], acronyms: dict[str, Entity]
) -> list[EntitySpan]:
    """`spans` plus further occurrences of acronyms and discovered names that the NER
    missed, a discovered firm also in its short form ("Lanxin Photonics" after "Beijing
    Lanxin Photonics Co., Ltd."), which wins over the technology or person read inside it.
    """
    forms: dict[str, tuple[Entity, str]] = {a: (e, "acronym") for a, e in acronyms.items()}
    for s in spans:
        if s.method in {"ner", "pattern"} and s.entity.label != "Sanction":
            surface = text[s.start : s.end]
            short = without_place(strip_suffixes(surface))
            for form in (surface, short) if s.entity.label == "Company" else (surface,):
                if len(form) > 2 and (form == surface or len(form.split()) >= 2):
                    forms.setdefault(form, (s.entity, s.method))
    if not forms:
        return spans
    kept = list(spans)
    pattern = re.compile(
        r"(?<![\w-])(" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        + r")(?![\w-])"
    )
    for m in pattern.finditer(text):
        entity, method = forms[m.group(1)]
        inside = [s for s in kept if s.start < m.end() and m.start() < s.end]
        if any(s.entity.id == entity.id for s in inside) or not all(
            m.start() <= s.start and s.end <= m.end() and s.entity.label in READ_INSIDE_NAMES
            for s in inside
        ):
            continue
        kept = [s for s in kept if s not in inside]
        kept.append(EntitySpan(entity, m.start(), m.end(), method))
    return kept


READ_INSIDE_NAMES = frozenset({"Technology", "Person"})
"""Labels a known firm's later mention overrides ("[Photonics]" in "Lanxin Photonics")."""
