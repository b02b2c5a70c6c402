"""The `chokepoint` command: load, serve, export, import, query, stats, eval, calibrate,
delete-doc.

Every subcommand honours CHOKEPOINT_DATA_DIR and CHOKEPOINT_BACKEND; a command that
started the embedded engine for itself stops it when it ends.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import signal
import socket
import sys
from collections.abc import Sequence
from pathlib import Path

from pydantic import ValidationError

from app.settings import Settings, get_settings
from graph import open_engine
from graph.base import EngineUnavailable, GraphError


def _fail(message: str, code: int = 1) -> int:
    print(f"chokepoint: {message}", file=sys.stderr)
    return code


def _settings_errors(exc: ValidationError) -> list[str]:
    """One line per bad setting, naming its environment variable (secrets not echoed).

    >>> try:
    ...     Settings(CHOKEPOINT_PORT="eighty")
    ... except ValidationError as exc:
    ...     print(_settings_errors(exc)[0])
    CHOKEPOINT_PORT='eighty': Input should be a valid integer, unable to parse string as an integer
    """
    lines = []
    for error in exc.errors():
        name = ".".join(str(part) for part in error["loc"])
        secret = "PASSWORD" in name or "API_KEY" in name
        shown = name if secret else f"{name}={error.get('input')!r}"
        lines.append(f"{shown}: {error['msg']}")
    return lines


def _listen(host: str, port: int) -> socket.socket:
    """A socket bound to `host`:`port` (as uvicorn binds it); OSError when it cannot be."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    """Serve the API: bind the port and open the engine first, so that either failing is one
    line naming its setting; Ctrl-C stops the server, then the engine (if it started it)."""
    import uvicorn

    from app.main import create_app

    host, port = args.host or settings.host, args.port or settings.port
    try:
        sock = _listen(host, port)
    except (OSError, OverflowError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        return _fail(f"cannot listen on {host}:{port}: {reason} "
                     "(choose another with --port / CHOKEPOINT_PORT, --host / CHOKEPOINT_HOST)")
    with sock, open_engine(settings) as engine:
        config = uvicorn.Config(
            create_app(settings, engine),
            host=host,
            port=port,
            log_level="info",
            access_log=args.access_log or settings.access_log,
        )
        server = uvicorn.Server(config)
        url = f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"
        logging.getLogger("uvicorn.error").info(
            "chokepoint serving on %s (API docs at %s/docs; press Ctrl-C to stop)", url, url
        )
        # uvicorn re-raises the signal that stopped it after its clean shutdown; under the
        # default SIGTERM handler that would kill the process before the engine is closed,
        # so SIGTERM (docker stop, systemd) ends the same way as Ctrl-C.
        previous = signal.signal(signal.SIGTERM, _interrupt)
        try:
            with contextlib.suppress(KeyboardInterrupt):
                server.run(sockets=[sock])
        finally:
            signal.signal(signal.SIGTERM, previous)
    return 0 if server.started else 1


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def cmd_stats(args: argparse.Namespace, settings: Settings) -> int:
    """Print the graph's counts (nodes, relationships, documents, by label and type) as JSON."""
    from app.services.stats import stats

    with open_engine(settings) as engine:
        print(json.dumps(stats(engine), indent=2, sort_keys=True))
    return 0


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    """Score the extractor against gold annotations; needs no graph engine."""
    from loaders.evaluate import (
        GoldError,
        evaluate,
        format_errors,
        format_table,
        gold_sets,
        is_held_out,
    )

    try:
        sets = gold_sets([Path(p) for p in args.gold])
        scores = evaluate(sets)
    except GoldError as exc:
        return _fail(str(exc))
    for name, score in scores.items():
        print(format_table(name, score, len(sets[name])))
        if args.errors and is_held_out(name):
            print("errors of a held-out set are not shown (it must not be tuned on)")
        elif args.errors:
            print(format_errors(score))
        print()
    if args.json:
        report = {name: score.as_dict() for name, score in scores.items()}
        print(json.dumps(report, indent=2, sort_keys=True))
    return 0


