"""The relationship rules as data (``data/relations/*.json``), checked and compiled.

* ``paths.json``: argument slots, each a list of dependency paths from a trigger token;
* ``rules.json``: dependency rules (trigger lemmas, frames of two slots, types);
* ``surface.json``: regular expressions over sentences with entities as placeholders;
* ``config.json``: base confidences, hedge and negation lexicons.

Dependency rules compile to patterns in spaCy's DependencyMatcher format, one per (frame,
start path, end path), named ``rule#n``, matched by :class:`TreePattern` from the trigger.
"""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from spacy.tokens import Span
from spacy.vocab import Vocab

from graph.schema import LABELS, REL_TYPES
from loaders.nlp import doc_tokens

RELATIONS_DIR = Path(__file__).resolve().parent.parent / "data" / "relations"
CALIBRATION = "calibration.json"
"""Written by ``chokepoint calibrate`` (loaders/calibration.py)."""

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
    not_under: frozenset[str] = frozenset()  # no edge when the trigger or a governing word has one
    not_with: frozenset[str] = frozenset()  # no edge when a modifier or the object of the
    # trigger is one ("the proposed acquisition of Arm"; "got an order from Tesla": Tesla buys)
    negatable: bool = False  # a negated or reversed trigger still states the fact (permissions)
    in_phrase: bool = False  # read inside one noun phrase ("its in-house Exynos"): no clause
    # negation touches it ("Samsung isn't relying on its in-house Exynos" still DEVELOPS)


@dataclass(frozen=True)
class SurfaceRule:
    """A surface rule: a regex with ``start``/``end`` groups over a masked sentence."""

    name: str
    types: tuple[str, ...]
    regex: re.Pattern[str]
    confidence: float
    start_labels: frozenset[str] | None = None
    end_labels: frozenset[str] | None = None
    pairwise: bool = False  # two lists of one length pair up in order ("Dutch and Japanese")
    needs: tuple[tuple[str, ...], ...] = ()  # every match holds one word of each (see
    # :func:`required_words`): a sentence without is not searched
    ignores_case: bool = True  # the regex ignores case (its needs are lower-cased)

    def may_match(self, text: str, folded: str | None) -> bool:
        """Whether `text` holds a word of each of :attr:`needs` (`folded` is `text` as
        :func:`lower_for_words` gives it).

        >>> rule = parse_surface_rule({"name": "r", "types": ["SUPPLIES"],
        ...                            "pattern": "{start} (?:sells|ships) to {end}"}, 0.5)
        >>> rule.may_match("⟦0⟧ Sells to ⟦1⟧", lower_for_words("⟦0⟧ Sells to ⟦1⟧"))
        True
        >>> rule.may_match("⟦0⟧ buys from ⟦1⟧", lower_for_words("⟦0⟧ buys from ⟦1⟧"))
        False
        """
        if self.ignores_case:
            if folded is None:
                return True
            text = folded
        for words in self.needs:
            for word in words:
                if word in text:
                    break
            else:
                return False
        return True


CASE_ODD = re.compile("[\u0130\u0131\u017f]")
"""The characters that a regex ignoring case matches with an ASCII letter but that
``str.lower`` does not turn into it: dotted capital I, dotless i, long s."""


def lower_for_words(text: str) -> str | None:
    """`text` lower-cased, for :meth:`SurfaceRule.may_match`; None when it holds a
    character of :data:`CASE_ODD` (then any rule may match).

    >>> lower_for_words("Nvidia Ships"), lower_for_words("\u017fhips")
    ('nvidia ships', None)
    """
    return None if CASE_ODD.search(text) else text.lower()


_SRE: Any = importlib.import_module("re._parser")
"""The standard library's parser of regular expressions (the first step of ``re.compile``)."""


