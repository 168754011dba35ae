"""Where the project's shared benchmark data is: ``../shared/bench`` beside the checkout, found from a worktree nested
deeper too. Imported by the extraction benches as a sibling module (run as scripts, their folder is on the path)."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

_HERE = Path(__file__).resolve()
SHARED = next(
    (up / "shared" / "bench" for up in _HERE.parents if (up / "shared" / "bench").is_dir()),
    _HERE.parents[2] / "shared" / "bench",
)
PRODUCT_PAGES = SHARED / "product-pages" / "html"


def extractor(root: Path | None = None) -> Callable[[str, str], Any]:
    """``extract_product`` of the checkout at ``root`` (this one by default), imported afresh: the modules of another
    one are put aside."""
    root = (root or _HERE.parents[1]).resolve()
    for name in [name for name in sys.modules if name == "aisle_mcp" or name.startswith("aisle_mcp.")]:
        del sys.modules[name]
    sys.path.insert(0, str(root))
    try:
        module = importlib.import_module("aisle_mcp.providers.local.extractor")
    finally:
        sys.path.remove(str(root))
    found: Callable[[str, str], Any] = module.extract_product
    if not found.__code__.co_filename.startswith(str(root)):
        raise SystemExit(f"{root}: the extractor came from {found.__code__.co_filename}")
    return found
