"""The relationship rules as data (``data/relations/*.json``), checked and compiled.

* ``paths.json``: argument slots, each a list of dependency paths from a trigger token;
* ``rules.json``: dependency rules (trigger lemmas, frames of two slots, types);
* ``surface.json``: regular expressions over sentences with entities as placeholders;
* ``config.json``: base confidences, hedge and negation lexicons.

Dependency rules compile to spaCy :class:`~spacy.matcher.DependencyMatcher` patterns:
one pattern per (frame, start path, end path), named ``rule#n``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from graph.schema import LABELS, REL_TYPES

RELATIONS_DIR = Path(__file__).resolve().parent.parent / "data" / "relations"

_STEP = re.compile(r"^([<>])([a-z|]+)(?:\[([^\]]+)\])?$")
ENTITY_MARK = "\u27e6{}\u27e7"
"""How an entity is written in the masked sentence surface patterns run on: ⟦3⟧."""
_ONE = "\u27e6\\d+\u27e7"
_LIST = f"{_ONE}(?:(?:,| and|, and|,and| or|, or) {_ONE})*"


class RuleError(ValueError):
    """A malformed relationship rule file (names the file and the rule)."""


@dataclass(frozen=True)
class DepRule:
    """A dependency rule: a trigger word and the frames its two entities stand in."""

    name: str
    types: tuple[str, ...]
    pos: tuple[str, ...]
    lemmas: tuple[str, ...]
    frames: tuple[tuple[str, str], ...]
    confidence: float
    start_labels: frozenset[str] | None = None
    end_labels: frozenset[str] | None = None
    roles: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class SurfaceRule:
    """A surface rule: a regex with ``start``/``end`` groups over a masked sentence."""

    name: str
    types: tuple[str, ...]
    regex: re.Pattern[str]
    confidence: float
    start_labels: frozenset[str] | None = None
    end_labels: frozenset[str] | None = None


@dataclass(frozen=True)
class PatternInfo:
    """What one compiled DependencyMatcher pattern means: which nodes are the two ends."""

    rule: DepRule
    start_node: int
    end_node: int
    borrowed: frozenset[str]  # labels borrowed from another verb: the trigger must lack them
    start_step: str  # first step of the start path ("" for the trigger itself)
    end_step: str


@dataclass(frozen=True)
class Modifiers:
    """Hedge and negation lexicons and how far up from a trigger to look for them."""

    hedge_factor: float
    hedge_words: frozenset[str]
    hedge_lemmas: frozenset[str]
    negation_words: frozenset[str]
    reversal_lemmas: frozenset[str]
    reversal_words: frozenset[str]
    chain_deps: frozenset[str]
    chain_hops: int
    symmetric: frozenset[str]
    name_confidence: float  # BASED_IN read from a name: "China Mobile", "Dutch government"
    demonyms: dict[str, str]  # "Chinese" -> "China"
    class_nouns: dict[str, frozenset[str]]  # label -> nouns that stand for a mention just before
    inner_confidence: float  # an edge read inside one Sanction mention ("curbs on graphite")
    inner_object_words: frozenset[str]  # words after which a Sanction mention names its object


@dataclass(frozen=True)
class RuleSet:
    """Everything in ``data/relations``."""

    paths: dict[str, tuple[str, ...]]
    dep_rules: tuple[DepRule, ...]
    surface_rules: tuple[SurfaceRule, ...]
    modifiers: Modifiers


def _read(directory: Path, name: str) -> dict[str, Any]:
    path = directory / name
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise RuleError(f"{path}: cannot read relationship rules ({exc})") from exc
    if not isinstance(data, dict):
        raise RuleError(f"{path}: expected a JSON object")
    return data


def _labels(raw: dict[str, Any], key: str, where: str) -> frozenset[str] | None:
    if key not in raw:
        return None
    labels = frozenset(raw[key])
    if not labels <= set(LABELS):
        raise RuleError(f"{where}: {key} has labels outside the ontology: {sorted(labels)}")
    return labels


def _types(raw: dict[str, Any], where: str) -> tuple[str, ...]:
    types = tuple(raw.get("types", ()))
    if not types or any(t not in REL_TYPES for t in types):
        raise RuleError(f"{where}: 'types' must list relationship types of the ontology")
    return types


def parse_dep_rule(raw: dict[str, Any], paths: dict[str, tuple[str, ...]], base: float) -> DepRule:
    """One entry of ``rules.json`` as a :class:`DepRule` (slots must exist in ``paths``)."""
    where = f"rules.json rule {raw.get('name', '?')!r}"
    frames = tuple((str(a), str(b)) for a, b in raw.get("frames", ()))
    unknown = {slot for frame in frames for slot in frame} - set(paths)
    if not frames or unknown:
        raise RuleError(f"{where}: needs frames of known slots (unknown: {sorted(unknown)})")
    return DepRule(
        name=str(raw["name"]),
        types=_types(raw, where),
        pos=tuple(raw.get("pos", ())),
        lemmas=tuple(str(lemma).lower() for lemma in raw.get("lemmas", ())),
        frames=frames,
        confidence=float(raw.get("confidence", base)),
        start_labels=_labels(raw, "start_labels", where),
        end_labels=_labels(raw, "end_labels", where),
        roles=dict(raw.get("roles", {})),
    )


def parse_surface_rule(raw: dict[str, Any], base: float) -> SurfaceRule:
    """One entry of ``surface.json``: ``{start}``/``{end}`` become entity-list groups."""
    where = f"surface.json rule {raw.get('name', '?')!r}"
    pattern = str(raw.get("pattern", ""))
    if "{start}" not in pattern or "{end}" not in pattern:
        raise RuleError(f"{where}: the pattern needs both {{start}} and {{end}}")
    text = pattern.replace("{start}", f"(?P<start>{_LIST})").replace("{end}", f"(?P<end>{_LIST})")
    try:
        regex = re.compile(text, 0 if raw.get("case") else re.IGNORECASE)
    except re.error as exc:
        raise RuleError(f"{where}: bad regular expression ({exc})") from exc
    return SurfaceRule(
        name=str(raw["name"]),
        types=_types(raw, where),
        regex=regex,
        confidence=float(raw.get("confidence", base)),
        start_labels=_labels(raw, "start_labels", where),
        end_labels=_labels(raw, "end_labels", where),
    )


@lru_cache(maxsize=4)
def load_rules(directory: Path = RELATIONS_DIR) -> RuleSet:
    """Read and check every rule file of `directory` (cached).

    >>> rules = load_rules()
    >>> "SUBJ" in rules.paths and any(r.name == "supply_to" for r in rules.dep_rules)
    True
    """
    config = _read(directory, "config.json")
    base = config["base"]
    paths = {
        name: tuple(value)
        for name, value in _read(directory, "paths.json").items()
        if not name.startswith("_")
    }
    for name, options in paths.items():
        for path in options:
            for step in path.split():
                if not _STEP.match(step):
                    raise RuleError(f"paths.json slot {name}: bad step {step!r} in {path!r}")
    dep_rules = tuple(
        parse_dep_rule(raw, paths, float(base["dep"]))
        for raw in _read(directory, "rules.json")["rules"]
    )
    surface_rules = tuple(
        parse_surface_rule(raw, float(base["surface"]))
        for raw in _read(directory, "surface.json")["rules"]
    )
    modifiers = Modifiers(
        hedge_factor=float(config["hedge_factor"]),
        hedge_words=frozenset(config["hedge_words"]),
        hedge_lemmas=frozenset(config["hedge_lemmas"]),
        negation_words=frozenset(config["negation_words"]),
        reversal_lemmas=frozenset(config["reversal_lemmas"]),
        reversal_words=frozenset(config["reversal_words"]),
        chain_deps=frozenset(config["chain_deps"]),
        chain_hops=int(config["chain_hops"]),
        symmetric=frozenset(config.get("symmetric", ())),
        name_confidence=float(base["name"]),
        demonyms=dict(config.get("demonyms", {})),
        class_nouns={
            label: frozenset(nouns) for label, nouns in config.get("class_nouns", {}).items()
        },
        inner_confidence=float(base["inner"]),
        inner_object_words=frozenset(config["inner_object_words"]),
    )
    return RuleSet(paths, dep_rules, surface_rules, modifiers)


def _step_attrs(deps: str, words: str | None) -> dict[str, Any]:
    attrs: dict[str, Any] = {}
    if words:
        attrs["LOWER"] = {"IN": words.split("|")}
    return attrs | ({"DEP": {"IN": deps.split("|")}} if deps else {})


def _add_path(nodes: list[dict[str, Any]], path: str, prefix: str) -> int | None:
    """Append the nodes of `path` (from the trigger, node 0); return the index of its end.

    None when the path contradicts a dependency label already required of a node.
    """
    current = 0
    for number, step in enumerate(path.split()):
        match = _STEP.match(step)
        assert match is not None  # checked by load_rules
        direction, deps, words = match.groups()
        node_id = f"{prefix}{number}"
        if direction == ">":
            attrs = _step_attrs(deps, words)
        else:
            # Going up: the label belongs to the node we leave.
            left = nodes[current]["RIGHT_ATTRS"]
            wanted = set(deps.split("|"))
            if "DEP" in left:
                wanted &= set(left["DEP"]["IN"])
                if not wanted:
                    return None
            left["DEP"] = {"IN": sorted(wanted)}
            attrs = _step_attrs("", words)
        nodes.append(
            {
                "LEFT_ID": nodes[current]["RIGHT_ID"],
                "REL_OP": direction,
                "RIGHT_ID": node_id,
                "RIGHT_ATTRS": attrs,
            }
        )
        current = len(nodes) - 1
    return current


SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def borrowed_arguments(path: str) -> frozenset[str]:
    """The dependency labels `path` borrows from a coordinated or governing verb.

    >>> sorted(borrowed_arguments("<conj >nsubj")), sorted(borrowed_arguments(">conj >dobj"))
    (['nsubj', 'nsubjpass'], ['dobj'])
    >>> sorted(borrowed_arguments("<conj >prep[on] >pobj"))
    ['prep']
    """
    steps = path.split()
    if steps[:1] == ["<conj"] and steps[1:2] and steps[1].startswith(">prep"):
        return frozenset({"prep"})
    if steps[:1] in (["<conj"], ["<xcomp"], ["<advcl"]) and ">nsubj" in path:
        return SUBJECTS
    if steps[:1] == [">conj"] and steps[-1:] == [">dobj"]:
        return frozenset({"dobj"})
    return frozenset()


def first_step(path: str) -> str:
    """The first step of `path`, "" for the trigger itself.

    >>> first_step("<appos >poss"), first_step("")
    ('<appos', '')
    """
    return path.split()[0] if path else ""


def lemma_variants(lemmas: Sequence[str]) -> list[str]:
    """The spellings a trigger lemma can have in the model's LEMMA attribute.

    >>> lemma_variants(["ceo", "supply"])
    ['CEO', 'Ceo', 'SUPPLY', 'Supply', 'ceo', 'supply']
    """
    return sorted({form for lemma in lemmas for form in (lemma, lemma.upper(), lemma.title())})


def compile_rule(rule: DepRule, paths: dict[str, tuple[str, ...]]) -> list[tuple[Any, PatternInfo]]:
    """The DependencyMatcher patterns of `rule`, each with its :class:`PatternInfo`."""
    trigger: dict[str, Any] = {}
    if rule.lemmas:
        # The built-in LEMMA attribute is matched in C; a custom `_` attribute calls Python
        # for every token and pattern, which made matching the bulk of extraction time.
        trigger["LEMMA"] = {"IN": lemma_variants(rule.lemmas)}
    if rule.pos:
        trigger["POS"] = {"IN": list(rule.pos)}
    compiled = []
    for start_slot, end_slot in rule.frames:
        for start_path in paths[start_slot]:
            for end_path in paths[end_slot]:
                nodes: list[dict[str, Any]] = [{"RIGHT_ID": "t", "RIGHT_ATTRS": dict(trigger)}]
                start_node = _add_path(nodes, start_path, "s")
                end_node = _add_path(nodes, end_path, "e")
                if start_node is None or end_node is None or start_node == end_node:
                    continue
                borrowed = borrowed_arguments(start_path) | borrowed_arguments(end_path)
                info = PatternInfo(
                    rule,
                    start_node,
                    end_node,
                    borrowed,
                    first_step(start_path),
                    first_step(end_path),
                )
                compiled.append((nodes, info))
    return compiled


@dataclass
class CompiledRules:
    """One DependencyMatcher per rule over one vocabulary, and what each pattern means.

    A sentence is matched only against the rules whose trigger lemma it contains (rules
    without lemmas always run): one matcher over every pattern costs time in proportion to
    all patterns times all tokens, most of it spent on patterns that cannot match.
    """

    matchers: list[tuple[frozenset[str], DependencyMatcher]]
    info: dict[int, PatternInfo]

    def matches(self, sentence: Doc) -> list[tuple[int, list[int]]]:
        """(match id, token indices) of every pattern that matches `sentence`."""
        lemmas = {token.lemma_.lower() for token in sentence}
        found: list[tuple[int, list[int]]] = []
        for triggers, matcher in self.matchers:
            if not triggers or triggers & lemmas:
                found.extend(matcher(sentence))
        return found


_compiled: dict[tuple[int, int], CompiledRules] = {}


def compiled_rules(vocab: Vocab, rules: RuleSet) -> CompiledRules:
    """The dependency rules of `rules` compiled for `vocab` (once per vocabulary)."""
    key = (id(vocab), id(rules))
    if key not in _compiled:
        matchers: list[tuple[frozenset[str], DependencyMatcher]] = []
        info: dict[int, PatternInfo] = {}
        for rule in rules.dep_rules:
            matcher = DependencyMatcher(vocab, validate=True)
            for number, (pattern, meaning) in enumerate(compile_rule(rule, rules.paths)):
                name = f"{rule.name}#{number}"
                matcher.add(name, [pattern])
                info[vocab.strings[name]] = meaning
            matchers.append((frozenset(lemma.lower() for lemma in rule.lemmas), matcher))
        _compiled[key] = CompiledRules(matchers, info)
    return _compiled[key]


def entity_mark(index: int) -> str:
    """The placeholder of entity number `index` in a masked sentence.

    >>> entity_mark(3)
    '⟦3⟧'
    """
    return ENTITY_MARK.format(index)


def marked_indexes(text: str) -> list[int]:
    """The entity numbers in a matched group of a masked sentence.

    >>> marked_indexes("⟦1⟧, ⟦4⟧ and ⟦2⟧")
    [1, 4, 2]
    """
    return [int(number) for number in re.findall("\u27e6(\\d+)\u27e7", text)]
