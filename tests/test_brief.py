"""The analyst's brief: what a reader opens must hold the finding, charts and evidence."""

from __future__ import annotations

import base64
import re

import pandas as pd
import pytest

from detente.relations.frame import make_events
from detente.report import build_brief, write_brief

ROWS = [
    ("IRN", "TUR", "CONSULT", 1.0, "Zarif went on a trip to Turkey on Friday."),
    ("TUR", "IRN", "COOPERATE", 3.0, "Turkey wants more trade with Iran through rail links."),
    ("TUR", "RUS", "SUPPORT", 3.0, "Erdogan sided with Russia in a growing spat with the US."),
    ("RUS", "TUR", "COOPERATE", 4.0, "They work together in Syria, Libya and the Caucasus."),
    ("IRN", "RUS", "COOPERATE", 4.0, "Iran has been involved in the Astana process since 2017."),
    ("USA", "RUS", "ACCUSE", -3.0, "Biden called Putin a \u201ckiller.\u201d"),
    ("TUR", "USA", "ACCUSE", -3.0, "He said Biden's comments were <inappropriate> & rude."),
    ("TUR", "USA", "THREATEN", -4.0, "Ankara warned Washington of consequences."),
]


# the same ties reported again in January: four more distinct events for each cooperative
# row, so the bloc rests on enough events to be clear against the baseline
AGAIN = 4


def events() -> pd.DataFrame:
    recs = []
    for n, (s, t, plover, inten, evidence) in enumerate(ROWS):
        month = "2021-02" if n % 2 else "2021-03"
        recs.append({"source_country": s, "target_country": t, "plover": plover,
                     "intensity": inten, "evidence": evidence, "date": f"{month}-{10 + n}",
                     "doc_id": f"doc{n}", "url": f"https://news.example/{n}?a=1&b=2",
                     "title": f"Story {n}", "confidence": 0.8})
        for k in range(AGAIN if inten > 0 else 0):
            recs.append({"source_country": s, "target_country": t, "plover": plover,
                         "intensity": inten, "evidence": f"Report {k} of January: {plover}.",
                         "date": f"2021-01-{3 + 7 * k:02d}", "doc_id": f"jan{n}-{k}",
                         "confidence": 0.3})  # minor reports: not among the top events
    return make_events(recs)


def statements() -> pd.DataFrame:
    return pd.DataFrame([
        {"doc_id": "doc1", "sentence_index": 3, "char_start": 0, "char_end": 10,
         "evidence": "The trip marks the growing alliance of Turkey and Iran.", "a": "IRN",
         "b": "TUR", "pair": "IRN-TUR", "a_name": "Iran", "b_name": "Turkey", "polarity": 1,
         "direction": "improving", "cue": "alliance", "date": "2021-03-20"},
        {"doc_id": "doc2", "sentence_index": 5, "char_start": 0, "char_end": 10,
         "evidence": "Turkey and the US are old friends.", "a": "TUR", "b": "USA",
         "pair": "TUR-USA", "a_name": "Turkey", "b_name": "US", "polarity": 1,
         "direction": None, "cue": "friends", "date": "2021-03-20"},
    ])


ACTORS = ["IRN", "RUS", "TUR", "USA"]


@pytest.fixture(scope="module")
def html_brief(tmp_path_factory):
    """One HTML brief, written once for the tests that read it."""
    folder = tmp_path_factory.mktemp("html")
    return write_brief(events(), statements(), ACTORS, folder / "brief.html")


def test_finding_names_the_bloc_and_the_hostile_pair():
    brief = build_brief(events(), statements(), ACTORS)
    assert brief.finding.startswith("IRN, RUS and TUR form one bloc (stability ")
    assert "TUR-USA relations are hostile (index -1.00, 2 events)" in brief.finding
    assert brief.bloc["labels"]["USA"] != brief.bloc["labels"]["TUR"]


def test_html_brief_is_self_contained_with_finding_pairs_images_and_evidence(html_brief):
    out = html_brief
    assert out.exists()
    page = out.read_text(encoding="utf-8")
    brief = build_brief(events(), statements(), ACTORS)
    assert brief.finding in page
    for pair in ("IRN-TUR", "RUS-TUR", "IRN-RUS", "TUR-USA", "RUS-USA"):
        assert pair in page
    images = re.findall(r'<img [^>]*src="data:image/png;base64,([A-Za-z0-9+/=]+)"', page)
    assert len(images) == 6  # five pair charts and the network
    assert base64.b64decode(images[0]).startswith(b"\x89PNG")
    assert "Turkey wants more trade with Iran through rail links." in page
    assert "The trip marks the growing alliance of Turkey and Iran." in page
    assert 'href="https://news.example/1?a=1&amp;b=2"' in page
    # text from the news is escaped, never markup
    assert "&lt;inappropriate&gt; &amp; rude" in page and "<inappropriate>" not in page
    assert list(out.parent.iterdir()) == [out]  # nothing written beside it


