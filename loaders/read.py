"""Reading documents: files (.txt, .md, .html, .jsonl), directories, uploads; text cleaning.

Every input becomes a :class:`~loaders.model.SourceDocument` (cleaned text, readable id,
source, sha256) or a :class:`DocumentError` naming the file (and line) and the reason. Bad
input never stops the other documents.

A document's ``source`` is its identity: a file's resolved absolute path (a JSONL line's is
the path and ``#`` line number), a URL, a caller's explicit source, else its content
(``sha256:<hex>``: a title or an upload's file name names no document). Its ``id`` is a
readable slug of the name it was given (``document:<slug>``); the store makes it unique
(:func:`loaders.store.identify`).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from pathlib import Path

import ftfy
from bs4 import BeautifulSoup, Comment, Tag

from loaders.entities import is_place, slugify
from loaders.gazetteer import DATA_DIR, gazetteer
from loaders.model import SourceDocument

TEXT_SUFFIXES = frozenset({".txt", ".text"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl"})
SUPPORTED = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
READ_TYPES = ".txt .md .html .jsonl"
"""The supported file types, as messages name them."""
CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
"""Not allowed in a document's title, url or date (a sign of a broken or hostile record)."""

DROP_TAGS = ("script", "style", "nav", "header", "footer", "aside", "form", "noscript",
             "iframe", "svg", "button", "select", "template", "figure")
BLOCK_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "th",
              "dd", "dt", "figcaption")

CHROME_PATH = DATA_DIR / "patterns" / "chrome.json"
"""The page-chrome vocabulary: boilerplate, navigation, paywall and list-heading lines, wire
agencies, chrome classes (each a list of regular-expression alternatives)."""
_CHROME = json.loads(CHROME_PATH.read_text(encoding="utf-8"))


def _alternatives(key: str) -> str:
    return "|".join(_CHROME[key])


CITATION = re.compile(
    r"\s?\[(?:para(?:graph)?s?\.?\s*\d+(?:\s*[-\u2013,]\s*\d+)*|\d{1,3}(?:\s*[-\u2013,]\s*\d{1,3})*"
    r"|citation needed|note\s*\d+|[a-z]|edit)\]",
    re.IGNORECASE,
)
BOILERPLATE = re.compile(r"^\s*(?:" + _alternatives("boilerplate_starts") + r")\b", re.IGNORECASE)
NAV_LINE = re.compile(r"^(?:" + _alternatives("nav_lines") + r")$", re.IGNORECASE)
_NAME = r"(?:[A-Z][\w.'\u2019-]*\s?){1,4}"
CAPTION_LINE = re.compile(
    r"^(?:file(?: photo)?\s*[-:\u2013\u2014]|editor'?s note:|write to \S.* at \S+@\S+$)",
    re.IGNORECASE,
)
"""A photo caption ("FILE - ...", "FILE PHOTO: ..."), an editor's note or a "Write to X at
address" line, whatever its length."""
BYLINE = re.compile(r"^[Bb]y " + _NAME + r"(?:(?:,\s*|\s+and\s+)" + _NAME + r"){0,4}"
                    r"(?:\s*[/,]\s*(?:Staff|Senior|Chief) (?:Writer|Reporter|Correspondent))?$")
