"""The words a surface rule needs: a sentence without them is not searched, so they must
never reject a sentence the rule's regex matches."""

import re
from pathlib import Path

import pytest

from loaders.relation_rules import (
    CASE_ODD,
    SurfaceRule,
    load_rules,
    lower_for_words,
    parse_surface_rule,
    required_words,
)


def rule_of(pattern: str, flags: int = re.IGNORECASE) -> SurfaceRule:
    regex = re.compile(pattern, flags)
    return SurfaceRule("r", ("SUPPLIES",), regex, 0.5, needs=required_words(regex),
                       ignores_case=bool(flags & re.IGNORECASE))


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [
        ("sells to", (("sells to",),)),
        ("(?:sell|buy)s? to", (("buy", "sell"), (" to",))),
        ("(?:sells)? to", ((" to",),)),  # an optional group needs nothing
        ("(?:sells|) to", ((" to",),)),  # nor does a choice with an empty alternative
        ("(?=sells)\\w+ to", ((" to",),)),  # nor a lookahead
        ("(?-i:Sells) to", ((" to",),)),  # nor a group with flags of its own
        ("(?:ab)+c", (("ab",), ("c",))),
        ("sup(?:plies|plied)", (("supplie",),)),  # as the parser factors it: "supplie[sd]"
        ("(?:sells|buys) and", (("buys", "sells"), (" and",))),
        ("\u27e6\\d+\u27e7 and", ()),  # a word with an entity mark is not ASCII
        ("caf\u00e9", ()),  # no folded word that is not ASCII
    ],
)
def test_required_words(pattern: str, needs: tuple[tuple[str, ...], ...]) -> None:
    assert required_words(re.compile(pattern, re.IGNORECASE)) == needs


def test_case_sensitive_words_keep_their_case() -> None:
    assert required_words(re.compile("Sells to caf\u00e9")) == (("Sells to caf\u00e9",),)


def test_may_match_reads_words_in_any_case() -> None:
    rule = rule_of("(?:sell|buy)s? to")
    assert rule.may_match("A SELLS TO B", lower_for_words("A SELLS TO B"))
    assert not rule.may_match("A makes B", lower_for_words("A makes B"))


def test_odd_letters_are_not_folded() -> None:
    """A regex ignoring case matches "ſ" with "s"; ``str.lower`` keeps it "ſ"."""
    rule = rule_of("sells")
    text = "A \u017fells B"
    assert rule.regex.search(text) and lower_for_words(text) is None
    assert rule.may_match(text, lower_for_words(text))


def test_case_odd_holds_every_letter_lower_does_not_fold() -> None:
    """Every character a case-ignoring regex matches with an ASCII letter lower-cases to
    that letter, but for those of CASE_ODD (and no other lower-cases to two characters)."""
    letters = re.compile("[a-z]", re.IGNORECASE)
    for code in range(0x110000):
        char = chr(code)
        if CASE_ODD.search(char):
            continue
        assert len(char.lower()) == 1, hex(code)
        if letters.fullmatch(char):
            assert char.lower().isascii() and char.lower().isalpha(), hex(code)


def masked_lines() -> list[str]:
    """The sentences of the sample corpus as the surface rules read them."""
    from loaders.nlp import doc_text, get_nlp
    from loaders.pipeline import spans_of
    from loaders.relations import IMPLIED, SpanIndex, demonym_spans, lines, masked_text

    corpus = Path(__file__).resolve().parents[2] / "data" / "corpus"
    modifiers = load_rules().modifiers
    out = []
    for doc in get_nlp().pipe(p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))):
        spans = spans_of(doc)
        index = SpanIndex(doc, [*spans, *demonym_spans(doc, spans, modifiers)])
        for sentence in doc.sents:
            for where in lines(sentence):
                inside = [s for s in index.within(*where) if s.method != IMPLIED]
                out.append(masked_text(doc_text(doc), *where, inside))
    return out


def test_needs_never_reject_a_match_of_the_rules() -> None:
    """Whatever a rule's regex matches in the corpus sentences (also upper-cased, or with
    a long s), its words admit."""
    texts = masked_lines()
    texts += [t.upper() for t in texts] + [t.replace("s", "\u017f") for t in texts]
    matched = 0
    for text in texts:
        folded = lower_for_words(text)
        for rule in load_rules().surface_rules:
            if rule.regex.search(text):
                matched += 1
                assert rule.may_match(text, folded), (rule.name, text)
    assert matched > 100


def test_rules_from_the_file_get_their_words() -> None:
    rule = parse_surface_rule(
        {"name": "r", "types": ["SUPPLIES"], "pattern": "{start} ships to {end}"}, 0.5
    )
    assert rule.needs == ((" ships to ",),)
