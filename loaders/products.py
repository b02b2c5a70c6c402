"""Named products the gazetteer does not know, found by their shape and their context.

A product name is a model number ("H20", "MI308", "1970i", "NXT:2000", "A18 Pro"), a
name and a number ("Mate 70 Pro", "Galaxy S24"), a name with its number glued on
("Trainium2", "Kunlun3") or a series ("M-Series"). Such a shape
is a product only where the text says so: right after a firm ("Apple's M4", "ASML's 1970i
and 1980i"), or right before a product noun ("the NXT:2000 series", "MI308 accelerators",
"1980i DUV immersion lithography systems"). Names coordinated with one that qualifies
("1970i and 1980i") qualify with it.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from loaders.entities import Candidate, in_heading, is_place, lexicon
from loaders.gazetteer import Gazetteer
from loaders.nlp import doc_text

PRODUCT_SHAPE = re.compile(
    r"(?<![\w$\u20ac\u00a3\u00a5.,:/-])"
    r"(?:(?P<word>[A-Z][a-z]+|i[A-Z][a-z]+) )?"
    r"(?P<model>[A-Z]{1,5}-Series|[A-Z][a-z]{2,}\d{1,4}[A-Za-z]{0,2}"
    r"|(?:[A-Z]{1,5}[-:]?)?\d{1,5}[A-Za-z]{0,3}"
    r"(?: (?:Pro|Max|Ultra|Plus|Mini|Lite|Air|Gen \d))*)"
    r"(?![\w-]|[.,]\d|%)"
)
"""A product's shape: an optional capitalised name word, then a model number or series."""
NOT_A_MODEL = re.compile(
    r"\d+(?:\.\d+)?(?:nm|mm|cm|km|kg|t|GB|TB|MB|GW|MW|kW|kWh|GWh|bn|mn|m|b|k|pc|x|th|st|nd|rd|"
    r"yr|am|pm|bps)?|\d*0s|\d{1,2}[GD]|[HQ][1-4]|FY\d+|G\d{1,2}|COVID-19"
    r"|\d+(?:\.\d+)?-[a-z]+s?"
)
"""Shapes that are amounts, units, dates, periods, network generations or counts ("2025",
"7nm", "5G", "Q3", "1990s", "G7", "COVID-19", "7-nanometer", "12-inch"), not model numbers."""
PLURAL_MODEL = re.compile(r"[A-Z]{1,5}\d{2,5}s")
"""A model number in the plural ("two A320s", "H100s"): named in the singular."""
COORDINATION = re.compile(r"\s*(?:,|,? and|,? or|/)\s*")
"""What joins coordinated product names ("1970i and 1980i")."""
AFTER_FIRM = re.compile(
    r"(?:'s|\u2019s)?\s+(?:(?:new|newest|latest|flagship|upcoming|own|older|previous|current|"
    r"most advanced|advanced|high-end|top-end|next-generation|popular|best-selling|so-called) )*"
)
"""What may stand between a firm and its product ("Nvidia's latest", "Apple's")."""


def product_heads() -> frozenset[str]:
    """Nouns that say the word before them names a product ("chips", "GPUs", "series"), in
    lower case (``product_heads`` of the lexicon)."""
    return frozenset(h.lower() for h in lexicon().words("product_heads"))


