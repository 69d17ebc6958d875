"""Embeds: the summary a screen reader hears, the iframe snippet, the static map, and
escaping inside a document that inlines everything."""

from __future__ import annotations

from pathlib import Path

from geo import embed

ROWS = [
    {"id": 1, "event_type": "strike", "place_id": "gn:1", "place_name": "Kharkiv",
     "place_kind": "city", "country": "UA", "latitude": 49.98, "longitude": 36.25,
     "event_date": "2023-12-29", "outlet": "Reuters", "quote": "q1"},
    {"id": 2, "event_type": "strike", "place_id": "gn:2", "place_name": "Belgorod",
     "place_kind": "city", "country": "RU", "latitude": 50.6, "longitude": 36.58,
     "event_date": "2023-12-30", "outlet": "AP", "quote": "q2"},
    {"id": 3, "event_type": "interception", "place_id": "gn:3", "place_name": "Kursk",
     "place_kind": "city", "country": "RU", "latitude": 51.73, "longitude": 36.19,
     "event_date": "2023-12-30", "outlet": "AP", "quote": "q3"},
]


def test_summary_names_counts_places_dates_and_outlets() -> None:
    text = embed.summary(ROWS)
    assert text == ("2 reported strikes and 1 reported interception in Russia and "
                    "Ukraine, 29-30 December 2023, reported by 2 outlets.")
    assert embed.summary([]) == "No reports match this map's selection."
    assert embed.date_range("2023-11-30", "2023-12-02") == "30 November - 2 December 2023"


def test_document_carries_title_summary_table_and_no_outside_reference() -> None:
    page = embed.embed_html(ROWS, "Strikes <b>bold</b>", "Sub", "Source: Wires")
    assert "Strikes &lt;b&gt;bold&lt;/b&gt;" in page
    assert embed.summary(ROWS).replace("'", "&#x27;") in page
    assert "<details><summary>Data table</summary>" in page
    import re

    # (Leaflet's own source, inlined in the head, mentions its website in a string.)
    assert not re.search(r"""(?:src|href)=["']?https?:""", page.split("<body>")[1])
    assert not re.search(r"""<(?:script|link)[^>]+(?:src|href)=""", page)
    assert "tile.openstreetmap" not in page
    online = embed.embed_html(ROWS, "T", online_tiles=True)
    assert "tile.openstreetmap.org" in online and len(online) < 400_000


def test_hostile_quote_cannot_break_out_of_the_script() -> None:
    rows = [dict(ROWS[0], quote='</script><script>alert(1)</script>${alert(2)}',
                 outlet="<img src=x onerror=alert(3)>")]
    page = embed.embed_html(rows, "T")
    body_scripts = page.split("<body>")[1]
    assert "</script><script>alert(1)" not in body_scripts
    assert "<img src=x" not in body_scripts and "${alert(2)}" not in body_scripts


def test_snippet_resizes_and_falls_back() -> None:
    snippet = embed.iframe_snippet("map.html", 'A "map"', 700, "map.png")
    assert 'src="map.html"' in snippet and "strikemap-height" in snippet
    assert "height:700px" in snippet and "<noscript><img src=\"map.png\"" in snippet
    assert "A &quot;map&quot;" in snippet


def test_static_locator_maps(tmp_path: Path) -> None:
    png = embed.static_map(ROWS, tmp_path / "m.png", "Title", "Source line")
    assert png.stat().st_size > 20_000 and png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = embed.static_map(ROWS, tmp_path / "m.svg", "Title")
    assert b"<svg" in svg.read_bytes()[:500] and svg.stat().st_size < 5_000_000


def test_size_with_500_reports(gz) -> None:
    """Self-contained under 1.5 MB and online-tiles under 400 KB for 500 reports over
    settlements and regions (region outlines are sent once each)."""
    import json
    import random

    rng = random.Random(1)
    places = [gz.resolve(n).best.place for n in (
        "Kharkiv", "Odesa", "Dnipro", "Sumy", "Nikopol", "Kherson", "Belgorod", "Kursk",
        "the Belgorod region", "the Kursk region", "the Bryansk region",
        "Zaporizhzhia Oblast", "Kharkiv Oblast")]
    rows = []
    for i in range(500):
        p = rng.choice(places)
        rows.append({"id": i, "event_type": rng.choice(["strike", "shelling",
                                                        "interception"]),
                     "place_id": p.id, "place_name": p.name, "place_kind": p.kind,
                     "country": p.country, "latitude": p.latitude, "longitude": p.longitude,
                     "geometry": json.dumps(gz.geometry(p)) if p.kind == "admin1" else None,
                     "event_date": f"2024-06-{1 + i % 28:02d}", "outlet": "Wire",
                     "quote": "Drones hit the city overnight, the governor said. " * 2,
                     "claimed_by": "the governor", "killed": i % 4})
    assert len(embed.embed_html(rows, "T").encode()) < 1_500_000
    assert len(embed.embed_html(rows, "T", online_tiles=True).encode()) < 400_000
