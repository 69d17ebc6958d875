from __future__ import annotations

from gazetteer import Place
from geo.escape import escape_markdown, escape_text
from geo.maps import place_map


def test_payloads_become_text() -> None:
    out = escape_text('<img src=x onerror="alert(1)"></script>${alert(1)}`x`')
    assert "<" not in out and ">" not in out and "${" not in out and "`" not in out
    assert "&lt;img" in out and '"' not in out


def test_place_names_are_escaped_in_the_map_html() -> None:
    evil = Place("local:1", "<script>alert(1)</script>${x}", "village", "UA", None, None,
                 None, 48.0, 35.0, 0, "local", False, None)
    html = place_map([evil], lambda p: {}).get_root().render()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&#36;{x}" in html


def test_markdown_payloads_stay_text() -> None:
    out = escape_markdown("![x](http://evil.example/i.png) <b>*bold*</b>")
    assert "![" not in out and "](" not in out and "\\*bold\\*" in out


def test_report_layers_carry_only_escaped_text() -> None:
    from geo.layers import features

    payload = '<img src=x onerror="alert(1)"></script>${alert(1)}`'
    rows = [{"id": 1, "event_type": "strike", "place_id": "gn:1", "place_name": payload,
             "place_mention": payload, "place_kind": "city", "latitude": 50.0,
             "longitude": 36.0, "event_date": "2024-01-01", "killed": 2,
             "killed_qualifier": "at least", "claimed_by": payload, "outlet": payload,
             "quote": payload, "url": 'javascript:alert(1)'}]
    [feature] = features(rows)
    for key, value in feature["properties"].items():
        if isinstance(value, str):
            assert "<img" not in value and "</script>" not in value, key
            assert "${" not in value and "`" not in value, key
            assert "javascript:" not in value, key
    assert "at least 2 killed" in feature["properties"]["figures"]


def test_a_denial_a_tolls_own_source_and_a_confirmation_show_in_the_popup_as_text() -> None:
    import json

    from geo.layers import features

    payload = '<img src=x onerror="alert(1)">'
    rows = [{"id": 1, "event_type": "shelling", "place_id": "gn:1", "place_name": "Naxçıvan",
             "place_kind": "city", "latitude": 39.2, "longitude": 45.4,
             "event_date": "2024-03-16", "claimed_by": "Azerbaijan's defence ministry",
             "extras": json.dumps({"denied_by": "Yerevan", "killed_claimed_by": payload,
                                   "also_claimed_by": ["the Armenian army", payload]})}]
    pop = features(rows)[0]["properties"]["pop"]
    assert "denied by Yerevan" in pop
    assert "killed per &lt;img" in pop and "<img" not in pop
    assert "also per the Armenian army, &lt;img" in pop


def test_a_range_shows_as_a_range_in_the_popup() -> None:
    from geo.layers import figures_text

    row = {"killed": 20, "killed_qualifier": "between 20 and 30", "count": 40,
           "count_qualifier": "up to"}
    assert figures_text(row) == "between 20 and 30 killed, up to 40 launched"


def test_a_claim_over_several_days_shows_its_span_on_the_map() -> None:
    import json

    from geo.layers import features

    row = {"id": 1, "event_type": "shelling", "place_id": "gn:1", "place_name": "Kurakhove",
           "place_kind": "town", "latitude": 47.98, "longitude": 37.28,
           "event_date": "2024-03-15", "extras": json.dumps({"date_until": "2024-03-16"})}
    assert features([row])[0]["properties"]["date"] == "2024-03-15 – 2024-03-16"
    assert features([row | {"extras": "{}"}])[0]["properties"]["date"] == "2024-03-15"