"""A byline line ("By Karen Freifeld and Alexandra Alper"): names only, no sentence."""
INLINE_CREDIT = re.compile(
    r"(?<=[.!?\u2026\"\u201d\u2019)])\s+(?:\((?:reporting|writing|editing) by [^)]*\)"
    r"|(?:photo )?credits?:\s*[^.]{0,80}\.?"
    r"|\((?:photo|image|picture)(?: by|:)[^)]*\))[\s|]*$"
    r"|\s+\|\s*[A-Z][A-Z .]+/\s*VIA [A-Z][A-Z .]+$"
    r"|\s*\((?:[^()]*Photo/[^()]*|Courtesy of [^()]*)\)"
    r"|\s+source:\s*(?:shutterstock|getty images|reuters|ap|afp)\.?$",
    re.IGNORECASE,
)
"""A photo credit or a "(Reporting by ...)" trailer at the end of a line, a caption's agency
credit ("| CHINA DAILY / VIA REUTERS"), or a photo credit anywhere ("(AP Photo/Andy Wong)",
"(Courtesy of Getty Images)")."""
COMMENTS_START = re.compile(
    r"^\s*(?:\(?\d+\)?\s+)?(?:comments?|responses?|replies|reader comments)"
    r"\s*:?\s*(?:\(\d+\)|\d+)?\s*:?\s*$"
    r"|^\s*(?:" + _alternatives("comment_prompts") + ")",
    re.IGNORECASE,
)
PAYWALL = re.compile(r"^\s*(?:" + _alternatives("paywall_starts") + ")", re.IGNORECASE)
"""A paywall prompt ("Already a subscriber? Log in", "This content is for subscribers only.")."""
LIST_HEADING = re.compile(r"^(?:" + _alternatives("list_headings") + r")\s*:?$", re.IGNORECASE)
"""The heading of a list of other articles' headlines ("Most Popular", "More from Reuters")."""
LIST_MARKER = re.compile(r"^(?:\d{1,3}[.)]|[-*\u2022\u00b7\u2013])\s+\S")
HEADLINE_MAX_WORDS = 16
INLINE_READ_MORE = re.compile(
    r"(?<=[.!?\u2026\"\u201d\u2019)])\s+"
    r"(?:read (?:more|next|also)|also read|see also|related)\s*:.*$",
    re.IGNORECASE,
)
"""A "Read more: <other headline>" link inside a paragraph, to the end of that line."""
DATELINE = re.compile(
    r"^[A-Z][A-Za-z0-9 .,'\u2019/-]{0,60}\((?P<agency>" + _alternatives("wire_agencies") + r")\)"
    r"\s*[-\u2013\u2014]+\s*"
)
DATED_LINE = re.compile(
    r"^[A-Z][A-Za-z .'\u2019/-]{1,40}, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
    r"[a-z]*\.? \d{1,2} \((?P<agency>[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,2})\)"
    r"\s*[-\u2013\u2014]+\s*"
)
"""A dateline with a place and a date, whatever its agency ("Tokyo, Feb. 6 (Jiji Press)--")."""
MONTH_DAY = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}"
             r"(?:, \d{4})?")
PLACE_AGENCY_LINE = re.compile(
    r"^[A-Z]{2,}(?: [A-Z]{2,}){0,2},? \((?P<agency>[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,2})\)"
    r"\s*[-\u2013\u2014]+\s*"
)
"""A dateline of a city and any agency, without a date ("WASHINGTON (Sputnik) -")."""
AGENCY_LINE = re.compile(
    r"^\((?P<agency>[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,2})\)\s*(?:" + MONTH_DAY + r")?"
    r"\s*[-\u2013\u2014]+\s*"
)
"""A dateline of an agency alone ("(Bloomberg) --", "(Yicai) May 28 --")."""
PLACE_LINE = re.compile(
    r"^\[?(?P<place>[A-Z]{2,}(?: [A-Z]{2,}){0,2})\]?(?:,? " + MONTH_DAY + r")?"
    r"(?: /[A-Za-z ]+/)?(?:\s*[-\u2013\u2014\u2022:]+\s+|(?<=\])\s+)(?=\S)"
)
"""A dateline of a place alone ("WASHINGTON \u2022", "BEIJING -", "[BEIJING]", "LOS ANGELES,
March 12, 2012 /PRNewswire/ --") when the place is a city or a country's capital: no subject
of the article."""
SOCIAL = re.compile(r"(?:^|\s)@\w+|#\w+")
LIST_ITEM = re.compile(r"^(?:\d{1,3}[.)]|\(?[a-z]\)|[-*\u2022\u00b7\u2013])?\s*(?P<item>\S.*)$")
ITEM_MAX_WORDS = 10
ABBREVIATION_END = re.compile(
    r"(?:^|\s)(?:Inc|Corp|Co|Ltd|LLC|L\.L\.C|PLC|AG|SA|S\.A|NV|N\.V|BV|B\.V|GmbH|Bhd|Pte|Pty"
    r"|K\.K|SE|S\.p\.A|Jr|Sr)\.$"
)
"""A name's closing abbreviation ("Inc.", "Corp.", "Co.", "N.V."), not a sentence's end."""
TEASER_END = ("...", "\u2026")
CHROME_CLASSES = re.compile(
    _alternatives("chrome_class_parts")
    + r"|(?:^|[-_])(?:" + _alternatives("chrome_class_words") + r")(?:$|[-_])",
    re.IGNORECASE,
)
"""A class or id token of page chrome (sidebars, menus, comments, ads, related links)."""
CONTENT_TAGS = ("html", "body", "article", "main")
"""Never chrome (a theme's ``<body class="has-sidebar">``), nor anything holding one or an h1."""


