"""Render a `Brief` as self-contained HTML or as Markdown.

Every piece of text from the data (evidence sentences, names, urls) is escaped:
news text is full of quotes, ampersands and angle brackets.
"""

from __future__ import annotations

import base64
import html
import re
from typing import Any
from urllib.parse import quote

import numpy as np
import pandas as pd

from detente.relations.index import describe
from detente.report.brief import Brief

CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,sans-serif;max-width:60rem;margin:2rem auto;
padding:0 1rem;color:#222;line-height:1.45}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd}
.finding{font-size:1.1rem;background:#f4f8fb;border-left:4px solid #4575b4;padding:.6rem 1rem}
table{border-collapse:collapse;width:100%;font-size:.85rem}
th,td{border-bottom:1px solid #e5e5e5;padding:.3rem .4rem;text-align:left;vertical-align:top}
.pos{color:#1a7837}.neg{color:#b2182b}.flag{color:#b2182b;font-weight:600}
figure{margin:1rem 0}figcaption{font-size:.8rem;color:#555}img{max-width:100%}
.muted{color:#666;font-size:.85rem}
"""


def _e(value: Any) -> str:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ""
    return html.escape(str(value), quote=True)


def _num(value: Any, fmt: str = "{:+.2f}") -> str:
    try:
        return "n/a" if value is None or np.isnan(float(value)) else fmt.format(float(value))
    except (TypeError, ValueError):
        return "n/a"


def _day(row: pd.Series) -> str:
    day = row.get("day")
    return "" if day is None or pd.isna(day) else str(row.get("date") or day.date())


def _link(row: pd.Series) -> tuple[str | None, str]:
    """The document's url when it is http(s), and a label (title or doc_id)."""
    url = row.get("url")
    label = row.get("title") or row.get("doc_id") or "document"
    ok = isinstance(url, str) and url.lower().startswith(("http://", "https://"))
    return (url if ok else None), str(label)


def _who(row: pd.Series, side: str) -> str:
    name = row.get(f"{side}_name")
    code = row.get(f"{side}_code") or row.get(f"{side}_country")
    return f"{name} ({code})" if isinstance(name, str) and name else str(code or "")


def _flag(brief: Brief, pair: str) -> str | None:
    cmp = brief.comparison
    if cmp is None or cmp.empty or pair not in set(cmp["pair"]):
        return None
    row = cmp[cmp["pair"] == pair].iloc[0]
    if not row["disagree"]:
        return None
    return (f"events disagree: index {_num(row['index'])} from {int(row['n_events'])} events"
            + (" (interval excludes 0)" if row["firm"] else ""))


def _html_table(headers: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{h}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _html_pairs(brief: Brief) -> list[list[str]]:
    rows = []
    for r in brief.pairs.itertuples():
        cls = "pos" if r.index >= 0 else "neg"
        rows.append([_e(r.pair), str(r.total), f'<span class="{cls}">{_num(r.index)}</span>',
                     f"[{_num(r.ci_low)}, {_num(r.ci_high)}]", _e(describe(r.index)),
                     _e(getattr(r, "verdict", "")), _e(r.first), _e(r.last)])
    return rows


def _html_events(brief: Brief) -> list[list[str]]:
    rows = []
    for _, r in brief.events.iterrows():
        url, label = _link(r)
        link = f'<a href="{_e(url)}">{_e(label)}</a>' if url else _e(label)
        reports = int(r.get("mentions") or 1)
        extra = f", {reports} reports" if reports > 1 else ""
        kind = f"{_e(r.get('plover'))} <span class='muted'>{_e(r.get('quad'))}{extra}</span>"
        rows.append([_e(_day(r)), _e(_who(r, "source")), _e(_who(r, "target")), kind,
                     _e(r.get("evidence")), link])
    return rows


def _html_statements(brief: Brief) -> list[list[str]]:
    rows = []
    for _, r in brief.statements.iterrows():
        flag = _flag(brief, r["pair"])
        pol = '<span class="pos">friendly</span>' if r["polarity"] > 0 else \
            '<span class="neg">hostile</span>'
        rows.append([_e(r["pair"]), pol, _e(r.get("direction")), _e(r.get("cue")),
                     _e(r.get("evidence")), _e(r.get("doc_id")),
                     f'<span class="flag">&#9888; {_e(flag)}</span>' if flag else "agrees"
                     if r["pair"] in set(brief.comparison.get("pair", [])) else ""])
    return rows


def _html_blocs(brief: Brief) -> str:
    b = brief.bloc
    if not b.get("nodes"):
        return "<p>No signed network: no asserted events among these countries.</p>"
    items = "".join(
        f"<li>{_e(', '.join(m))} <span class='muted'>(stability {_num(s, '{:.2f}')})</span></li>"
        for m, s in zip(b["partition"], b["bloc_stability"]))
    unaligned = (f"<p class='unaligned'>Unaligned: {_e(', '.join(b['unaligned']))} "
                 "<span class='muted'>(no clearly positive ties into any bloc)</span></p>"
                 if b.get("unaligned") else "")
    triads = "".join(
        "<li>" + _e(" / ".join(t["nodes"])) + ": " +
        _e(", ".join(f"{k} {v}" for k, v in t["signs"].items())) + "</li>"
        for t in b["unbalanced_triads"]) or "<li>none</li>"
    return (f"<ol>{items}</ol>{unaligned}<p class='muted'>Method: {_e(b['method'])}; frustration "
            f"{_num(b['frustration'], '{:.1f}')} ({_num(b['frustration_share'], '{:.0%}')} of "
            f"all weight); overall stability {_num(b['stability'], '{:.2f}')} over "
            f"{b['resamples']} bootstrap resamples (seed {b['seed']}).</p>"
            f"<p>Triangles that break structural balance:</p><ul>{triads}</ul>")


def _img(title: str, png: bytes) -> str:
    data = base64.b64encode(png).decode("ascii")
    return (f'<figure><img alt="{_e(title)}" src="data:image/png;base64,{data}">'
            f"<figcaption>{_e(title)}</figcaption></figure>")


def render_html(brief: Brief) -> str:
    """One self-contained HTML page (charts as base64 data URIs)."""
    period = f"{brief.since or 'start'} to {brief.until or 'latest'}"
    network = [_img(t, p) for n, t, p in brief.charts if n == "network"]
    series = [_img(t, p) for n, t, p in brief.charts if n != "network"]
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>Brief: {_e(', '.join(brief.actors))}</title><style>{CSS}</style></head><body>",
        f"<h1>Brief: {_e(', '.join(brief.actors))}</h1>",
        (f"<p class='muted'>Period: {_e(period)}. Index = weighted share of cooperation "
         "mapped to [-1, 1] (+1 all cooperation, -1 all conflict), 95% interval.</p>"),
        f"<p class='finding'>{_e(brief.finding)}</p>",
        "<h2>Pairs</h2>",
        _html_table(["pair", "events", "index", "95% interval", "reading", "trend", "first",
                     "last"], _html_pairs(brief)),
        "<h2>Index over time</h2>", *series,
        "<h2>Network and blocs</h2>", *network, _html_blocs(brief),
        "<h2>Most important events</h2>",
        _html_table(["date", "source", "target", "type", "evidence", "document"],
                    _html_events(brief)),
        "<h2>What the texts say about the relationships</h2>",
        _html_table(["pair", "polarity", "direction", "cue", "sentence", "doc", "events"],
                    _html_statements(brief)) if len(brief.statements)
        else "<p>No relationship statements.</p>",
        "</body></html>",
    ]
    return "\n".join(parts)


# Markdown punctuation that can start a link, an image, raw HTML, code or emphasis, or break
# a table cell. Each is backslash-escaped in text from the news (CommonMark shows an escaped
# punctuation character as itself), so `[x](javascript:...)` and `![x](http://...)` stay text.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+!|~])")
_MD_BREAKS = re.compile(r"[\r\n\t\x00-\x08\x0b\x0c\x0e-\x1f]+")


def _md(value: Any) -> str:
    """News text as inert Markdown: one line, every link, image and HTML character escaped."""
    text = "" if value is None or (isinstance(value, float) and np.isnan(value)) else str(value)
    text = _MD_BREAKS.sub(" ", text).replace("&", "&amp;")
    return _MD_SPECIAL.sub(r"\\\1", text)


def _md_table(headers: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def render_markdown(brief: Brief, images: dict[str, str]) -> str:
    """Markdown with charts referenced by file name (written beside the brief)."""
    pairs = [[_md(r.pair), str(r.total), _num(r.index), f"[{_num(r.ci_low)}, {_num(r.ci_high)}]",
              describe(r.index), _md(getattr(r, "verdict", ""))] for r in brief.pairs.itertuples()]
    events = []
    for _, r in brief.events.iterrows():
        url, label = _link(r)
        events.append([_md(_day(r)), _md(_who(r, "source")), _md(_who(r, "target")),
                       _md(r.get("plover")), _md(r.get("evidence")),
                       f"[{_md(label)}](<{quote(url, safe=':/?&=#%+@,;~')}>)" if url else _md(label)])
    stm = [[_md(r["pair"]), "friendly" if r["polarity"] > 0 else "hostile",
            _md(r.get("direction")), _md(r.get("cue")), _md(r.get("evidence")),
            _md(_flag(brief, r["pair"]) and "⚠ " + _flag(brief, r["pair"]))]
           for _, r in brief.statements.iterrows()]
    b = brief.bloc
    blocs = [f"{i + 1}. {', '.join(m)} (stability {_num(s, '{:.2f}')})"
             for i, (m, s) in enumerate(zip(b.get("partition", []), b.get("bloc_stability", [])))]
    if b.get("unaligned"):
        blocs.append(f"\nUnaligned: {', '.join(b['unaligned'])} (no clearly positive ties "
                     "into any bloc)")
    triads = [f"- {' / '.join(t['nodes'])}: " + ", ".join(f"{k} {v}" for k, v in t["signs"].items())
              for t in b.get("unbalanced_triads", [])] or ["- none"]
    charts = [f"![{_md(t)}]({images[n]})" for n, t, _ in brief.charts if n in images]
    return "\n\n".join([
        f"# Brief: {', '.join(brief.actors)}",
        f"**Finding.** {_md(brief.finding)}",
        "## Pairs", _md_table(["pair", "events", "index", "95% interval", "reading", "trend"],
                              pairs),
        "## Charts", *charts,
        "## Blocs", "\n".join(blocs) or "No signed network.",
        (f"Frustration {_num(b.get('frustration'), '{:.1f}')}; overall stability "
         f"{_num(b.get('stability'), '{:.2f}')}. Unbalanced triangles:"), "\n".join(triads),
        "## Most important events",
        _md_table(["date", "source", "target", "type", "evidence", "document"], events),
        "## Relationship statements",
        _md_table(["pair", "polarity", "direction", "cue", "sentence", "flag"], stm)
        if stm else "No relationship statements.",
    ]) + "\n"