def test_brief_flags_statements_that_events_contradict(html_brief):
    page = html_brief.read_text(encoding="utf-8")
    row = next(r for r in page.split("<tr>") if "old friends" in r)
    assert "events disagree" in row and "-1.00" in row
    ok = next(r for r in page.split("<tr>") if "growing alliance" in r)
    assert "disagree" not in ok


def test_markdown_brief_writes_pngs_beside_it(tmp_path):
    out = write_brief(events(), statements(), ACTORS, tmp_path / "brief.md", since="2021-01-01")
    text = out.read_text(encoding="utf-8")
    pngs = sorted(p.name for p in tmp_path.glob("*.png"))
    assert "brief_network.png" in pngs and "brief_index_TUR-USA.png" in pngs
    for name in pngs:
        assert f"]({name})" in text
        assert (tmp_path / name).read_bytes().startswith(b"\x89PNG")
    assert "IRN, RUS and TUR form one bloc" in text
    assert "Ankara warned Washington of consequences." in text


def test_brief_without_events_says_so(tmp_path):
    out = write_brief(events(), None, ["FRA", "DEU"], tmp_path / "empty.html")
    assert "No asserted events" in out.read_text()


def test_brief_rejects_unknown_suffix(tmp_path):
    with pytest.raises(ValueError):
        write_brief(events(), None, ACTORS, tmp_path / "brief.pdf")


def test_finding_names_every_tied_pair():
    from detente.relations import dyads
    from detente.report.brief import finding

    df = make_events([{"source_country": s, "target_country": "USA", "plover": "ACCUSE",
                       "intensity": -2.0} for s in ("IRN", "RUS", "TUR")])
    text = finding(dyads(df), {})
    assert text == ("IRN-USA, RUS-USA and TUR-USA relations are hostile "
                    "(index -1.00, 1 event each).")


def test_brief_reads_the_stores_statement_layout(tmp_path):
    store_like = statements().drop(columns=["a", "b", "pair", "a_name", "b_name"]).assign(
        a_country=["TUR", "USA"], b_country=["IRN", "TUR"], a_text=["Turkey", "US"],
        b_text=["Iran", "Turkey"])
    page = write_brief(events(), store_like, ACTORS, tmp_path / "s.html").read_text()
    row = next(r for r in page.split("<tr>") if "old friends" in r)
    assert "TUR-USA" in row and "events disagree" in row


def test_brief_counts_an_event_reported_three_times_once(tmp_path):
    text = "Turkey and Russia signed a deal on S-400 missile deliveries in Moscow."
    df = make_events([{"source_country": "TUR", "target_country": "RUS", "plover": "AGREE",
                       "intensity": 4.0, "evidence": text, "date": "2021-03-19",
                       "doc_id": f"r{n}", "published": f"2021-03-{19 + n}"} for n in range(3)])
    brief = build_brief(df, None, ["RUS", "TUR"])
    assert brief.pairs.iloc[0]["total"] == 1
    page = write_brief(df, None, ["RUS", "TUR"], tmp_path / "b.html").read_text()
    assert "3 reports" in page


def test_sparse_pairs_show_their_events_and_an_index_only_where_periods_hold_enough():
    """Eight events over four years: no period may carry an index line through an empty band."""
    from detente.relations import make_events, series
    from detente.relations.frame import pair_events
    from detente.report import charts

    days = ["2017-02-01", "2017-09-10", "2018-05-05", "2019-01-20", "2019-11-02",
            "2020-06-06", "2021-01-15", "2021-03-01"]
    df = make_events([{"source_country": "TUR", "target_country": "USA", "plover": p, "date": d,
                       "intensity": 3.0 if p == "CONSULT" else -4.0}
                      for d, p in zip(days, ["CONSULT", "ACCUSE"] * 4)])
    s = series(df, "TUR", "USA", by="year")
    assert not charts.index_shown(s).any()  # at most 3 events a year: below the floor
    busy = make_events([{"source_country": "TUR", "target_country": "USA", "plover": "CONSULT",
                         "date": f"2021-03-{d:02d}", "intensity": 1.0} for d in range(1, 8)])
    assert charts.index_shown(series(busy, "TUR", "USA", by="month")).all()
    png = charts.index_chart(s, pair_events(df))
    assert png.startswith(b"\x89PNG")