def cmd_calibrate(args: argparse.Namespace, settings: Settings) -> int:
    """Measure each extraction method's precision on gold sets (held-out ones are skipped) and
    write the confidence factors the extractor reads; needs no graph engine."""
    from loaders.calibration import calibration, count_methods
    from loaders.evaluate import GoldError, gold_sets, is_held_out
    from loaders.relation_rules import CALIBRATION, RELATIONS_DIR

    output = args.output or RELATIONS_DIR / CALIBRATION
    try:
        sets = gold_sets([Path(p) for p in args.gold])
    except GoldError as exc:
        return _fail(str(exc))
    held_out = sorted(name for name in sets if is_held_out(name))
    if held_out:
        print(f"chokepoint: held-out sets are not calibrated on: {', '.join(held_out)}",
              file=sys.stderr)
    sets = {name: documents for name, documents in sets.items() if name not in held_out}
    if not sets:
        return _fail("no gold set to calibrate on")
    methods, total = count_methods(d for documents in sets.values() for d in documents)
    table = calibration(methods, total, list(sets))
    output.write_text(json.dumps(table, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{output}: {len(methods)} methods over {table['facts']} facts, "
          f"average precision {table['average_precision']}")
    return 0


def cmd_load(args: argparse.Namespace, settings: Settings) -> int:
    """Load files/directories; progress bar on stderr, summary on stdout; 1 if any failed or
    none was read (a directory's unsupported files are named on stderr as skipped)."""
    from app.services.stats import stats
    from loaders.pipeline import load_paths
    from loaders.read import READ_TYPES, skipped_files

    skipped = [(name, reason) for path in args.paths for name, reason in skipped_files(path)]
    for name, reason in skipped:
        print(f"chokepoint: skipped: {name}: {reason}", file=sys.stderr)
    with open_engine(settings) as engine:
        summary = load_paths(
            engine, args.paths, progress=True, max_bytes=settings.max_document_bytes
        )
        totals = stats(engine)
    print(summary.counts())
    if skipped:
        print(f"skipped: {len(skipped)} (unsupported file types, named on stderr)")
    facts = totals["relationships"] - totals["types"].get("MENTIONED_IN", 0)
    print(f"the graph now holds: {totals['nodes'] - totals['documents']} entities, "
          f"{facts} relationships, {totals['documents']} documents")
    for line in summary.failures():
        print(f"chokepoint: {line}", file=sys.stderr)
    if summary.documents == 0:
        why = f"unsupported files skipped: {len(skipped)}" if skipped else f"no {READ_TYPES} file"
        return _fail(f"no document read from {', '.join(args.paths)} ({why})")
    return 1 if summary.failed else 0


def cmd_delete_doc(args: argparse.Namespace, settings: Settings) -> int:
    """Remove one document and the facts only it supports; 1 if there is no such document."""
    from loaders.store import delete_document

    with open_engine(settings) as engine:
        if not delete_document(engine, args.doc_id):
            return _fail(f"no document with id {args.doc_id!r} (ids look like 'document:<slug>')")
    print(f"deleted {args.doc_id}")
    return 0


def cmd_export(args: argparse.Namespace, settings: Settings) -> int:
    """Write the graph (or a neighbourhood) to a file or stdout."""
    from app.services.errors import InvalidRequest, NotFound
    from app.services.exchange import export_bytes

    unwritable = None if args.output == "-" else _unwritable(args.output)
    if unwritable:
        return _fail(unwritable)
    try:
        with open_engine(settings) as engine:
            data = export_bytes(engine, args.format, args.focus, args.hops)
    except (InvalidRequest, NotFound) as exc:
        return _fail(str(exc.args[0] if exc.args else exc))
    if args.output == "-":
        sys.stdout.buffer.write(data)
        return 0
    try:
        with open(args.output, "wb") as out:
            out.write(data)
    except OSError as exc:
        return _fail(f"cannot write {args.output}: {exc.strerror or exc}")
    return 0


def _unwritable(path: str) -> str | None:
    """Why an output file cannot be written at `path` (checked before the work), or None.

    >>> print(_unwritable("/"))
    cannot write /: it is a directory; give a file name with -o
    """
    target = Path(path)
    if target.is_dir():
        return f"cannot write {path}: it is a directory; give a file name with -o"
    if not target.parent.is_dir():
        return f"cannot write {path}: there is no directory {str(target.parent)!r}"
    return None


def cmd_import(args: argparse.Namespace, settings: Settings) -> int:
    """Merge a node-link JSON file into the graph, all or nothing (unless --no-atomic)."""
    from app.services.exchange import InvalidImport, import_node_link

    try:
        with open(args.file, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        return _fail(f"{args.file}: cannot read node-link JSON: {exc}")
    try:
        with open_engine(settings) as engine:
            summary = import_node_link(engine, data, batch_size=args.batch_size,
                                       atomic=not args.no_atomic)
    except InvalidImport as exc:
        return _fail(f"{args.file}: {exc}")
    print(json.dumps(summary.as_dict(), indent=2, sort_keys=True))
    return 0


def _parameter(text: str) -> tuple[str, object]:
    """``k=v`` -> (k, v), v read as JSON when it parses (numbers, lists...), else a string."""
    if "=" not in text:
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE, got {text!r}")
    name, raw = text.split("=", 1)
    try:
        return name, json.loads(raw)
    except json.JSONDecodeError:
        return name, raw


def cmd_query(args: argparse.Namespace, settings: Settings) -> int:
    """Run a read-only statement (the API's guard) and print rows as JSON lines."""
    from app.services.errors import InvalidRequest, WriteRefused
    from app.services.readonly import run_read_only

    try:
        with open_engine(settings) as engine:
            result = run_read_only(engine, args.statement, dict(args.param),
                                   max_rows=settings.query_max_rows,
                                   timeout_ms=settings.query_timeout_ms)
    except (InvalidRequest, WriteRefused) as exc:
        return _fail(str(exc))
    fields = result["data"]["fields"]
    for values in result["data"]["values"]:
        print(json.dumps(dict(zip(fields, values, strict=True)), sort_keys=True,
                         ensure_ascii=False))
    if not result["data"]["values"]:
        print(f"chokepoint: no rows (columns: {', '.join(fields)})", file=sys.stderr)
    if result["truncated"]:
        print(f"chokepoint: {result['total']} rows, printed the first {result['limit']} "
              "(CHOKEPOINT_QUERY_MAX_ROWS)", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of `chokepoint` and its subcommands, each with its handler."""
    parser = argparse.ArgumentParser(
        prog="chokepoint",
        description="Knowledge graph of technology supply chains, export controls and sanctions.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("load", help="extract documents (files or directories) into the graph")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.set_defaults(handler=cmd_load)

    p = sub.add_parser("serve", help="serve the HTTP API (and the explorer page)")
    p.add_argument("--host", default=None)
    p.add_argument("--port", type=int, default=None)
    p.add_argument("--access-log", action="store_true",
                   help="log every request (default: CHOKEPOINT_ACCESS_LOG, off)")
    p.set_defaults(handler=cmd_serve)

    p = sub.add_parser("export", help="write the graph (node-link JSON, GraphML, GEXF or CSV)")
    p.add_argument("--format", choices=("node-link", "graphml", "gexf", "csv"),
                   default="node-link")
    p.add_argument("--focus", metavar="ID", help="only this entity's neighbourhood")
    p.add_argument("--hops", type=int, choices=range(1, 7), default=None, metavar="N",
                   help="neighbourhood radius with --focus (1..6, default 2)")
    p.add_argument("-o", "--output", default="-", metavar="FILE", help="default: stdout")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("import", help="merge a node-link JSON file into the graph")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--batch-size", type=int, default=5000, help="rows per UNWIND batch")
    p.add_argument("--no-atomic", action="store_true",
                   help="commit batch by batch (files over 1,000,000 nodes and edges need it)")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("query", help="run a read-only Cypher statement, print rows as JSON")
    p.add_argument("statement", metavar="CYPHER")
    p.add_argument("--param", type=_parameter, action="append", default=[], metavar="K=V",
                   help="a $parameter; V is read as JSON when it parses, else as text")
    p.set_defaults(handler=cmd_query)

    p = sub.add_parser("stats", help="counts by label and relationship type")
    p.set_defaults(handler=cmd_stats)

    p = sub.add_parser("eval", help="precision/recall/F1 of the extractor against a gold file")
    p.add_argument("gold", nargs="+", metavar="GOLD", help="gold file or directory of them")
    p.add_argument("--json", action="store_true", help="also print the scores as JSON")
    p.add_argument("--errors", action="store_true", help="list false positives and negatives")
    p.set_defaults(handler=cmd_eval)

    p = sub.add_parser("calibrate", help="measure each extraction method's precision on gold "
                       "sets and write the confidence factors the extractor uses")
    p.add_argument("gold", nargs="+", metavar="GOLD", help="gold file or directory of them")
    p.add_argument("-o", "--output", type=Path, default=None,
                   help="where to write (default: data/relations/calibration.json)")
    p.set_defaults(handler=cmd_calibrate)

    p = sub.add_parser("delete-doc", help="remove a document and the facts only it supports")
    p.add_argument("doc_id", metavar="ID")
    p.set_defaults(handler=cmd_delete_doc)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run `chokepoint` with `argv` (default: the command line); the exit status."""
    args = build_parser().parse_args(argv)
    try:
        settings = get_settings()
    except ValidationError as exc:
        for line in _settings_errors(exc):
            _fail(f"bad setting {line}")
        return 1
    try:
        return int(args.handler(args, settings))
    except EngineUnavailable as exc:
        return _fail(str(exc))
    except GraphError as exc:
        return _fail(f"graph engine error: {exc}")
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
