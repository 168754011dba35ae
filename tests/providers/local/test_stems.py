"""Stems as the full-text index makes them, remembered within a bound."""

from __future__ import annotations

import pytest

from aisle_mcp.providers.local import stems as stems_module
from aisle_mcp.providers.local.stems import stems


def test_stems_are_the_index_tokenizers() -> None:
    assert stems(["magnetic", "magnets", "shoes", "running", "café", "wh1000xm3"]) == [
        "magnet",
        "magnet",
        "shoe",
        "run",
        "cafe",
        "wh1000xm3",
    ]


def test_remembered_stems_are_forgotten_past_the_bound_without_losing_an_answer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(stems_module, "_LIMIT", 3)
    words = [f"lamps{n}x" for n in range(10)]
    for start in range(len(words) - 2):
        assert stems(words[start : start + 3]) == words[start : start + 3]
    assert stems(["lamps", *words]) == ["lamp", *words]
