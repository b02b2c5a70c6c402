"""The `chokepoint` command: load, serve, export, import, query, stats, eval, delete-doc.

Every subcommand honours CHOKEPOINT_DATA_DIR and CHOKEPOINT_BACKEND; a command that
started the embedded engine for itself stops it when it ends.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence

from app.settings import Settings, get_settings
from graph import open_engine
from graph.base import EngineUnavailable, GraphError

Handler = Callable[[argparse.Namespace, Settings], int]


def _fail(message: str, code: int = 1) -> int:
    print(f"chokepoint: {message}", file=sys.stderr)
    return code


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    from app.main import create_app

    uvicorn.run(
        create_app(settings),
        host=args.host or settings.host,
        port=args.port or settings.port,
        log_level="info",
    )
    return 0


def cmd_stats(args: argparse.Namespace, settings: Settings) -> int:
    from app.services.stats import stats

    with open_engine(settings) as engine:
        print(json.dumps(stats(engine), indent=2, sort_keys=True))
    return 0


def cmd_not_built(args: argparse.Namespace, settings: Settings) -> int:
    return _fail(f"'{args.command}' is not built yet", 2)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="chokepoint",
        description="Knowledge graph of technology supply chains, export controls and sanctions.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("load", help="extract documents (files or directories) into the graph")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.set_defaults(handler=cmd_not_built)

    p = sub.add_parser("serve", help="serve the HTTP API (and the explorer page)")
    p.add_argument("--host", default=None)
    p.add_argument("--port", type=int, default=None)
    p.set_defaults(handler=cmd_serve)

    p = sub.add_parser("export", help="write the graph (node-link JSON, GraphML, GEXF or CSV)")
    p.set_defaults(handler=cmd_not_built)

    p = sub.add_parser("import", help="merge a node-link JSON file into the graph")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=cmd_not_built)

    p = sub.add_parser("query", help="run a read-only Cypher statement, print rows as JSON")
    p.set_defaults(handler=cmd_not_built)

    p = sub.add_parser("stats", help="counts by label and relationship type")
    p.set_defaults(handler=cmd_stats)

    p = sub.add_parser("eval", help="precision/recall/F1 of the extractor against a gold file")
    p.set_defaults(handler=cmd_not_built)

    p = sub.add_parser("delete-doc", help="remove a document and the facts only it supports")
    p.add_argument("doc_id", metavar="ID")
    p.set_defaults(handler=cmd_not_built)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = get_settings()
        return int(args.handler(args, settings))
    except EngineUnavailable as exc:
        return _fail(str(exc))
    except GraphError as exc:
        return _fail(f"graph engine error: {exc}")
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
