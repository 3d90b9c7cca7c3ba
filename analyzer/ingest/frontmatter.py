"""Optional YAML front matter between `---` lines at the top of a text transcript.

Hand-split (a few lines) rather than python-frontmatter, which would add a dependency for one regex; the
YAML itself is parsed by pyyaml's safe loader.
"""

from __future__ import annotations

import re

import yaml

from analyzer.errors import InputError

_BLOCK = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.S)


def split_front_matter(text: str, source: str) -> tuple[dict, str]:
    """Return (metadata, body). No front matter → ({}, text).

    A block whose YAML is not a mapping (a Markdown rule around prose) is not front matter; a block that
    looks like `key: value` lines but does not parse is a user error, reported with its line.
    """
    m = _BLOCK.match(text)
    if not m:
        return {}, text
    block = m.group(1) or ""
    try:
        meta = yaml.safe_load(block)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        problem = getattr(e, "problem", None) or "invalid YAML"
        raise InputError(source, f"malformed front matter{where}: {problem}") from None
    if meta is None:
        return {}, text[m.end():]
    if not isinstance(meta, dict):
        return {}, text
    return {str(k).strip().lower(): v for k, v in meta.items()}, text[m.end():]
