"""The spaCy pipeline's own additions, on the real model."""

from __future__ import annotations

from loaders.nlp import get_nlp


def sentences(text: str) -> list[str]:
    return [s.text.strip() for s in get_nlp()(text).sents]


def test_a_line_break_starts_a_sentence() -> None:
    assert sentences("Commerce finalizes award for Micron\n\nThe department announced it.") == [
        "Commerce finalizes award for Micron",
        "The department announced it.",
    ]
    assert sentences("Key Priorities\nChina aims to merge digital technology.") == [
        "Key Priorities",
        "China aims to merge digital technology.",
    ]


def test_a_wrapped_line_goes_on_with_its_sentence() -> None:
    assert sentences("Huawei said the deal\nwas done. Next one.") == [
        "Huawei said the deal\nwas done.",
        "Next one.",
    ]