class DocumentError(Exception):
    """A document that cannot be loaded: names the source (and line) and the reason."""

    def __init__(self, source: str, reason: str, line: int | None = None) -> None:
        self.source, self.reason, self.line = source, reason, line
        where = f"{source} line {line}" if line is not None else source
        super().__init__(f"{where}: {reason}")


def default_max_bytes() -> int:
    """The configured size limit of one document (settings.max_document_bytes)."""
    from app.settings import get_settings

    return get_settings().max_document_bytes


def clean_text(text: str) -> str:
    """Article text ready for NLP: mojibake repaired, citation markers, boilerplate lines,
    social-media embeds, the place and date of datelines ("BEIJING, May 3 (Reuters) -" keeps
    "Reuters" as a line of its own), related-article teasers, inline "Read more:" links,
    paywall prompts, headline lists ("Most Popular" and its items) and comment sections
    removed.

    >>> clean_text("Huawei\\u00e2\\u20ac\\u2122s chips [para. 12] sell.\\n3 Comments\\nbob: Nice")
    "Huawei's chips sell."
    >>> clean_text("Intel sells. Read more: Arm wins\\nTrending\\n1. Arm wins\\n\\nAMD sells.")
    'Intel sells.\\nAMD sells.'
    """
    text = ftfy.fix_text(text.replace("\r\n", "\n").replace("\r", "\n"))
    text = CITATION.sub("", text)
    lines = text.split("\n")
    kept: list[str] = []
    headlines: str | None = None  # in a headline list: "start", "marked" or "plain" items
    for line in lines:
        line = INLINE_CREDIT.sub("", INLINE_READ_MORE.sub("", line))
        stripped = line.strip()
        if COMMENTS_START.match(stripped):
            break
        if headlines is not None:
            if not stripped:
                continue
            headlines = _headline_list(headlines, stripped)
            if headlines is not None:
                continue
        if LIST_HEADING.match(stripped):
            _drop_teaser(kept)
            headlines = "start"
            continue
        if (BOILERPLATE.match(stripped) or PAYWALL.match(stripped)) and len(stripped.split()) <= 20:
            _drop_teaser(kept)
            continue
        if NAV_LINE.match(stripped) or BYLINE.match(stripped) or CAPTION_LINE.match(stripped):
            continue
        if len(SOCIAL.findall(stripped)) >= 2 or stripped.startswith("@"):
            continue
        kept.extend(_without_dateline(line))
    cleaned = "\n".join(join_item_lists(kept))
    return re.sub(r"\n{3,}", "\n\n", cleaned).strip()


