"""The relation rules' tree matcher finds what spaCy's DependencyMatcher finds, in its order."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Span

from loaders.model import SourceDocument
from loaders.nlp import get_nlp
from loaders.read import read_path
from loaders.relation_rules import (
    CompiledRules,
    DepRule,
    RuleSet,
    compile_rule,
    compiled_rules,
    load_rules,
)

ROOT = Path(__file__).resolve().parents[2]


def spacy_matchers(nlp: Language, rules: RuleSet) -> list[DependencyMatcher]:
    """One spaCy DependencyMatcher per rule, its patterns named as compiled_rules names them."""
    matchers = []
    for rule in rules.dep_rules:
        matcher = DependencyMatcher(nlp.vocab)
        for number, (pattern, _) in enumerate(compile_rule(rule, rules.paths)):
            matcher.add(f"{rule.name}#{number}", [pattern])
        matchers.append(matcher)
    return matchers


def spacy_matches(
    matchers: list[DependencyMatcher], sentence: Span
) -> list[tuple[int, list[int]]]:
    """What the matchers give over the sentence as a Doc of its own (document indices)."""
    as_doc = sentence.as_doc()
    return [
        (key, [sentence.start + i for i in ids])
        for matcher in matchers
        for key, ids in matcher(as_doc)
    ]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return get_nlp()


def test_real_rules_on_the_corpus_match_like_spacy(nlp: Language) -> None:
    rules = load_rules()
    compiled = compiled_rules(nlp.vocab, rules)
    matchers = spacy_matchers(nlp, rules)
    texts = [d.text for d in read_path(ROOT / "data" / "corpus") if isinstance(d, SourceDocument)]
    sentences = list(nlp(texts[0]).sents)[:60]  # spaCy's matchers take a while per sentence
    matched = 0
    for sentence in sentences:
        ours = compiled.matches(sentence)
        assert ours == spacy_matches(matchers, sentence), sentence.text
        matched += len(ours)
    assert matched > 50  # the comparison covered real matches, not only empty lists


def rule_set(paths: dict[str, tuple[str, ...]], *rules: DepRule) -> RuleSet:
    return RuleSet(paths, rules, (), load_rules().modifiers)


def parsed(nlp: Language, text: str) -> Doc:
    return nlp(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nvidia and AMD sell chips and memory to Dell, HP and Lenovo.",
        "The chips that TSMC makes for Apple are supplied to Foxconn by TSMC.",
        "Samsung, which supplies displays to Apple, also sells memory to Xiaomi and Oppo.",
    ],
)
def test_up_and_down_steps_and_repeated_tokens_match_like_spacy(
    nlp: Language, text: str
) -> None:
    paths: dict[str, tuple[str, ...]] = {
        "SUBJ": (">nsubj", ">nsubj >conj", "<relcl"),
        "OBJ": (">dobj", ">dobj >conj", ">dative", ">prep[to] >pobj", ">prep[to] >pobj >conj"),
        "UP": ("<conj >nsubj", "<conj", "<ccomp|xcomp|conj"),
        "SELF": ("",),
    }
    rules = rule_set(
        paths,
        DepRule("supply", ("SUPPLIES",), ("VERB",), ("supply", "sell"),
                (("SUBJ", "OBJ"), ("UP", "OBJ"), ("SELF", "SUBJ")), 0.8),
        DepRule("any_verb", ("SUPPLIES",), ("VERB", "AUX"), (), (("SUBJ", "OBJ"),), 0.5),
        DepRule("noun", ("SUPPLIES",), (), (), (("SUBJ", "SELF"), ("OBJ", "UP")), 0.5),
    )
    doc = parsed(nlp, text)
    compiled: CompiledRules = compiled_rules(nlp.vocab, rules)
    matchers = spacy_matchers(nlp, rules)
    total = 0
    for sentence in doc.sents:
        ours = compiled.matches(sentence)
        assert ours == spacy_matches(matchers, sentence)
        total += len(ours)
    assert total > 0


def test_match_ids_name_the_rule_and_pattern(nlp: Language) -> None:
    rules = rule_set(
        {"SUBJ": (">nsubj",), "OBJ": (">dobj", ">prep|dative[to] >pobj")},
        DepRule("supply", ("SUPPLIES",), ("VERB",), ("supply",), (("SUBJ", "OBJ"),), 0.8),
    )
    doc = parsed(nlp, "ASML supplies machines to TSMC.")
    found: list[tuple[str, list[Any]]] = [
        (nlp.vocab.strings[key], [doc[i].text for i in ids])
        for key, ids in compiled_rules(nlp.vocab, rules).matches(doc[:])
    ]
    assert found == [
        ("supply#0", ["supplies", "ASML", "machines"]),
        ("supply#1", ["supplies", "ASML", "to", "TSMC"]),
    ]


def test_a_sentence_without_a_trigger_lemma_matches_nothing(nlp: Language) -> None:
    rules = rule_set(
        {"SUBJ": (">nsubj",), "OBJ": (">dobj",)},
        DepRule("supply", ("SUPPLIES",), ("VERB",), ("supply",), (("SUBJ", "OBJ"),), 0.8),
    )
    doc = parsed(nlp, "ASML sells machines to TSMC.")
    assert compiled_rules(nlp.vocab, rules).matches(doc[:]) == []
