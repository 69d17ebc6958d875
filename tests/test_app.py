"""The app through Streamlit's own test harness (no browser): it starts on the default
data, lists the seeds' places, and resolves a typed name."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parent.parent / "app.py")


def test_app_starts_on_the_default_articles(index_path: Path) -> None:
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert at.title[0].value == "Strikemap"
    table = at.dataframe[0].value
    assert len(table) > 10 and "Belgorod" in set(table["place"])
    assert "GeoNames" in at.caption[-1].value


def test_app_resolves_a_typed_name_and_keeps_it_in_the_url(index_path: Path) -> None:
    at = AppTest.from_file(APP, default_timeout=60).run()
    at.text_input[0].input("the Bryansk region").run()
    assert not at.exception
    table = at.dataframe[-1].value
    assert table.iloc[0]["kind"] == "admin1" and table.iloc[0]["admin1_iso"] == "RU-BRY"
    assert at.query_params["q"] == ["the Bryansk region"] or at.query_params["q"] == \
        "the Bryansk region"


def test_app_says_not_found_plainly(index_path: Path) -> None:
    at = AppTest.from_file(APP, default_timeout=60).run()
    at.text_input[0].input("Qwxzyplorb").run()
    assert not at.exception
    assert any("Not found" in w.value for w in at.warning)


def test_editor_adds_a_place_and_it_wins(index_copy: Path, monkeypatch) -> None:
    monkeypatch.setenv("STRIKEMAP_GAZETTEER", str(index_copy))
    at = AppTest.from_file(APP, default_timeout=60).run()
    next(t for t in at.text_input if t.label == "Name").input("Novyi Khutir-Test")
    at.number_input[0].set_value(47.5)
    at.number_input[1].set_value(35.9)
    next(t for t in at.text_input if t.label == "Country (ISO2)").input("UA")
    at.button[0].click().run()
    assert not at.exception
    assert any("Added Novyi Khutir\\-Test" in s.value for s in at.success)
    from gazetteer import Gazetteer

    best = Gazetteer(index_copy).resolve("Novyi Khutir-Test").best
    assert best is not None and (best.place.source, best.place.country) == ("local", "UA")
    from gazetteer import default_index_path

    monkeypatch.delenv("STRIKEMAP_GAZETTEER")
    shared = Gazetteer(default_index_path()).resolve("Novyi Khutir-Test").best
    assert shared is None or shared.place.source != "local"  # the real index is untouched


def test_markdown_in_a_name_is_shown_as_text(index_copy: Path, monkeypatch) -> None:
    monkeypatch.setenv("STRIKEMAP_GAZETTEER", str(index_copy))
    at = AppTest.from_file(APP, default_timeout=60).run()
    payload = "![x](http://evil.example/i.png)"
    next(t for t in at.text_input if t.label == "Name").input(payload)
    at.button[0].click().run()
    assert not at.exception
    message = at.success[0].value
    assert payload not in message and "\\!\\[x\\]\\(http" in message