def _headline_list(state: str, line: str) -> str | None:
    """The state of a headline list after its next non-empty `line` (None: the list ended
    before it). Its first item says whether the items are marked ("1.", "-"): marked items
    go on while marked, plain ones while short lines without a sentence's end.

    >>> _headline_list("start", "1. Intel sells chips"), _headline_list("marked", "Intel sells.")
    ('marked', None)
    >>> _headline_list("start", "Intel sells chips to Dell"), _headline_list("plain", "It did.")
    ('plain', None)
    """
    marked = LIST_MARKER.match(line) is not None
    if state == "start":
        state = "marked" if marked else "plain"
    if state == "marked":
        return state if marked else None
    headline = len(line.split()) <= HEADLINE_MAX_WORDS and not line.endswith((".", "!", "?"))
    return state if headline and not marked else None


def _without_dateline(line: str) -> list[str]:
    """The line with its dateline's place and date removed and its news agency kept as a
    line of its own (the agency is an entity of the article; the place is no subject).

    >>> _without_dateline("SEOUL, July 14 (Yonhap) -- SK On said sales rose.")
    ['Yonhap', 'SK On said sales rose.']
    >>> _without_dateline("Tokyo, Feb. 6 (Jiji Press)--Japan's ministry said so.")
    ['Jiji Press', "Japan's ministry said so."]
    >>> _without_dateline("(Bloomberg) -- Intel rose."), _without_dateline("BEIJING - Intel rose.")
    (['Bloomberg', 'Intel rose.'], ['Intel rose.'])
    >>> _without_dateline("Sales  rose.")
    ['Sales rose.']
    """
    stripped = line.strip()
    match = (DATELINE.match(stripped) or DATED_LINE.match(stripped)
             or PLACE_AGENCY_LINE.match(stripped) or AGENCY_LINE.match(stripped))
    if match is not None:
        return [match["agency"], " ".join(stripped[match.end() :].split())]
    place = PLACE_LINE.match(stripped)
    start = place.end() if place and _is_city(place["place"].title()) else 0
    return [" ".join(stripped[start:].split())]


def _is_city(name: str) -> bool:
    """Whether `name` is a city (a capital the gazetteer has as its country's alias counts:
    "Beijing", "Washington"; not an acronym, "Us"), not a firm ("Asml")."""
    known = gazetteer().lookup(name)
    if known is None:
        return is_place(name)
    return known.label == "Country" and name != known.name and len(name) >= 4


def _list_item(line: str) -> str | None:
    """The name of a short list item line ("1. Shield AI Inc.", "- Naura"), else None."""
    match = LIST_ITEM.match(line)
    if match is None:
        return None
    item = match["item"].rstrip(";,").strip()
    if not item[0].isupper() and not item[0].isdigit():
        return None
    if len(item.split()) > ITEM_MAX_WORDS or item.endswith(("!", "?", ":")):
        return None
    if item.endswith(".") and not ABBREVIATION_END.search(item):
        return None
    return item


def join_item_lists(lines: list[str]) -> list[str]:
    """Fold a list of short items under a line ending in ":" into that line, as a sentence
    ("includes: A, B and C."), so the parser sees the items as the intro's objects.

    >>> join_item_lists(["The list includes:", "", "1. Shield AI Inc.", "2. Naura", "Next."])
    ['The list includes: Shield AI Inc. and Naura.', 'Next.']
    """
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        out.append(line)
        i += 1
        if not line.endswith(":"):
            continue
        items: list[str] = []
        after_last = i
        for j in range(i, len(lines)):
            if not lines[j]:
                continue
            item = _list_item(lines[j])
            if item is None:
                break
            items.append(item)
            after_last = j + 1
        if len(items) < 2:
            continue
        separator = "; " if any("," in item for item in items) else ", "
        listed = separator.join(items[:-1]) + " and " + items[-1]
        out[-1] = f"{line} {listed}{'' if listed.endswith('.') else '.'}"
        i = after_last
    return out


def _drop_teaser(kept: list[str]) -> None:
    """Before a "Read more": drop a teaser snippet ("...") and its headline."""
    while kept and not kept[-1]:
        kept.pop()
    if kept and kept[-1].endswith(TEASER_END):
        kept.pop()
        while kept and not kept[-1]:
            kept.pop()
        if kept and not kept[-1].endswith((".", "!", "?")) and len(kept[-1].split()) <= 25:
            kept.pop()


