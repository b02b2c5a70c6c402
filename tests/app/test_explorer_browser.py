"""The explorer page end to end: a real server on the sample corpus, a real headless chromium.

The sample corpus is loaded with ``chokepoint load data/corpus`` into a temporary data dir,
``chokepoint serve`` runs on a free loopback port, and Playwright drives Debian's chromium
(``/usr/bin/chromium``; ``make browser`` installs it, nothing is downloaded). Each step checks
what the page shows against what the public API answers, and saves a screenshot.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "data" / "corpus"
STEP_TIMEOUT_MS = 20_000
CLI = [sys.executable, "-m", "app.cli"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not Path(CHROMIUM).exists(),
        reason=f"Debian chromium is not installed at {CHROMIUM} (run `make browser`)",
    ),
]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Api:
    """The server's public API, read directly (to check what the page shows)."""

    def __init__(self, base: str) -> None:
        self.base = base

    def get(self, path: str, **params: Any) -> Any:
        query = f"?{urllib.parse.urlencode(params)}" if params else ""
        with urllib.request.urlopen(f"{self.base}{path}{query}", timeout=30) as response:
            return json.load(response)

    def quoted(self, entity_id: str) -> str:
        return urllib.parse.quote(entity_id, safe="")


@contextlib.contextmanager
def _serve(data: Path, **env_extra: str) -> Iterator[str]:
    """Run ``chokepoint serve`` on `data` on a free loopback port; yield its base URL."""
    env = {**_env(data), **env_extra}
    port = _free_port()
    log = (data / "serve.log").open("w")
    proc = subprocess.Popen(
        [*CLI, "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/health", timeout=5) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                log.flush()
                pytest.fail(f"the server did not start:\n{(data / 'serve.log').read_text()}")
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def _env(data: Path) -> dict[str, str]:
    env = {**os.environ, "CHOKEPOINT_DATA_DIR": str(data), "CHOKEPOINT_BACKEND": "embedded"}
    env.pop("CHOKEPOINT_EMBEDDED_PORT", None)
    return env


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``chokepoint serve`` over the sample corpus (``chokepoint load data/corpus``)."""
    data = tmp_path_factory.mktemp("explorer-corpus")
    load = subprocess.run(
        [*CLI, "load", str(CORPUS)], env=_env(data), cwd=ROOT, capture_output=True, text=True,
        timeout=900,
    )
    assert load.returncode == 0, f"loading the sample corpus failed:\n{load.stderr[-3000:]}"
    with _serve(data) as base:
        yield base


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A fresh page; JavaScript errors and failed requests fail the test."""
    context = browser.new_context(viewport={"width": 1400, "height": 860})
    pg = context.new_page()
    pg.set_default_timeout(STEP_TIMEOUT_MS)
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(f"page error: {exc}"))
    pg.on("console", lambda m: errors.append(f"console: {m.text}") if m.type == "error" else None)
    pg.on("requestfailed", lambda r: errors.append(f"request failed: {r.url}"))
    yield pg
    context.close()
    assert not errors, errors


def _graph(page: Any, script: str) -> Any:
    """Evaluate `script` with `g` = the page's cytoscape instance."""
    return page.evaluate(f"(() => {{ const g = window.chokepoint.graph.cy; {script} }})()")


def _click_canvas(page: Any, point: dict[str, float]) -> None:
    box = page.locator("#cy").bounding_box()
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])


def _drawn_ids(page: Any) -> set[str]:
    return set(_graph(page, "return g.nodes().map((n) => n.id());"))


def _words(text: str) -> str:
    return " ".join(text.split())


def _first_come_mentions(document: dict[str, Any]) -> set[str]:
    """Entities that keep a highlighted span when overlapping spans go to the earliest,
    longest one (the page's rule)."""
    spans = sorted(
        (m["spans"][i], -m["spans"][i + 1], m["id"])
        for m in document["mentions"]
        for i in range(0, len(m["spans"]) - 1, 2)
        if 0 <= m["spans"][i] < m["spans"][i + 1] <= len(document["text"] or "")
    )
    kept: set[str] = set()
    end = -1
    for start, neg_end, entity in spans:
        if start >= end:
            kept.add(entity)
            end = -neg_end
    return kept


