"""Ids are stable across processes and within the API's bounds, whatever the names."""

from __future__ import annotations

import subprocess
import sys

from loaders.entities import MAX_SLUG, slugify
from loaders.read import document_from_text


def test_a_name_without_ascii_gets_the_same_slug_in_every_process() -> None:
    code = "from loaders.entities import slugify; print(slugify('华为'))"
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=True, env={"PYTHONHASHSEED": seed}).stdout
            for seed in ("1", "2")}
    assert runs == {slugify("华为") + "\n"}


def test_a_long_source_or_name_makes_a_bounded_distinct_id() -> None:
    long_a, long_b = "https://example.com/" + "a" * 3000, "https://example.com/" + "a" * 2999
    ids = {document_from_text("T", "Nvidia sells chips.", source=s).id for s in (long_a, long_b)}
    assert len(ids) == 2 and all(len(i) <= len("document:") + MAX_SLUG for i in ids)
    assert len(slugify("Sanction " * 60)) == MAX_SLUG