def first_line(text: str) -> str:
    """The first non-empty line (stripped of markdown heading marks), at most 300 chars."""
    for line in text.split("\n"):
        line = line.strip().lstrip("#").strip()
        if line:
            return line[:300]
    return ""


def html_to_text(html: str) -> tuple[str, str]:
    """(title, body text) of an HTML page: the article body, without navigation/chrome. The
    article's own header (its h1 and standfirst) is body text; a line break separates words.

    >>> html_to_text("<title>T</title><nav>Menu</nav><article><p>Intel <b>sells</b>.</p></article>")
    ('T', 'Intel sells.')
    >>> html_to_text("<article><header><h1>Intel sells</h1></header><p>A<br>B</p></article>")
    ('Intel sells', 'Intel sells\\nA B')
    """
    soup = BeautifulSoup(html, "html.parser")
    title_tag = soup.find("h1") or soup.find("title")
    title = " ".join(title_tag.get_text().split()) if title_tag else ""
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    for br in soup.find_all("br"):
        br.replace_with(" ")
    for tag in soup.find_all(DROP_TAGS):
        if tag.name == "header" and (tag.find("h1") or tag.find_parent(("article", "main"))):
            continue  # the article's header: headline and standfirst
        tag.decompose()
    for tag in soup.find_all(_is_chrome):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    blocks = [
        " ".join(el.get_text().split())
        for el in root.find_all(BLOCK_TAGS)
        if not el.find(BLOCK_TAGS)
    ]
    body = "\n".join(b for b in blocks if b) or root.get_text("\n")
    return title, body


def _is_chrome(tag: Tag) -> bool:
    """Whether `tag` is page chrome by a token of its class or id (``class="sidebar"``,
    ``id="disqus_thread"``), and holds no article body (:data:`CONTENT_TAGS`, an h1)."""
    classes = tag.get("class")
    tokens = [classes] if isinstance(classes, str) else [str(c) for c in classes or []]
    tokens.append(str(tag.get("id") or ""))
    return (
        any(CHROME_CLASSES.search(token) for token in tokens)
        and tag.name not in CONTENT_TAGS
        and tag.find(("article", "main", "h1")) is None
    )


def markdown_to_text(md: str) -> str:
    """Markdown with images, link targets, emphasis and heading marks removed."""
    md = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", md)
    md = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", md)
    md = re.sub(r"(\*\*|__|\*|`)", "", md)
    return re.sub(r"^\s{0,3}(?:#{1,6}\s*|>\s?|[-+]\s+(?=\S))", "", md, flags=re.MULTILINE)


def _decode(data: bytes, source: str) -> str:
    if not data.strip():
        raise DocumentError(source, "empty document")
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentError(source, "binary content (NUL bytes), not a text document")
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return data.decode("utf-16")
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(source, f"not UTF-8 text (undecodable byte at {exc.start})") from exc


def _check_size(size: int, source: str, max_bytes: int) -> None:
    if size > max_bytes:
        raise DocumentError(source, f"too large: {size} bytes, the limit is {max_bytes} bytes")


def content_source(sha256: str) -> str:
    """The source of a text that names none: its content.

    >>> content_source("ab12")
    'sha256:ab12'
    """
    return f"sha256:{sha256}"