def _search(page: Any, text: str, expected_name: str) -> None:
    page.fill("#search", text)
    option = page.locator("#suggestions li[role=option][data-id]").first
    option.wait_for()
    assert expected_name.lower() in option.inner_text().lower()
    page.keyboard.press("Enter")
    page.wait_for_function(
        "(name) => (document.querySelector('#card-name') || {}).textContent === name",
        arg=expected_name,
    )


def test_explore_huawei_end_to_end(page: Any, server: str, tmp_path: Path) -> None:
    api = Api(server)
    page.goto(f"{server}/")
    assert page.title() == "chokepoint explorer"

    # 1. Search "Huawei": suggestions, then the card and its neighbourhood.
    hits = api.get("/entities", q="Huawei", limit=8)
    assert hits["items"], "the sample corpus should contain Huawei"
    huawei = hits["items"][0]
    assert "huawei" in huawei["name"].lower()
    _search(page, "Huawei", huawei["name"])
    card = api.get(f"/entities/{api.quoted(huawei['id'])}")
    assert page.locator("#card .badge").first.inner_text() == card["label"]
    assert page.locator("#card-documents li").count() == len(card["documents"]) >= 1
    neighbours = api.get(f"/entities/{api.quoted(huawei['id'])}/neighbors", limit=60)
    assert neighbours["total"] >= 1, "Huawei should have relationships in the sample corpus"
    expected = {huawei["id"]} | {n["entity"]["id"] for n in neighbours["items"]}
    assert _drawn_ids(page) == expected
    assert page.locator("#neighbour-list li").count() == len(neighbours["items"])
    page.screenshot(path=str(tmp_path / "01-search.png"))

    # 2. Click a neighbour node in the drawing: its neighbourhood is added.
    clear = _graph(page, f"""
        const others = g.nodes();
        const focus = {json.dumps(huawei['id'])};
        return g.nodes().filter((n) => n.id() !== focus && !others.some((o) => {{
          if (o.same(n)) return false;
          const b = o.renderedBoundingBox({{ includeLabels: false }});
          const p = n.renderedPosition();
          return p.x >= b.x1 - 4 && p.x <= b.x2 + 4 && p.y >= b.y1 - 4 && p.y <= b.y2 + 4;
        }})).map((n) => [n.id(), n.renderedPosition()]);""")
    assert clear, "every neighbour node is covered by another one"
    target_id, point = clear[0]
    target = next(n["entity"] for n in neighbours["items"] if n["entity"]["id"] == target_id)
    _click_canvas(page, point)
    page.wait_for_function(
        "(id) => window.chokepoint.graph.cy.getElementById(id).hasClass('expanded')",
        arg=target["id"],
    )
    second = api.get(f"/entities/{api.quoted(target['id'])}/neighbors", limit=60)
    assert _drawn_ids(page) == expected | {n["entity"]["id"] for n in second["items"]}
    assert f"Expanded {target['name']}" in page.inner_text("#status")
    page.screenshot(path=str(tmp_path / "02-expand.png"))

    # 3. Click an edge: its evidence sentences, with links to the document view.
    edge = _graph(page, """
        const away = (p, a, b) => {  // distance of point p from segment a-b
          const [dx, dy] = [b.x - a.x, b.y - a.y];
          const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) /
                                             (dx * dx + dy * dy || 1)));
          return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
        };
        const outside = (p, b) => Math.hypot(  // distance of point p from box b
          Math.max(b.x1 - p.x, 0, p.x - b.x2), Math.max(b.y1 - p.y, 0, p.y - b.y2));
        const clearance = (e) => {  // room around the midpoint: the click lands on e alone
          const m = e.renderedMidpoint();
          return Math.min(
            ...g.nodes().map((n) => outside(m, n.renderedBoundingBox({ includeLabels: true }))),
            ...g.edges().filter((o) => !o.same(e)).map((o) => away(
              m, o.source().renderedPosition(), o.target().renderedPosition())));
        };
        const e = g.edges().toArray().reduce((a, b) => (clearance(b) > clearance(a) ? b : a));
        return { id: e.id(), point: e.renderedMidpoint() };""")
    _click_canvas(page, edge["point"])
    page.locator("#evidence-title").wait_for()
    relationship = api.get(f"/relationships/{api.quoted(edge['id'])}")
    title = page.inner_text("#evidence-title")
    assert relationship["type"] in title and relationship["start"]["name"] in title
    items = page.locator("#evidence-list > li")
    assert items.count() == len(relationship["sources"]) >= 1
    first = relationship["sources"][0]
    assert _words(items.first.locator("blockquote").inner_text()) == _words(first["sentence"])
    page.screenshot(path=str(tmp_path / "03-evidence.png"))

    # ... and the document view shows the text with the extracted entities highlighted.
    items.first.locator("a").first.click()
    page.locator("#document-view").wait_for(state="visible")
    document = api.get(f"/documents/{api.quoted(first['document'])}")
    assert _words(page.inner_text("#document-title")) == _words(document["title"] or document["id"])
    marked = set(page.eval_on_selector_all(
        "#document-text mark.entity", "(ms) => ms.map((m) => m.dataset.entity)"
    ))
    assert marked == _first_come_mentions(document) != set()
    sentence = page.locator("#document-text .sentence")
    assert sentence.count() >= 1
    shown = "".join(sentence.all_inner_texts())
    assert shown == document["text"][first["start"] : first["end"]]
    page.screenshot(path=str(tmp_path / "04-document.png"))
    page.click("#document-close")
    page.locator("#document-view").wait_for(state="hidden")


