"""Versioned prompt files (`prompts/<name>.v<N>.md`), loaded by name and rendered in a sandboxed Jinja2.

A prompt file has a `# system` and a `# user` part (level-1 headings on their own line); everything before
the first part is a comment for the people who edit it. Old versions stay in the folder: a version is part
of the cache key, so changing a prompt means adding `extract.v2.md`, never editing v1 in place.
The sandbox and StrictUndefined are there because the transcript is untrusted data rendered into the
template: it can never reach attributes or silently render an empty variable.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

from analyzer.errors import EngineError

_PART = re.compile(r"^# (system|user)[ \t]*$", re.MULTILINE)


def prompts_dir() -> Path:
    """`ANALYZER_PROMPTS_DIR`, else the package's `analyzer/prompts`, else `prompts/` of this checkout.

    `prompts/` at the top of the repository is the one copy that is edited; `analyzer/prompts` is a symbolic
    link to it, which setuptools follows when it builds a wheel (package data `**/*.md`), so an installed
    package finds its prompts the same way a checkout does. The last fallback is for a checkout made
    without symbolic links (git on Windows by default), where the link is a one-line text file.
    """
    env = os.environ.get("ANALYZER_PROMPTS_DIR")
    if env:
        return Path(env)
    packaged = resources.files("analyzer") / "prompts"
    if isinstance(packaged, Path) and packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "prompts"


@lru_cache(maxsize=8)
def _parts(path: Path) -> dict[str, str]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise EngineError(f"{path}: cannot read prompt ({e.strerror or e})") from None
    marks = list(_PART.finditer(text))
    parts = {}
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        parts[m.group(1)] = text[m.end():end].strip("\n") + "\n"
    if set(parts) != {"system", "user"}:
        raise EngineError(f"{path}: a prompt needs a '# system' and a '# user' part")
    return parts


@lru_cache(maxsize=8)
def _templates(path: Path) -> dict:
    from jinja2 import StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    env = SandboxedEnvironment(undefined=StrictUndefined, keep_trailing_newline=True, autoescape=False)
    return {role: env.from_string(text) for role, text in _parts(path).items()}


def render(prompt_id: str, **variables) -> list[tuple[str, str]]:
    """[("system", text), ("user", text)] for `prompt_id` such as 'extract.v1'."""
    templates = _templates(prompts_dir() / f"{prompt_id}.md")
    return [(role, templates[role].render(**variables)) for role in ("system", "user")]