def document_from_text(
    title: str | None,
    text: str,
    url: str | None = None,
    source: str | None = None,
    published: str | None = None,
    name: str | None = None,
    headline: bool = False,
) -> SourceDocument:
    """A document from raw text (the API's and JSONL's way in): cleaned, sha256 of the raw
    text, source `source` (else `url`, else the content), id a slug of `name` (else of the
    source, url or title). With `headline` the title is the article's headline and is read
    as the text's first line (unless the text already begins with it), its facts with the
    rest; the sha256 then covers it too.

    >>> document_from_text("T", "Nvidia sells H20 chips.", source="api/t").id
    'document:api-t'
    >>> document_from_text("T", "Nvidia sells H20 chips.").source[:15]
    'sha256:caf9e7fc'
    >>> document_from_text("US curbs Nvidia", "It said so.", headline=True).text
    'US curbs Nvidia\\n\\nIt said so.'
    """
    where = name or source or url or title or "text"
    for key, value in (("title", title), ("url", url), ("source", source),
                       ("published", published)):
        control = CONTROL_CHARACTER.search(value or "")
        if control:
            raise DocumentError(
                where, f"{key!r} contains a control character ({control.group()!r})"
            )
    cleaned = clean_text(text)
    if not cleaned:
        raise DocumentError(where, "empty document (no text left after cleaning)")
    heading = clean_text(title or "") if headline else ""
    if heading and not cleaned.startswith(heading):
        cleaned, text = f"{heading}\n\n{cleaned}", f"{title}\n\n{text}"
    sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return SourceDocument(
        id="document:" + slugify(where),
        title=" ".join((title or "").split()) or first_line(cleaned),
        source=source or url or content_source(sha256),
        text=cleaned,
        sha256=sha256,
        url=url,
        published=published,
        read_as=where,
    )


def _from_bytes(data: bytes, name: str, suffix: str, path: Path | None) -> SourceDocument:
    """The document of a file's bytes; `name` gives its id, `path` (None for an upload, whose
    identity is its content) its source."""
    raw = _decode(data, name)
    if suffix in HTML_SUFFIXES:
        title, body = html_to_text(raw)
    elif suffix in MARKDOWN_SUFFIXES:
        body = markdown_to_text(raw)
        title = first_line(body)
    else:
        body, title = raw, ""
    text = clean_text(body)
    if not text:
        raise DocumentError(name, "empty document (no text left after cleaning)")
    sha256 = hashlib.sha256(data).hexdigest()
    return SourceDocument(
        id="document:" + slugify(name),
        title=title or first_line(text),
        source=str(path) if path is not None else content_source(sha256),
        text=text,
        sha256=sha256,
        read_as=name,
    )


def jsonl_documents(
    lines: Iterator[bytes], name: str, max_bytes: int, path: Path | None = None
) -> Iterator[SourceDocument | DocumentError]:
    """One document per JSONL line ({text, title?, url?, source?, published?}); bad lines are
    errors. `name` names the file in ids and messages; `path` (the resolved file, None for an
    upload) gives a line without url or source its source, ``<path>#<line>``.

    Two lines of one source (the same url or source, or, without either, the same text of
    an upload) are one document read twice: the second is an error, the first stays.
    """
    first_line_of: dict[str, int] = {}  # source -> its first line
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            _check_size(len(line), name, max_bytes)
            doc = _jsonl_document(line, name, number, path)
            first = first_line_of.setdefault(doc.source, number)
            if first != number:
                same = "text" if doc.source.startswith("sha256:") else "url/source"
                raise DocumentError(name, f"same {same} as line {first}")
            yield doc
        except DocumentError as exc:
            yield DocumentError(name, exc.reason, number)


def _jsonl_document(line: bytes, name: str, number: int, path: Path | None) -> SourceDocument:
    try:
        row = json.loads(_decode(line, name))
    except json.JSONDecodeError as exc:
        reason = exc.msg.removesuffix(" at")  # "Invalid control character at"
        raise DocumentError(name, f"malformed JSON ({reason} at column {exc.colno})") from exc
    if not isinstance(row, dict):
        raise DocumentError(name, "expected a JSON object with a 'text' field")
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        raise DocumentError(name, "'text' must be a non-empty string")
    for key in ("title", "url", "source", "published"):
        if row.get(key) is not None and not isinstance(row[key], str):
            raise DocumentError(name, f"'{key}' must be a string, got {type(row[key]).__name__}")
    named = row.get("source") or row.get("url") or None
    return document_from_text(
        row.get("title"),
        text,
        url=row.get("url") or None,
        source=named or (f"{path}#{number}" if path is not None else None),
        published=row.get("published") or None,
        name=named or f"{name}#{number}",
        headline=True,
    )


