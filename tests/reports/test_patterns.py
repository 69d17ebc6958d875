"""The fast-matching helpers: a lower-cased copy keeps offsets, and a gate never hides a
match its pattern would find (the gates list substrings by hand, so this is checked)."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from reports.patterns import Gated, gated, lower
from reports.sentences import sentences

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
# Sentences that exercise the rare branches of the rules, in several styles.
EXTRA = """
Drone debris was discovered near the village on Wednesday. A missile came down in a field.
Fragments of a Shahed drone fell on a house. The drone crashed on Romanian territory.
Air defence repelled the attack; 12 UAVs were destroyed, 3 missiles intercepted.
Multiple-launch rocket systems and Grad rockets pounded the town; tank fire was heard.
The army said Uragan and Smerch launchers fired 40 rockets. Howitzers were shelling it.
An air strike by Su-34 jets with FAB-500 glide bombs; KABs hit the school.
Naval drones and an unmanned surface vessel attacked the ship. USVs were seen.
Kh-101 cruise missiles, Kalibr, Kinzhal, Iskander-M, S-300, ATACMS and Storm Shadow.
Loitering munitions such as Lancet and Geran-2 kamikaze drones struck the depot.
A loud bang, blasts and detonations; the blast rocked the city. Saboteurs raided a base.
Two adults and three children were killed, among them 2 kids. 14 were hospitalised.
He was hurt; dozens perished; the death toll rose to 40. Nobody lost their lives.
Last night, late on Friday evening, early on Monday morning, yesterday's attack.
On 3 March 2024 and on April 5th; the previous day, a day earlier, this morning, tonight.
In the early hours, earlier today, on Sunday's raid, the day before.
Officials condemned the strike, called on allies, urged talks and a ceasefire proposal.
The UN Security Council requested a meeting; sanctions and an aid package were sent.
Russia could strike again, may attack, plans to launch, threatens to hit, vowed to retaliate.
Kyiv has been repeatedly shelled since 2022; attacks occur daily, every night, in recent weeks.
Over the past year, two years of war, in total since the invasion began.
In this photo, smoke rises. Picture: Reuters. Video footage shows the blast.
A hunger strike, a lightning strike, struck by a car, a heart attack, hit hard by floods.
""".strip()


def _corpus() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))] + [EXTRA]
    return [lower(t[a:b]) for t in texts for a, b in sentences(t)]


def _gates() -> list[tuple[str, Gated]]:
    out: list[tuple[str, Gated]] = []
    for module in ("reports.extract", "reports.dates"):
        mod = importlib.import_module(module)
        for name, value in vars(mod).items():
            if isinstance(value, Gated):
                out.append((f"{module}.{name}", value))
            elif isinstance(value, tuple):
                for i, item in enumerate(value):
                    gate = item[1] if isinstance(item, tuple) and len(item) == 2 else item
                    if isinstance(gate, Gated):
                        out.append((f"{module}.{name}[{i}]", gate))
    return out


def test_the_rules_are_gated() -> None:
    assert len(_gates()) >= 20


@pytest.mark.parametrize("name,gate", _gates(), ids=[n for n, _ in _gates()])
def test_a_gate_never_hides_a_match(name: str, gate: Gated) -> None:
    corpus = _corpus()
    matched = [s for s in corpus if gate.pattern.search(s)]
    assert all(gate.possible(s) for s in matched), name
    # Searching through the gate finds exactly what the bare pattern finds.
    for s in corpus:
        bare, through = gate.pattern.search(s), gate.search(s)
        assert (bare and bare.span()) == (through and through.span())


@pytest.mark.parametrize("text", ["İstanbul and Kyiv", "STRAẞE Odesa", "Kharkiv ﬁre", "ǅ x"])
def test_lower_keeps_every_offset(text: str) -> None:
    low = lower(text)
    assert len(low) == len(text)
    assert low.endswith(text[-1].lower()) or not text[-1].isalpha()


def test_a_gate_without_its_needle_skips_the_pattern() -> None:
    gate = gated("drone", r"\bdrones?\b")
    assert gate.search("three drones") is not None
    assert gate.search("three missiles") is None
    assert list(gate.finditer("no match")) == []
    assert gate.sub(lambda m: "#", "a drone") == "a #"
    assert isinstance(gate.pattern, re.Pattern)