def required_words(regex: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    """Words every match of `regex` holds, as tuples of alternatives: a match holds a word
    of each tuple. Words with a letter only (not the entity marks every masked sentence
    holds); lower-cased and ASCII when the regex ignores case (see :data:`CASE_ODD`). Of
    two alternatives one inside the other, the shorter does.

    >>> required_words(re.compile(r"(?:sell|buy)s? (?P<n>[0-9]+)+ to", re.IGNORECASE))
    (('buy', 'sell'), (' to',))
    """
    folded = bool(regex.flags & re.IGNORECASE)
    return tuple(
        tuple(sorted(w for w in words if not any(v != w and v in w for v in words)))
        for words in _required(list(_SRE.parse(regex.pattern, regex.flags)), folded)
    )


def _required(items: list[tuple[Any, Any]], folded: bool) -> list[frozenset[str]]:
    """The word sets of :func:`required_words` for parsed regex items in a row."""
    found: list[frozenset[str]] = []
    run: list[str] = []  # the literal characters in a row so far

    def end_run() -> None:
        word = "".join(run)
        run.clear()
        if any(c.isalpha() for c in word) and (word.isascii() or not folded):
            found.append(frozenset({word.lower() if folded else word}))

    for op, value in items:
        if op is _SRE.LITERAL:
            run.append(chr(value))
            continue
        end_run()
        if op is _SRE.SUBPATTERN and not value[1] and not value[2]:  # no flags of its own
            found += _required(value[3], folded)
        elif op is _SRE.ATOMIC_GROUP:
            found += _required(value, folded)
        elif op in (_SRE.MAX_REPEAT, _SRE.MIN_REPEAT, _SRE.POSSESSIVE_REPEAT) and value[0]:
            found += _required(value[2], folded)
        elif op is _SRE.BRANCH:  # a word of each alternative: its longest required one
            options = [_required(branch, folded) for branch in value[1]]
            if all(options):
                found.append(frozenset().union(
                    *(max(sets, key=lambda words: min(map(len, words))) for sets in options)
                ))
    end_run()
    return found


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
    unnamed_source_words: frozenset[str]  # 'according to people familiar with the matter'
    hedge_lemmas: frozenset[str]
    negation_words: frozenset[str]
    reversal_lemmas: frozenset[str]
    reversal_words: frozenset[str]
    habitual_lemmas: frozenset[str]  # "used to supply": a past habit, ended
    ending_preps: frozenset[str]  # "supplied chips to Apple until 2020": ended
    conditional_marks: frozenset[str]  # "if", "unless": a clause that makes the fact a condition
    licence_objects: frozenset[str]  # granting one of these licenses (REGULATES), not funds
    chain_deps: frozenset[str]
    chain_hops: int
    symmetric: frozenset[str]
    name_confidence: float  # BASED_IN read from a name: "China Mobile", "Dutch government"
    demonyms: dict[str, str]  # "Chinese" -> "China"
    technology_words: dict[str, str]  # "chipmaker" -> "semiconductors"
    fund_words: frozenset[str]  # a Plan named with one of these funds: it SUPPORTS first
    title_roles: dict[str, tuple[str, ...]]  # "secretary" -> ("department",): role -> bodies
    title_generic_words: frozenset[str]  # title words that name no particular agency
    title_confidence: float  # AFFILIATED_WITH read from a title ("Commerce Secretary X")
    class_nouns: dict[str, frozenset[str]]  # label -> nouns that stand for a mention just before
    inner_confidence: float  # an edge read inside one Sanction mention ("curbs on graphite")
    inner_object_words: frozenset[str]  # words after which a Sanction mention names its object
    field_nouns: frozenset[str] = frozenset()  # "the chip industry" stands for its technology
    facility_nouns: frozenset[str] = frozenset()  # "TSMC's fab" stands for TSMC
    ownership_objects: frozenset[str] = frozenset()  # buying "a stake", "its unit" is no supply
    quantity_nouns: frozenset[str] = frozenset()  # "generations of chips" stands for chips
    member_nouns: frozenset[str] = frozenset()  # "researchers at X" stands for X
    state_roles: frozenset[str] = frozenset()  # "Chinese President X": a role of a country
    plan_synonyms: dict[str, str] = field(default_factory=dict)  # "blueprint" -> "plan"
    funds_objects: frozenset[str] = frozenset()  # providing one of these finances, not supplies
    head_roles: frozenset[str] = frozenset()  # "President X": a head of state or government
    corporate_roles: frozenset[str] = frozenset()  # "French CEO X": no post of France
    bare_titles: dict[str, re.Pattern[str]] = field(default_factory=dict)  # label -> titles
    leaders: dict[str, str] = field(default_factory=dict)  # "Xi Jinping" -> "China"
    restraint_lemmas: frozenset[str] = frozenset()  # "restrict", "bar": the trade is stopped
    counterfactual_modals: frozenset[str] = frozenset()  # "would have received": unreal
    hypothetical_modals: frozenset[str] = frozenset()  # "could buy": merely possible
    dependence_nouns: frozenset[str] = frozenset()  # "dependence", "reliance"
    lessening_lemmas: frozenset[str] = frozenset()  # "reduce its reliance": still relies
    maker_word_goods: dict[str, str] = field(default_factory=dict)  # "chipmaker" -> "chips"


@dataclass(frozen=True)
class RuleSet:
    """Everything in ``data/relations``."""

    paths: dict[str, tuple[str, ...]]
    dep_rules: tuple[DepRule, ...]
    surface_rules: tuple[SurfaceRule, ...]
    modifiers: Modifiers
    method_factors: dict[str, float] = field(default_factory=dict)  # calibration.json


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
        not_under=frozenset(str(lemma).lower() for lemma in raw.get("not_under", ())),
        not_with=frozenset(str(word).lower() for word in raw.get("not_with", ())),
        negatable=bool(raw.get("negatable", False)),
        in_phrase=bool(raw.get("in_phrase", False)),
    )