def product_candidates(doc: Doc, found: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """Product candidates of `doc` that no candidate of `found` covers. A name the NER read
    inside a product's shape ("Galaxy S24" as a firm, "Siyuan" of "Siyuan 690" as a person)
    leaves `found`; a known product followed by a model number ("Ascend" of "Ascend 910D")
    becomes the longer product.

    >>> from loaders.nlp import get_nlp
    >>> from loaders.entities import ruler_candidates
    >>> from loaders.gazetteer import gazetteer
    >>> doc = get_nlp()("Zorvex's Q7 Max and Q9 chips sold well.")
    >>> [c.text for c in product_candidates(doc, ruler_candidates(doc, gazetteer()), gazetteer())]
    ['Q7 Max', 'Q9']
    """
    text = doc_text(doc)
    _extend_known(text, found)
    _models_read_as_technologies(found)
    firm_ends = {c.end for c in found if c.label == "Company"}
    heads = product_heads()
    not_lead = lexicon().words("not_product_words")
    readable = [c for c in found if c.method in {"ner", "surname"} and c.label != "Product"]
    taken = [(c.start, c.end) for c in found if c not in readable]
    shapes = [_shape(m, taken, not_lead, doc) for m in PRODUCT_SHAPE.finditer(text)]
    chains: list[list[tuple[int, int]]] = []
    for span in (s for s in shapes if s is not None):
        last = chains[-1][-1] if chains else None
        if last is not None and COORDINATION.fullmatch(text[last[1] : span[0]]):
            chains[-1].append(span)
        else:
            chains.append([span])
    out: list[Candidate] = _named_before_head(text, found, readable, taken, heads)
    taken += [(c.start, c.end) for c in out]
    out += _named_by_head(doc, found, readable, taken, gaz)
    taken += [(c.start, c.end) for c in out]
    out += _named_model_or_brand(text, found, readable, taken, gaz)
    taken += [(c.start, c.end) for c in out]
    for chain in chains:
        first, last = chain[0], chain[-1]
        after_firm = any(
            end in firm_ends and AFTER_FIRM.fullmatch(text[end : first[0]])
            for end in range(max(0, first[0] - 40), first[0])
        )
        if not (after_firm or _before_head(text, last[1], found, heads)):
            continue
        for start, end in chain:
            surface = text[start:end]
            if NOT_A_MODEL.fullmatch(surface) or any(s < end and start < e for s, e in taken):
                continue
            inside = [c for c in readable if c.start < end and start < c.end]
            if not all(start <= c.start and c.end <= end for c in inside):
                continue
            found[:] = [c for c in found if c not in inside]
            known = gaz.lookup(surface, "Product")
            single = surface[:-1] if PLURAL_MODEL.fullmatch(surface) else None
            out.append(Candidate(start, end, surface, "Product",
                                 "gazetteer" if known else "pattern", known, name=single))
    return out


FIRM_NAMES_PRODUCT = re.compile(
    r"(?:'s|\u2019s) ([A-Z][a-z]+[A-Za-z]*) ([A-Za-z]+)\b"
    r"(?! (?:factory|factories|plant|plants|fab|fabs|facility|facilities|site|campus)\b)"
)
"""A firm's possessive, a capitalised word and the noun after it ("'s Willow chip"), not
a site named by its place and product ("'s Kansas battery factory")."""
FIRM_PRODUCT_APPOSITIVE = re.compile(
    r"(?:'s|\u2019s) ([A-Z][a-z]+[A-Za-z]*), (?:a|an|its) (?:[\w-]+ ){0,5}?([A-Za-z]+)"
    r"(?=[,.;:)]| (?:that|which|for|with|to|in|on|and|designed|built|used|due|set)\b)"
)
"""A firm's possessive and a capitalised word described by an appositive ending in a product
noun ("AMD's Helios, a next-generation rack-scale AI platform, ..."); the noun must end the
appositive ("'s Harman, a car audio device maker" is no product)."""


def _named_before_head(
    text: str, found: list[Candidate], readable: list[Candidate],
    taken: list[tuple[int, int]], heads: frozenset[str],
) -> list[Candidate]:
    """A capitalised word between a firm's possessive and a product noun names a product
    ("Google's Willow chip", "IBM's Heron processor"), as does one after a firm's possessive
    that an appositive describes as a product ("AMD's Helios, a rack-scale AI platform"); the
    NER's reading of the word as a firm or person leaves `found`."""
    not_lead = lexicon().words("not_product_words")
    firm_ends = {c.end for c in found if c.label == "Company"}
    out: list[Candidate] = []
    matches = [*FIRM_NAMES_PRODUCT.finditer(text), *FIRM_PRODUCT_APPOSITIVE.finditer(text)]
    for m in matches:
        start, end = m.span(1)
        word = m.group(1)
        if (m.start() not in firm_ends or m.group(2).lower() not in heads or word in not_lead
                or is_place(word) or any(s < end and start < e for s, e in taken)):
            continue
        inside = [c for c in readable if c.start < end and start < c.end]
        if all(start <= c.start and c.end <= end for c in inside):
            found[:] = [c for c in found if c not in inside]
            out.append(Candidate(start, end, word, "Product", "pattern"))
    return out


NAMED_HEAD = re.compile(
    r"(?<![\w'\u2019.-])(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?|\d{4,5}) (?:cell )?(?:format )?"
    r"(?P<head>sedans?|SUVs?|cars|pickups?|trucks|phones|smartphones?|handsets?|laptops?|"
    r"tablets?|chips?|processors?|GPUs?|CPUs?|superchips?|chipsets?|accelerators?|"
    r"supercomputers?|chatbots?|jets|airliners?|drones|cells|batteries|battery cells)\b"
)
"""A name right before a product noun ("Gravity SUV", "Galaxy phones", "Lucid Air sedan",
"2170 cells")."""
CELL_HEADS = frozenset({"cells", "batteries", "battery cells"})
CELL_FORMAT = re.compile(r"(?!(?:19|20)\d\d\b)\d{3,5}(?<!00)")
"""A cylindrical cell's format: its size digits, no year and no round count ("2170",
"18650")."""


def _named_by_head(
    doc: Doc, found: list[Candidate], readable: list[Candidate],
    taken: list[tuple[int, int]], gaz: Gazetteer,
) -> list[Candidate]:
    """A capitalised name inside a sentence right before a product noun names a product
    ("the forthcoming Gravity SUV", "Galaxy phones"); after a firm's name, the firm's name
    and it ("the Lucid Air sedan"); a four- or five-digit number before cells or batteries
    is a cell format ("2170 cells"). Known names other than products, places, demonyms and
    words that never open a product are not.
    """
    text = doc_text(doc)
    not_lead = lexicon().words("not_product_words")
    firms = {(c.start, c.end): c for c in found if c.label == "Company"}
    out: list[Candidate] = []
    for m in NAMED_HEAD.finditer(text):
        start, end = m.span("name")
        words = m.group("name").split()
        if words[0].isdigit():
            if m.group("head") not in CELL_HEADS or not CELL_FORMAT.fullmatch(words[0]):
                continue  # "1000 cells", "2024 batteries": a count or a year
        elif len(words) == 2 and (start, start + len(words[0])) in firms:
            if gaz.lookup(words[1]) is not None or words[1] in not_lead:
                continue  # "Samsung Foundry", "Nvidia Blackwell": known ones stand alone
        elif len(words) == 2 or _not_a_product_name(words[0], gaz, not_lead):
            continue
        token = doc.char_span(start, end, alignment_mode="expand")
        before = text[max(0, start - 30) : start].split()[-1:]
        if token is None or token[0].is_sent_start or in_heading(text, start, end) or (
            before and (before[0][:1].isupper() or before[0][:1].isdigit())
            and before[0].lower() not in STOP_WORDS
        ):
            continue  # a sentence's or a headline's capitals, the end of a longer name
        inside = [c for c in found if c.start < end and start < c.end]
        if any(s < end and start < e for s, e in taken if (s, e) not in firms) or not all(
            c in readable or (c.start, c.end) in firms for c in inside
        ):
            continue
        found[:] = [c for c in found if c not in inside]
        out.append(Candidate(start, end, text[start:end], "Product", "pattern"))
    return out


MODEL_OR_BRAND = re.compile(
    r"\b(?:cars?|vehicles?|EVs?|SUVs?|sedans?|trucks?|phones?|smartphones?|laptops?|chips?"
    r"|aircraft|jets?|drones?) model (?P<model>(?=\S*[A-Z0-9])[A-Za-z0-9][\w-]*)"
    r"|(?:\b(?:its|their)|'s|\u2019s) (?P<brand>[A-Z][A-Za-z0-9-]+) brand\b"
    r"|\b(?:system|platform|app|application|chatbot|model|processor|chip|software|satellite"
    r"|drone|missile|rocket|smartphone|phone|network|service)s?,? (?:known as|called|named"
    r"|dubbed|branded) (?P<called>[A-Z][\w-]*(?: [A-Z0-9][\w-]*)?)\b"
)
"""A name after "<product noun> model" ("BMW's electric car model i3"), before a firm's
own "brand" ("its Tyvek brand business") or after a product noun and "known as", "called"
("a payment system known as Mir"); "the <name> brand" may be the firm ("models built by
the Foxtron brand")."""


def _named_model_or_brand(
    text: str, found: list[Candidate], readable: list[Candidate],
    taken: list[tuple[int, int]], gaz: Gazetteer,
) -> list[Candidate]:
    """Products named as a model of a product noun, as a brand or by a product noun and
    "called"; known names other than products, places and demonyms are not ("the Samsung
    brand" is the firm)."""
    not_lead = lexicon().words("not_product_words")
    out: list[Candidate] = []
    for m in MODEL_OR_BRAND.finditer(text):
        group = next(g for g in ("model", "brand", "called") if m.group(g))
        start, end = m.span(group)
        if _not_a_product_name(m.group(group), gaz, not_lead) or any(
            s < end and start < e for s, e in taken
        ):
            continue
        inside = [c for c in readable if c.start < end and start < c.end]
        if all(start <= c.start and c.end <= end for c in inside):
            found[:] = [c for c in found if c not in inside]
            out.append(Candidate(start, end, m.group(group), "Product", "pattern"))
    return out


def _not_a_product_name(word: str, gaz: Gazetteer, not_lead: frozenset[str]) -> bool:
    """Whether a capitalised word is known as something else, a place, a demonym or a word
    that never opens a product ("Chinese", "Texas", "March")."""
    known = gaz.lookup(word)
    return (known is not None and known.label != "Product" or word in not_lead
            or is_place(word) or word in lexicon().mapping("demonyms"))


MODEL = re.compile(r"(?=\S*\d)(?=\S*[A-Za-z])[A-Z0-9][A-Za-z0-9]*(?:[-:][A-Za-z0-9]+)*")
"""One word that is a model number: letters and digits ("MX900", "NXT:2000i")."""


def _models_read_as_technologies(found: list[Candidate]) -> None:
    """A model number that a technology pattern read with its product noun ("MX900
    accelerators", "upcoming AI6 chips") is the product."""
    heads = product_heads()
    for i, cand in enumerate(found):
        words = cand.text.split()
        if cand.label != "Technology" or cand.known is not None or len(words) < 2:
            continue
        model = words[-2]
        if (words[-1].lower() in heads and MODEL.fullmatch(model)
                and not NOT_A_MODEL.fullmatch(model) and model.upper() != model.lower()):
            start = cand.start + cand.text.rindex(model, 0, len(cand.text) - len(words[-1]))
            found[i] = Candidate(start, start + len(model), model, "Product", "pattern")


MODEL_AFTER = re.compile(
    r" (?:[A-Z]{1,5}[-:]?)?\d{1,5}(?:\.\d{1,2})?[A-Za-z]{0,3}"
    r"(?: (?:Pro|Max|Ultra|Plus|Mini|Lite|Air))*(?![\w-]|[.,]\d)"
)
"""A model number or version right after a product's name (" 910D" of "Ascend 910D", " 2.5"
of "Gemini 2.5")."""
QUANTITY_AFTER = re.compile(
    r"\s*(?:%|(?:percent|per cent|million|billion|thousand|units|pieces|years|months|weeks|"
    r"days|chips|GPUs|orders|times)\b)"
)
"""What makes the number after a product's name a quantity ("H20 100 units", "H20 2 years")."""


def _extend_known(text: str, found: list[Candidate]) -> None:
    """A product followed by a model number is that model ("Ascend" + " 910D")."""
    for i, cand in enumerate(found):
        m = MODEL_AFTER.match(text, cand.end) if cand.label == "Product" else None
        if m is None:
            continue
        number = m.group().split()[0]
        if (re.fullmatch(r"(?:19|20)\d\d", number) or QUANTITY_AFTER.match(text, m.end())
                or not number.replace(".", "").isdigit() and NOT_A_MODEL.fullmatch(number)):
            continue  # "iPhone 2025 sales", "H20 100 units", "H100 7nm"
        if any(c.start < m.end() and cand.end < c.end for c in found if c is not cand):
            continue
        found[i] = Candidate(cand.start, m.end(), text[cand.start : m.end()], "Product",
                             "pattern")


def _shape(
    m: re.Match[str], taken: list[tuple[int, int]], not_lead: frozenset[str], doc: Doc
) -> tuple[int, int] | None:
    """The span of a shape match: without its name word when that word is taken by another
    candidate, a stop word or a word that never opens a product ("Section 301", "March
    2025"); None when what is left is no model number."""
    start, end = m.span()
    word = m.group("word")
    if word is not None and (
        word in not_lead or doc.vocab[word.lower()].is_stop
        or any(s < m.start("model") and start < e for s, e in taken)
    ):
        word, start = None, m.start("model")
    model = m.group("model")
    if word is None and not any(c.isalpha() for c in model.split()[0]):
        return None  # "2025", "60": a number alone is no product
    if NOT_A_MODEL.fullmatch(model.split()[0]) and word is None:
        return None
    return start, end


def _before_head(text: str, end: int, found: list[Candidate], heads: frozenset[str]) -> bool:
    """Whether a product noun follows `end`, directly ("MI308 accelerators") or after a
    technology ("1980i DUV immersion lithography systems", "H30 AI chips")."""
    rest = text[end : end + 80]
    nxt = re.match(r"\s+([A-Za-z-]+)", rest)
    if nxt is None:
        return False
    if nxt.group(1).lower() in heads:
        return True
    tech = next((c for c in found if c.label == "Technology" and c.start == end + nxt.start(1)),
                None)
    if tech is None:
        return False
    if tech.text.split()[-1].lower() in heads:
        return True
    after = re.match(r"\s+([A-Za-z-]+)", text[tech.end : tech.end + 30])
    return after is not None and after.group(1).lower() in heads
