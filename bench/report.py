"""Collect benchmark figures, print them as a table and save them as JSON."""

from __future__ import annotations

import json
import os
import platform
import statistics
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psutil

RESULTS_DIR = Path(__file__).parent / "results"


@dataclass
class Figure:
    """One measured number, with the limit it is compared to (if any)."""

    section: str
    name: str
    value: float | int | str
    unit: str = ""
    target: str = ""
    met: bool | None = None
    note: str = ""


@dataclass
class Report:
    """Every figure of one run, plus where and when it ran."""

    size: str
    started: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))
    machine: dict[str, Any] = field(default_factory=lambda: machine())
    figures: list[Figure] = field(default_factory=list)

    def add(
        self,
        section: str,
        name: str,
        value: float | int | str,
        unit: str = "",
        *,
        target: str = "",
        met: bool | None = None,
        note: str = "",
    ) -> Figure:
        """Record a figure (and print it at once, so a long run shows progress).

        >>> r = Report("small")
        >>> r.add("writes", "ratio", 0.8, "x", target=">= 0.5", met=True).met
        writes       ratio                                            0.80 x      (>= 0.5: met)
        True
        """
        figure = Figure(section, name, value, unit, target, met, note)
        self.figures.append(figure)
        print(format_figure(figure), flush=True)
        return figure

    def table(self) -> str:
        """All figures as an aligned text table."""
        return "\n".join(format_figure(f) for f in self.figures)

    def save(self, directory: Path = RESULTS_DIR) -> Path:
        """Write ``<directory>/<date>-<size>.json`` and return its path."""
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / f"{self.started[:10]}-{self.size}.json"
        data = {
            "size": self.size,
            "started": self.started,
            "finished": datetime.now(UTC).isoformat(timespec="seconds"),
            "machine": self.machine,
            "figures": [asdict(f) for f in self.figures],
        }
        tmp = path.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(data, indent=2) + "\n")
        tmp.replace(path)
        return path


def format_figure(f: Figure) -> str:
    """One table line: section, name, value, unit, target and verdict, note."""
    value = _value(f.value)
    verdict = ""
    if f.target:
        verdict = f"({f.target}: {'met' if f.met else 'MISSED'})" if f.met is not None else (
            f"({f.target})")
    line = f"{f.section:<12} {f.name:<40} {value:>12} {f.unit:<6} {verdict}".rstrip()
    return f"{line}  {f.note}" if f.note else line


def machine() -> dict[str, Any]:
    """The machine the run happened on (cores, memory, Python, load at start)."""
    return {
        "cpus": os.cpu_count(),
        "memory_gib": round(psutil.virtual_memory().total / 2**30, 1),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
    }


def percentile(values: list[float], p: float) -> float:
    """The `p`-th percentile (0..100), linear interpolation.

    >>> percentile([1.0, 2.0, 3.0, 4.0], 50), percentile([1.0, 2.0, 3.0, 4.0], 95)
    (2.5, 3.85)
    """
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    k = (len(ordered) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(ordered) - 1)
    return round(ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo), 6)


def median(values: list[float]) -> float:
    """The median."""
    return float(statistics.median(values))


def markdown(path: Path) -> str:
    """A saved run as a Markdown table (how BENCHMARKS.md is filled)."""
    data = json.loads(path.read_text())
    m = data["machine"]
    lines = [
        f"Run `{data['size']}`, {data['started']} to {data['finished']}; {m['cpus']} cores, "
        f"{m['memory_gib']} GiB, Python {m['python']}, load average at start "
        f"{m['load_average_at_start'][0]}.",
        "",
        "| section | figure | value | unit | target | note |",
        "|---|---|---:|---|---|---|",
    ]
    for raw in data["figures"]:
        f = Figure(**raw)
        value = _value(f.value)
        target = f"{f.target}: {'met' if f.met else '**missed**'}" if f.target else ""
        lines.append(f"| {f.section} | {f.name} | {value} | {f.unit} | {target} | {f.note} |")
    return "\n".join(lines) + "\n"


def _value(v: float | int | str) -> str:
    if isinstance(v, float):
        return f"{v:,.2f}"
    if isinstance(v, int):
        return f"{v:,}"
    return str(v)


if __name__ == "__main__":
    import sys

    for name in sys.argv[1:]:
        print(markdown(Path(name)))