def test_depends_on_view(page: Any, server: str, tmp_path: Path) -> None:
    api = Api(server)
    candidates = []
    for label in ("Company", "Country"):
        for e in api.get("/entities", label=label, limit=500)["items"]:
            deps = api.get(
                f"/entities/{api.quoted(e['id'])}/dependencies",
                direction="upstream", max_hops=3, limit=100,
            )
            if deps["items"]:
                candidates.append((deps["total"], e["id"], e, deps))
    assert candidates, "the sample corpus should give some entity an upstream dependency"
    _, _, entity, deps = max(candidates, key=lambda c: (c[0], c[1]))

    page.goto(f"{server}/#entity={api.quoted(entity['id'])}")
    page.wait_for_function(
        "(name) => (document.querySelector('#card-name') || {}).textContent === name",
        arg=entity["name"],
    )
    page.select_option("#deps-direction", "upstream")
    page.fill("#deps-hops", "3")
    page.click("#deps-form button[type=submit]")
    page.locator("#path-list").wait_for()
    assert page.inner_text("#view-title") == f"{entity['name']} depends on"
    assert f"{deps['total']} upstream within 3 hops" in page.inner_text("#view-summary")
    rows = page.locator("#path-list > li")
    assert rows.count() == len(deps["items"])
    for i, item in enumerate(deps["items"]):
        text = rows.nth(i).inner_text()
        assert item["entity"]["name"] in text
        assert f"{item['hops']} hop" in text and f"path confidence {item['confidence']:.2f}" in text
        assert len(rows.nth(i).locator(".hop").all()) == len(item["path"]["hops"])
    drawn = _drawn_ids(page)
    assert {item["entity"]["id"] for item in deps["items"]} | {entity["id"]} <= drawn
    page.screenshot(path=str(tmp_path / "06-depends-on.png"))

    # A confidence floor asks the API for hops at least that confident, and says so.
    floor = sorted(item["path"]["hops"][0]["confidence"] for item in deps["items"])[-1]
    strong = api.get(f"/entities/{api.quoted(entity['id'])}/dependencies",
                     direction="upstream", max_hops=3, limit=100, min_confidence=floor)
    assert 0 < strong["total"] < deps["total"] or strong["total"] == deps["total"] == 1
    page.fill("#deps-confidence", str(floor))
    page.click("#deps-form button[type=submit]")
    page.wait_for_function(
        "(n) => (document.querySelector('#view-summary') || {}).textContent.startsWith(n)",
        arg=f"{strong['total']} upstream within 3 hops, every hop at least",
    )
    assert page.locator("#path-list > li").count() == len(strong["items"])


