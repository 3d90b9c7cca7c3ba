"""Traditional -> Simplified Chinese, one character for one (`hant.json`, generated from OpenCC by
eval/make_hant_table.py; no runtime dependency).

The offline lexicon and the date rules are written in simplified characters; a Taiwan or Hong Kong speaker's
"下週三我們帶工程師過去" is matched as "下周三我们带工程师过去". One character for one, so offsets into the turn
hold and every quote, due phrase and action stays the turn's own text.
"""

from __future__ import annotations

import json
import re
from pathlib import Path


def _table() -> dict[int, str]:
    pairs = json.loads((Path(__file__).with_name("hant.json")).read_text(encoding="utf-8"))["pairs"]
    return {ord(pairs[i]): pairs[i + 1] for i in range(0, len(pairs), 2)}


TABLE = _table()
# Any traditional character: one C scan of a whole call says whether its turns need the simplified reading.
HANT_RE = re.compile("[" + "".join(map(chr, sorted(TABLE))) + "]")


def simplified(text: str) -> str:
    """`text` read through the table (same length), or `text` itself when it holds no traditional character."""
    return text.translate(TABLE) if HANT_RE.search(text) is not None else text
