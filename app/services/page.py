"""The page every list answer is: ``{total, limit, offset, truncated, items}``."""

from __future__ import annotations

from typing import Any


def page(total: int, items: list[Any], limit: int, offset: int) -> dict[str, Any]:
    """One page of `total` matching items: `items` are those from `offset`, at most `limit`.

    >>> page(3, ["a", "b"], limit=2, offset=0)
    {'total': 3, 'limit': 2, 'offset': 0, 'truncated': True, 'items': ['a', 'b']}
    """
    return {
        "total": total,
        "limit": limit,
        "offset": offset,
        "truncated": offset + len(items) < total,
        "items": items,
    }