def test_sanction_exposure_view(page: Any, server: str, tmp_path: Path) -> None:
    api = Api(server)
    sanctions = api.get("/entities", label="Sanction", limit=500)["items"]
    exposures = [
        (s, api.get(f"/sanctions/{api.quoted(s['id'])}/exposure", max_hops=4, limit=100))
        for s in sanctions
    ]
    exposed = [(s, e) for s, e in exposures if e["items"]]
    assert exposed, "the sample corpus should give at least one sanction with exposed entities"
    sanction, exposure = max(exposed, key=lambda se: (se[1]["total"], se[0]["id"]))

    page.goto(f"{server}/#entity={api.quoted(sanction['id'])}")
    page.wait_for_function(
        "(name) => (document.querySelector('#card-name') || {}).textContent === name",
        arg=sanction["name"],
    )
    assert sanction["name"] in page.inner_text("#exposure-hint")
    page.fill("#exposure-hops", "4")
    page.click("#exposure-form button[type=submit]")
    page.locator("#path-list").wait_for()
    assert page.inner_text("#view-title") == f"Exposed to {sanction['name']}"
    rows = page.locator("#path-list > li")
    assert rows.count() == len(exposure["items"])
    for i, item in enumerate(exposure["items"]):
        text = rows.nth(i).inner_text()
        assert item["entity"]["name"] in text
        assert f"{item['kind']} · {item['hops']} hop" in text
        assert f"path confidence {item['confidence']:.2f}" in text
    # Every path is drawn and highlighted; picking one emphasises exactly its hops.
    highlighted = set(_graph(page, "return g.edges('.path').map((e) => e.id());"))
    assert highlighted == {h["id"] for item in exposure["items"] for h in item["path"]["hops"]}
    longest = max(range(len(exposure["items"])), key=lambda i: exposure["items"][i]["hops"])
    rows.nth(longest).click()
    selected = set(_graph(page, "return g.edges('.selected-path').map((e) => e.id());"))
    assert selected == {h["id"] for h in exposure["items"][longest]["path"]["hops"]}
    page.screenshot(path=str(tmp_path / "05-exposure.png"))

    # The other direction: sanctions reaching one exposed entity.
    entity = exposure["items"][longest]["entity"]
    reaching = api.get(f"/entities/{api.quoted(entity['id'])}/exposure", max_hops=4)
    page.goto(f"{server}/#entity={api.quoted(entity['id'])}")
    page.wait_for_function(
        "(name) => (document.querySelector('#card-name') || {}).textContent === name",
        arg=entity["name"],
    )
    page.click("#exposure-form button[type=submit]")
    page.locator("#path-list").wait_for()
    assert page.inner_text("#view-title") == f"Sanctions reaching {entity['name']}"
    names = page.locator("#path-list > li strong").all_inner_texts()
    assert names == [item["sanction"]["name"] for item in reaching["items"]]
    assert sanction["name"] in names


def test_truncated_neighbourhood_note(page: Any, server: str) -> None:
    api = Api(server)
    huawei = api.get("/entities", q="Huawei", limit=1)["items"][0]
    total = api.get(f"/entities/{api.quoted(huawei['id'])}/neighbors", limit=1)["total"]
    assert total >= 2, "Huawei should have at least two relationships in the sample corpus"
    page.goto(f"{server}/")
    page.fill("#neighbor-limit", "1")
    _search(page, "Huawei", huawei["name"])
    note = page.locator("#truncated")
    note.wait_for(state="visible")
    assert f"showing 1 of {total} relationships of {huawei['name']}" in note.inner_text()
    assert len(_drawn_ids(page)) == 2


# -- the API docs: rendered from the app's own files, no request leaves the server ----------

def _operations(api: Api) -> list[tuple[str, str]]:
    """(METHOD, path) of every operation the OpenAPI schema documents."""
    schema = api.get("/openapi.json")
    return sorted(
        (method.upper(), path)
        for path, item in schema["paths"].items()
        for method in item
        if method in {"get", "post", "put", "patch", "delete"}
    )