def parse_surface_rule(raw: dict[str, Any], base: float) -> SurfaceRule:
    """One entry of ``surface.json``: ``{start}``/``{end}`` become entity-list groups (one
    entity for a group named in the rule's ``single``)."""
    where = f"surface.json rule {raw.get('name', '?')!r}"
    pattern = str(raw.get("pattern", ""))
    if "{start}" not in pattern or "{end}" not in pattern:
        raise RuleError(f"{where}: the pattern needs both {{start}} and {{end}}")
    single = set(raw.get("single", ()))  # groups that stand for one entity, not a list
    for group in ("start", "end"):
        form = _ONE if group in single else _LIST
        pattern = pattern.replace(f"{{{group}}}", f"(?P<{group}>{form})")
    try:
        regex = re.compile(pattern, 0 if raw.get("case") else re.IGNORECASE)
    except re.error as exc:
        raise RuleError(f"{where}: bad regular expression ({exc})") from exc
    return SurfaceRule(
        name=str(raw["name"]),
        types=_types(raw, where),
        regex=regex,
        confidence=float(raw.get("confidence", base)),
        start_labels=_labels(raw, "start_labels", where),
        end_labels=_labels(raw, "end_labels", where),
        pairwise=bool(raw.get("pairwise", False)),
        needs=required_words(regex),
        ignores_case=bool(regex.flags & re.IGNORECASE),
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
    # A rule's matches are keyed by its name: a second rule of the same name would never fire.
    seen: set[str] = set()
    for name in [r.name for r in dep_rules] + [r.name for r in surface_rules]:
        if name in seen:
            raise RuleError(f"{directory}: two rules are named {name!r}; names must differ")
        seen.add(name)
    modifiers = Modifiers(
        hedge_factor=float(config["hedge_factor"]),
        hedge_words=frozenset(config["hedge_words"]),
        unnamed_source_words=frozenset(config["unnamed_source_words"]),
        hedge_lemmas=frozenset(config["hedge_lemmas"]),
        negation_words=frozenset(config["negation_words"]),
        reversal_lemmas=frozenset(config["reversal_lemmas"]),
        reversal_words=frozenset(config["reversal_words"]),
        habitual_lemmas=frozenset(config.get("habitual_lemmas", ())),
        ending_preps=frozenset(config.get("ending_preps", ())),
        conditional_marks=frozenset(config.get("conditional_marks", ())),
        licence_objects=frozenset(config.get("licence_objects", ())),
        chain_deps=frozenset(config["chain_deps"]),
        chain_hops=int(config["chain_hops"]),
        symmetric=frozenset(config.get("symmetric", ())),
        name_confidence=float(base["name"]),
        demonyms=dict(config.get("demonyms", {})),
        technology_words=dict(config.get("technology_words", {})),
        fund_words=frozenset(config.get("fund_words", ())),
        title_roles={
            role: tuple(bodies) for role, bodies in config.get("title_roles", {}).items()
        },
        title_generic_words=frozenset(config.get("title_generic_words", ())),
        title_confidence=float(base["title"]),
        class_nouns={
            label: frozenset(nouns) for label, nouns in config.get("class_nouns", {}).items()
        },
        inner_confidence=float(base["inner"]),
        inner_object_words=frozenset(config["inner_object_words"]),
        field_nouns=frozenset(config.get("field_nouns", ())),
        facility_nouns=frozenset(config.get("facility_nouns", ())),
        ownership_objects=frozenset(config.get("ownership_objects", ())),
        quantity_nouns=frozenset(config.get("quantity_nouns", ())),
        member_nouns=frozenset(config.get("member_nouns", ())),
        state_roles=frozenset(config.get("state_roles", ())),
        plan_synonyms=dict(config.get("plan_synonyms", {})),
        funds_objects=frozenset(config.get("funds_objects", ())),
        head_roles=frozenset(config.get("head_roles", ())),
        corporate_roles=frozenset(config.get("corporate_roles", ())),
        bare_titles={
            label: re.compile(r"\b(?:" + "|".join(map(re.escape, titles)) + r")\b")
            for label, titles in config.get("bare_titles", {}).items()
        },
        leaders=dict(config.get("leaders", {})),
        restraint_lemmas=frozenset(config.get("restraint_lemmas", ())),
        counterfactual_modals=frozenset(config.get("counterfactual_modals", ())),
        hypothetical_modals=frozenset(config.get("hypothetical_modals", ())),
        dependence_nouns=frozenset(config.get("dependence_nouns", ())),
        lessening_lemmas=frozenset(config.get("lessening_lemmas", ())),
        maker_word_goods=dict(config.get("maker_word_goods", {})),
    )
    return RuleSet(paths, dep_rules, surface_rules, modifiers, _method_factors(directory))


def _method_factors(directory: Path) -> dict[str, float]:
    """Each method's confidence factor from ``calibration.json`` (none without that file)."""
    if not (directory / CALIBRATION).exists():
        return {}
    methods = _read(directory, CALIBRATION).get("methods", {})
    try:
        return {method: float(entry["factor"]) for method, entry in methods.items()}
    except (TypeError, KeyError, ValueError) as exc:
        raise RuleError(f"{directory / CALIBRATION}: a method without a factor ({exc})") from exc


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
OBJECT_CONTROL = "<xcomp >dobj"
"""The subject path of a verb whose governing verb has an object: "asked TSMC to make"."""


def borrowed_arguments(path: str) -> frozenset[str]:
    """The dependency labels `path` borrows from a coordinated or governing verb.

    >>> sorted(borrowed_arguments("<conj >nsubj")), sorted(borrowed_arguments(">conj >dobj"))
    (['nsubj', 'nsubjpass'], ['dobj'])
    >>> sorted(borrowed_arguments("<conj >prep[on] >pobj"))
    ['prep']

    A noun's agent read from the verb it is the object of is borrowed from that verb, so a
    possessor of the noun's own comes first ("probing TSMC's production"):

    >>> borrowed_arguments("<dobj >nsubj"), borrowed_arguments("<dobj[cut] <xcomp >nsubj")
    (frozenset({'poss'}), frozenset({'poss'}))
    """
    steps = path.split()
    if steps[:1] == ["<conj"] and steps[1:2] and steps[1].startswith(">prep"):
        return frozenset({"prep"})
    if steps[:1] in (["<conj"], ["<xcomp"], ["<advcl"]) and ">nsubj" in path:
        return SUBJECTS
    if steps == OBJECT_CONTROL.split():  # "wants TSMC to supply": TSMC is who supplies
        return SUBJECTS
    if steps[:1] == [">conj"] and steps[-1:] == [">dobj"]:
        return frozenset({"dobj"})
    governed = steps[-1:] == [">nsubj"] and any(
        s.startswith(("<xcomp", "<pcomp", "<advcl")) for s in steps
    )
    if steps and steps[0].split("[")[0] == "<dobj" and (
        steps[:1] == ["<dobj"] and (">nsubj" in steps or steps[-1] in ("<relcl", "<acl"))
        or governed
    ):  # "probes TSMC's production": TSMC produces, not the prober; "wants to reduce
        # Europe's dependence": Europe's, not the subject's
        return frozenset({"poss"})
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


def trigger_attrs(rule: DepRule) -> dict[str, Any]:
    """The RIGHT_ATTRS every trigger of `rule` needs (its lemmas and parts of speech).

    >>> trigger_attrs(DepRule("r", ("SUPPLIES",), ("VERB",), ("supply",), (), 0.5))
    {'LEMMA': {'IN': ['SUPPLY', 'Supply', 'supply']}, 'POS': {'IN': ['VERB']}}
    """
    trigger: dict[str, Any] = {}
    if rule.lemmas:
        trigger["LEMMA"] = {"IN": lemma_variants(rule.lemmas)}
    if rule.pos:
        trigger["POS"] = {"IN": list(rule.pos)}
    return trigger


def compile_rule(rule: DepRule, paths: dict[str, tuple[str, ...]]) -> list[tuple[Any, PatternInfo]]:
    """The DependencyMatcher patterns of `rule`, each with its :class:`PatternInfo`."""
    trigger = trigger_attrs(rule)
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


TOKEN_ATTRS = {"LEMMA": "lemma_", "POS": "pos_", "LOWER": "lower_", "DEP": "dep_"}
"""The token attributes a pattern node may constrain (``{"IN": [...]}``), as Token fields."""

Constraints = tuple[tuple[str, frozenset[str]], ...]
Step = tuple[str, Constraints]
"""How a pattern node is reached from its parent (">" a child, "<" the head, "" itself),
and what its token must be."""


def constraints(attrs: dict[str, Any]) -> Constraints:
    """A pattern node's RIGHT_ATTRS as (Token field, allowed values) pairs."""
    return tuple((TOKEN_ATTRS[name], frozenset(spec["IN"])) for name, spec in attrs.items())


class SentenceTree:
    """One sentence's dependency tree as plain lists (local token numbers).

    The children of a token are also grouped by their dependency label: most steps go to
    the children of one label ("the token's nsubj"), which is then one look-up.
    """

    def __init__(self, sentence: Span, steps: Sequence[StepPlan]) -> None:
        self.offset = sentence.start
        self.steps = steps
        tokens = doc_tokens(sentence.doc)[sentence.start : sentence.end]
        size = len(tokens)
        self.values = {name: [getattr(t, name) for t in tokens] for name in TOKEN_ATTRS.values()}
        self.heads = [t.head.i - self.offset for t in tokens]
        self.children: list[list[int]] = [[] for _ in tokens]
        self.labelled: list[dict[str, list[int]]] = [{} for _ in tokens]
        deps = self.values["dep_"]
        for i, head in enumerate(self.heads):
            if head == i or not 0 <= head < size:
                self.heads[i] = i  # the root (or a head outside the sentence): no head
            else:
                self.children[head].append(i)
                self.labelled[head].setdefault(deps[i], []).append(i)

    def fitting(self, tokens: list[int], wanted: Constraints) -> list[int]:
        """The local tokens of `tokens` that have an allowed value for every constrained
        attribute, in their order."""
        for name, allowed in wanted:
            if not tokens:
                break
            values = self.values[name]
            tokens = [i for i in tokens if values[i] in allowed]
        return tokens

    def step(self, token: int, step: int) -> list[int]:
        """The tokens that step number `step` reaches from local token `token`, ascending."""
        plan = self.steps[step]
        if plan.op == ">":
            if plan.label is None:
                options = self.children[token]
            else:
                options = self.labelled[token].get(plan.label, _NONE)
        elif plan.op == "<":
            options = _NONE if self.heads[token] == token else [self.heads[token]]
        else:
            options = [token]
        return self.fitting(options, plan.rest) if plan.rest else options


_NONE: list[int] = []
"""No tokens (shared: step results are only read)."""


class StepPlan(NamedTuple):
    """How :meth:`SentenceTree.step` takes a step: its direction, the one dependency label
    a child must have (when the step names just one), and the other constraints."""

    op: str
    label: str | None
    rest: Constraints


def plan_step(step: Step) -> StepPlan:
    """The :class:`StepPlan` of `step`.

    >>> plan_step((">", (("dep_", frozenset({"nsubj"})), ("pos_", frozenset({"NOUN"})))))
    StepPlan(op='>', label='nsubj', rest=(('pos_', frozenset({'NOUN'})),))
    """
    op, wanted = step
    deps = [allowed for name, allowed in wanted if name == "dep_"]
    if op != ">" or len(deps) != 1 or len(deps[0]) != 1:  # the dependency label first: the
        # trigger's own step repeats its lemma and part of speech (which it has)
        return StepPlan(op, None, tuple(sorted(wanted, key=lambda c: c[0] != "dep_")))
    return StepPlan(op, next(iter(deps[0])), tuple(c for c in wanted if c[0] != "dep_"))


class _TrieNode:
    """Patterns that share their first nodes share a path of these (see :class:`PatternTrie`)."""

    __slots__ = ("ends", "next")

    def __init__(self) -> None:
        self.ends: list[int] = []  # numbers of the patterns whose last node this is
        self.next: dict[tuple[int, int], _TrieNode] = {}  # (parent node, step) -> next node


class PatternTrie:
    """DependencyMatcher patterns (from :func:`compile_rule`) of rules with the same trigger
    (lemmas and parts of speech), matched from the trigger: node 0 is the trigger; every
    other node hangs from an earlier one, as its child (">") or as its head ("<").

    Of each pattern it finds what spaCy's DependencyMatcher finds on a sentence (one
    dependency tree), in the same order: every assignment of tokens to nodes that satisfies
    the constraints and relations, in lexicographic order of the token numbers. The
    patterns are a trie of their nodes, so the steps they share (a rule's patterns are all
    pairs of a few paths, and rules share paths) are taken once.
    """

    def __init__(self, lemmas: frozenset[str], trigger: Constraints) -> None:
        self.lemmas = lemmas  # lower-cased; empty: any token may be a trigger
        self.trigger = trigger  # what every trigger needs (node 0 may need more)
        self.root = _TrieNode()

    def add(self, number: int, nodes: list[dict[str, Any]], table: dict[Step, int]) -> None:
        """Add pattern `number`; its new steps are numbered into `table`."""
        ids = {node["RIGHT_ID"]: i for i, node in enumerate(nodes)}
        at = self.root
        for node in nodes:
            step = (node.get("REL_OP", ""), constraints(node["RIGHT_ATTRS"]))
            edge = (ids.get(node.get("LEFT_ID", ""), -1), table.setdefault(step, len(table)))
            at = at.next.setdefault(edge, _TrieNode())
        at.ends.append(number)

    def matches(
        self, tree: SentenceTree, triggers: list[int], found: dict[int, list[list[int]]]
    ) -> None:
        """Append to ``found[n]`` the matches (local token numbers) of pattern `n` from each
        of `triggers` (ascending)."""
        chosen: list[int] = []  # the trigger, then the token of each node so far

        def walk(node: _TrieNode) -> None:
            for number in node.ends:
                found.setdefault(number, []).append(chosen[1:])
            for (parent, step), after in node.next.items():
                for option in tree.step(chosen[parent + 1], step):
                    chosen.append(option)
                    walk(after)
                    chosen.pop()

        for trigger in triggers:
            chosen.append(trigger)  # node 0 (parent -1) is reached from the trigger itself
            walk(self.root)
            chosen.pop()


@dataclass
class CompiledRules:
    """The dependency rules' patterns, numbered rule by rule, in :class:`PatternTrie` s (one
    per kind of trigger), and what each pattern means.

    A sentence is matched only against the tries whose lemmas it contains (and those of
    rules without lemmas), each only from the tokens that can be its trigger. Matches come
    rule by rule, pattern by pattern (as one spaCy DependencyMatcher per rule gave them).
    """

    tries: list[PatternTrie]
    keys: list[int]  # the match id of each pattern number
    info: dict[int, PatternInfo]
    steps: list[StepPlan]
    tries_of: dict[str, list[int]] = field(init=False)  # lemma -> numbers of its tries
    open_tries: list[int] = field(init=False)  # numbers of the tries of any lemma

    def __post_init__(self) -> None:
        self.tries_of = {}
        for number, trie in enumerate(self.tries):
            for lemma in trie.lemmas:
                self.tries_of.setdefault(lemma, []).append(number)
        self.open_tries = [number for number, trie in enumerate(self.tries) if not trie.lemmas]

    def matches(self, sentence: Span) -> list[tuple[int, list[int]]]:
        """(match id, document token indices) of every pattern that matches `sentence`."""
        by_lemma: dict[str, list[int]] = {}
        for i, token in enumerate(doc_tokens(sentence.doc)[sentence.start : sentence.end]):
            by_lemma.setdefault(token.lemma_.lower(), []).append(i)
        numbers = {n for lemma in by_lemma for n in self.tries_of.get(lemma, ())}
        found: dict[int, list[list[int]]] = {}
        tree: SentenceTree | None = None
        for number in sorted(numbers.union(self.open_tries)):
            trie = self.tries[number]
            tree = tree or SentenceTree(sentence, self.steps)
            if trie.lemmas:  # only tokens with one of the lemmas can fit the trigger
                options = sorted(
                    i for lemma in trie.lemmas.intersection(by_lemma) for i in by_lemma[lemma]
                )
            else:
                options = list(range(len(tree.heads)))
            trie.matches(tree, tree.fitting(options, trie.trigger), found)
        offset = sentence.start
        return [
            (self.keys[n], [offset + i for i in ids]) for n in sorted(found) for ids in found[n]
        ]


_compiled: dict[tuple[int, int], tuple[Vocab, RuleSet, CompiledRules]] = {}
"""Compiled rules by (vocabulary, rule set) ids; holding both keeps their ids unique."""


def compiled_rules(vocab: Vocab, rules: RuleSet) -> CompiledRules:
    """The dependency rules of `rules` compiled for `vocab` (once per vocabulary)."""
    key = (id(vocab), id(rules))
    if key not in _compiled:
        tries: dict[tuple[frozenset[str], Constraints], PatternTrie] = {}
        keys: list[int] = []
        info: dict[int, PatternInfo] = {}
        table: dict[Step, int] = {}
        for rule in rules.dep_rules:
            lemmas = frozenset(lemma.lower() for lemma in rule.lemmas)
            trigger = constraints(trigger_attrs(rule))
            trie = tries.setdefault((lemmas, trigger), PatternTrie(lemmas, trigger))
            for number, (nodes, meaning) in enumerate(compile_rule(rule, rules.paths)):
                keys.append(vocab.strings.add(f"{rule.name}#{number}"))
                info[keys[-1]] = meaning
                trie.add(len(keys) - 1, nodes, table)
        compiled = CompiledRules(list(tries.values()), keys, info, [plan_step(s) for s in table])
        _compiled[key] = (vocab, rules, compiled)
    return _compiled[key][2]


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
