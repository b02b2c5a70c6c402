"""Pull the graph (or a neighbourhood) from a running chokepoint API into networkx.

Only the standard library and networkx: works in any notebook that can reach the API.

Example, with ``chokepoint serve`` running on the sample corpus::

    from app.notebook import to_networkx
    import networkx as nx

    g = to_networkx(focus="company:huawei", hops=2)     # a MultiDiGraph, key = type
    g.nodes["company:huawei"]["label"]                   # 'Company'
    suppliers = [u for u, _, k in g.in_edges("company:huawei", keys=True) if k == "SUPPLIES"]
    nx.shortest_path(g.to_undirected(as_view=True), "company:huawei", suppliers[0])
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request

import networkx as nx


def to_networkx(
    base_url: str = "http://127.0.0.1:8000",
    focus: str | None = None,
    hops: int = 2,
    *,
    timeout: float = 60.0,
) -> nx.MultiDiGraph:
    """The graph served at `base_url` as a MultiDiGraph (edge key = relationship type).

    With `focus` (an entity id) only its `hops`-neighbourhood comes (1..6). Node attributes:
    label, name, aliases and other properties; edge attributes: type, confidence, sources
    (each a dict with doc, sentence, start, end, confidence, method). Raises ``ValueError``
    with the API's message when it answers with an error.
    """
    query = {"format": "node-link"}
    if focus is not None:
        query.update(focus=focus, hops=str(hops))
    url = f"{base_url.rstrip('/')}/export?{urllib.parse.urlencode(query)}"
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            data = json.loads(response.read())
    except urllib.error.HTTPError as exc:
        detail = exc.read().decode("utf-8", "replace")
        raise ValueError(f"{url}: HTTP {exc.code}: {detail}") from exc
    return nx.node_link_graph(data, edges="edges")