@pytest.fixture
def offline_page(browser: Any, server: str) -> Iterator[tuple[Any, list[str]]]:
    """A fresh page cut off from everything but `server` (as if air-gapped), and the list of
    what it tried to reach elsewhere: requests that left the server and loads the page's
    Content-Security-Policy refused. JavaScript errors and failed requests fail the test."""
    context = browser.new_context(viewport={"width": 1400, "height": 860})
    pg = context.new_page()
    pg.set_default_timeout(STEP_TIMEOUT_MS)
    outside: list[str] = []
    errors: list[str] = []

    def route(r: Any) -> None:
        if r.request.url.startswith(f"{server}/"):
            r.continue_()
        else:
            outside.append(r.request.url)
            r.abort()

    def console(message: Any) -> None:
        if message.type != "error":
            return
        if "Content Security Policy" in message.text:
            outside.append(message.text)
        else:
            errors.append(f"console: {message.text}")

    pg.route("**/*", route)
    pg.on("console", console)
    pg.on("pageerror", lambda exc: errors.append(f"page error: {exc}"))
    pg.on("requestfailed", lambda r: errors.append(f"request failed: {r.url}")
          if r.url.startswith(f"{server}/") else None)
    yield pg, outside
    context.close()
    assert not errors, errors


def test_api_docs_render_offline(
    offline_page: tuple[Any, list[str]], server: str, tmp_path: Path
) -> None:
    page, outside = offline_page
    operations = _operations(Api(server))
    assert ("GET", "/entities") in operations and ("POST", "/query") in operations

    # The explorer's "API docs" link leads to Swagger UI with every operation listed.
    page.goto(f"{server}/")
    assert page.get_attribute("nav.links a", "href") == "/docs"
    page.goto(f"{server}/docs")
    page.locator(".swagger-ui .opblock").first.wait_for()
    page.wait_for_load_state("networkidle")
    shown = sorted(zip(
        page.locator(".opblock-summary-method").all_inner_texts(),
        [p.replace("\u200b", "") for p in page.locator(".opblock-summary-path").all_inner_texts()],
        strict=True,
    ))
    assert shown == operations
    assert outside == []
    page.screenshot(path=str(tmp_path / "09-docs.png"))

    # ReDoc, the reference view, lists them too; its maker's logo (cdn.redoc.ly) is the one
    # thing it would fetch from outside, and the page's policy stops it in the browser.
    page.goto(f"{server}/redoc")
    page.locator("[data-section-id^='operation/']").first.wait_for()
    page.wait_for_load_state("networkidle")
    assert page.locator("[data-section-id^='operation/']").count() == len(operations)
    page.screenshot(path=str(tmp_path / "10-redoc.png"))
    assert all("cdn.redoc.ly" in refused and "image" in refused for refused in outside), outside


# -- a few thousand nodes: the drawing stays neighbourhood-limited and says so ---------------

SUPPLIERS = 2500  # company:supplier-NNNN SUPPLIES company:hubco
CUSTOMERS = 500  # company:hubco SUPPLIES company:customer-NNN
SUBSIDIARIES = 10  # company:sub-NN SUBSIDIARY_OF company:hubco
TARGETED = 50  # sanction:synthetic TARGETS the first 50 suppliers


def _synthetic_graph() -> dict[str, Any]:
    """A hub company with thousands of relationships, and a sanction reaching it."""

    def node(node_id: str, label: str, name: str) -> dict[str, Any]:
        return {"id": node_id, "label": label, "name": name, "aliases": []}

    def edge(source: str, rel_type: str, target: str) -> dict[str, Any]:
        sentence = f"{source} {rel_type} {target}."
        evidence = {"doc": "document:synthetic", "sentence": sentence, "start": 0,
                    "end": len(sentence), "confidence": 0.9, "method": "synthetic"}
        return {"source": source, "target": target, "type": rel_type, "key": rel_type,
                "confidence": 0.9, "sources": [evidence]}

    suppliers = [f"company:supplier-{i:04d}" for i in range(SUPPLIERS)]
    customers = [f"company:customer-{i:03d}" for i in range(CUSTOMERS)]
    subsidiaries = [f"company:sub-{i:02d}" for i in range(SUBSIDIARIES)]
    nodes = [node("company:hubco", "Company", "Hubco"),
             node("sanction:synthetic", "Sanction", "Synthetic export ban")]
    nodes += [node(x, "Company", x.split(":")[1].replace("-", " ").title())
              for x in suppliers + customers + subsidiaries]
    edges = [edge(x, "SUPPLIES", "company:hubco") for x in suppliers]
    edges += [edge("company:hubco", "SUPPLIES", x) for x in customers]
    edges += [edge(x, "SUBSIDIARY_OF", "company:hubco") for x in subsidiaries]
    edges += [edge("sanction:synthetic", "TARGETS", x) for x in suppliers[:TARGETED]]
    return {"directed": True, "multigraph": True, "graph": {}, "nodes": nodes, "edges": edges}


