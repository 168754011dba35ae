"""Where the project's shared benchmark data is: ``../shared/bench`` beside the checkout, found from a worktree nested
deeper too. Imported by the extraction benches as a sibling module (run as scripts, their folder is on the path)."""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve()
SHARED = next(
    (up / "shared" / "bench" for up in _HERE.parents if (up / "shared" / "bench").is_dir()),
    _HERE.parents[2] / "shared" / "bench",
)
PRODUCT_PAGES = SHARED / "product-pages" / "html"