def read_file(
    path: Path, name: str, max_bytes: int | None = None
) -> Iterator[SourceDocument | DocumentError]:
    """The documents of one file, `name` being its name relative to the loaded root (it gives
    ids and messages; the resolved path is the source)."""
    limit = max_bytes if max_bytes is not None else default_max_bytes()
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        yield DocumentError(name, f"unsupported file type {suffix or '(none)'}; "
                                  f"expected one of {', '.join(sorted(SUPPORTED))}")
        return
    try:
        resolved = path.resolve()
        if suffix in JSONL_SUFFIXES:
            with path.open("rb") as fh:
                yield from jsonl_documents(iter(fh), name, limit, resolved)
            return
        _check_size(path.stat().st_size, name, limit)
        yield _from_bytes(path.read_bytes(), name, suffix, resolved)
    except DocumentError as exc:
        yield exc
    except OSError as exc:
        yield DocumentError(name, f"cannot read: {exc.strerror or exc}")


def read_path(
    path: str | Path, max_bytes: int | None = None
) -> Iterator[SourceDocument | DocumentError]:
    """Documents (or errors) of a file or a directory (recursive, sorted, supported types).

    A file in a directory is named (in ids and messages) by its path relative to that
    directory, a single file by its name; either way its source is its resolved path.
    """
    root = Path(path)
    if root.is_dir():
        for file in _directory_files(root):
            if file.suffix.lower() in SUPPORTED:
                yield from read_file(file, file.relative_to(root).as_posix(), max_bytes)
    elif root.is_file():
        yield from read_file(root, root.name, max_bytes)
    else:
        yield DocumentError(str(path), "no such file or directory")


def skipped_files(path: str | Path) -> list[tuple[str, str]]:
    """(name, reason) of each file of directory `path` that :func:`read_path` does not read
    (an unsupported type; hidden files are not named), named relative to `path`.

    >>> skipped_files("/no/such/dir")
    []
    """
    root = Path(path)
    if not root.is_dir():
        return []
    return [
        (p.relative_to(root).as_posix(),
         f"unsupported file type {p.suffix.lower() or '(no extension)'} ({READ_TYPES} are read)")
        for p in _directory_files(root)
        if p.suffix.lower() not in SUPPORTED
    ]


def _directory_files(root: Path) -> list[Path]:
    """The files below directory `root`, sorted, but for hidden ones (".git", ".DS_Store")."""
    return sorted(
        p for p in root.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(root).parts)
    )


def documents_from_upload(
    filename: str, data: bytes, max_bytes: int | None = None
) -> list[SourceDocument]:
    """The documents of one uploaded file (any supported type; JSONL gives several). An
    upload's file name gives ids, not identity: a document's source is its content (or a
    JSONL line's url or source).

    Raises :class:`DocumentError` if the file or any JSONL line is bad: an upload is
    accepted whole or not at all.
    """
    limit = max_bytes if max_bytes is not None else default_max_bytes()
    name = Path(filename or "upload.txt").name
    suffix = Path(name).suffix.lower() or ".txt"
    if suffix not in SUPPORTED:
        raise DocumentError(name, f"unsupported file type {suffix}; "
                                  f"expected one of {', '.join(sorted(SUPPORTED))}")
    if suffix in JSONL_SUFFIXES:
        docs: list[SourceDocument] = []
        for item in jsonl_documents(iter(data.splitlines(keepends=True)), name, limit):
            if isinstance(item, DocumentError):
                raise item
            docs.append(item)
        if not docs:
            raise DocumentError(name, "empty document (no JSONL lines)")
        return docs
    _check_size(len(data), name, limit)
    return [_from_bytes(data, name, suffix, None)]