@pytest.fixture(scope="module")
def big_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``chokepoint serve`` over the synthetic graph, imported with ``POST /import``."""
    data = tmp_path_factory.mktemp("explorer-big")
    with _serve(data, CHOKEPOINT_API_KEY="explorer-test") as base:
        request = urllib.request.Request(
            f"{base}/import", data=json.dumps(_synthetic_graph()).encode(), method="POST",
            headers={"Content-Type": "application/json", "X-API-Key": "explorer-test"},
        )
        with urllib.request.urlopen(request, timeout=300) as response:
            assert response.status == 200
        yield base


def test_thousands_of_nodes_stay_usable(page: Any, big_server: str, tmp_path: Path) -> None:
    api = Api(big_server)
    relationships = SUPPLIERS + CUSTOMERS + SUBSIDIARIES
    assert api.get("/entities/company:hubco")["degree"]["SUPPLIES"] == SUPPLIERS + CUSTOMERS

    # The hub: one page of its neighbourhood is drawn, with a visible truncated note.
    page.goto(f"{big_server}/")
    _search(page, "Hubco", "Hubco")
    note = page.locator("#truncated")
    note.wait_for(state="visible")
    assert f"showing 60 of {relationships} relationships of Hubco" in note.inner_text()
    assert len(_drawn_ids(page)) == 61

    # Asking for 500 per node hits the drawing cap, and the note says how many were left out.
    page.fill("#neighbor-limit", "500")
    page.click("#view-neighbors")
    page.wait_for_function("() => document.querySelector('#truncated').textContent.includes"
                           "('not drawn')")
    max_nodes = page.evaluate("() => window.chokepoint.graph.cy.nodes().length")
    assert max_nodes == 400
    assert f"{500 - 399} more nodes not drawn (at most 400)" in note.inner_text()
    page.screenshot(path=str(tmp_path / "07-hub.png"))

    # Exposure from the sanction: multi-hop paths, a page of them, and the note.
    page.goto(f"{big_server}/#entity=sanction%3Asynthetic")
    page.wait_for_function("() => (document.querySelector('#card-name') || {}).textContent"
                           " === 'Synthetic export ban'")
    page.fill("#exposure-hops", "3")
    page.click("#exposure-form button[type=submit]")
    page.locator("#path-list").wait_for()
    exposure = api.get("/sanctions/sanction%3Asynthetic/exposure", max_hops=3, limit=100)
    assert exposure["total"] == TARGETED + 1 + CUSTOMERS + SUBSIDIARIES
    assert page.locator("#path-list > li").count() == 100
    assert f"showing 100 of {exposure['total']} paths" in note.inner_text()
    at = next(i for i, x in enumerate(exposure["items"]) if x["entity"]["id"] == "company:hubco")
    hub_item, hub_row = exposure["items"][at], page.locator("#path-list > li").nth(at)
    assert hub_row.locator("strong").inner_text() == "Hubco"
    assert "supply · 2 hops" in hub_row.inner_text()
    hub_row.click()
    selected = set(_graph(page, "return g.edges('.selected-path').map((e) => e.id());"))
    assert selected == {h["id"] for h in hub_item["path"]["hops"]} and len(selected) == 2
    page.screenshot(path=str(tmp_path / "08-exposure-paths.png"))
