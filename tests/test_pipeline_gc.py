"""The pipeline makes no reference cycles, which is what lets `analyzer.gcpause` pause the cyclic collector
during a call: every object of a call is freed by reference counting, so memory stays flat over a batch."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from analyzer.gcpause import paused
from analyzer.pipeline import analyze_file

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
# python-docx builds a document tree with parent links: a bounded number of cycles per file, collected
# once the call is over.
TEXT_FORMATS = (".txt", ".md", ".vtt", ".srt", ".json")


def _fixtures() -> list[Path]:
    return sorted(p for p in FIXTURES.iterdir() if p.suffix in TEXT_FORMATS and p.stem.lower() != "readme")


@pytest.mark.parametrize("path", _fixtures(), ids=lambda p: p.name)
def test_analyzing_a_call_leaves_no_cycles(path: Path):
    analyze_file(path)  # warm: lexicons, calendars and lazy imports are built once per process
    gc.collect()
    was = gc.isenabled()
    gc.disable()
    try:
        analysis = analyze_file(path)
        del analysis
        assert gc.collect() == 0
    finally:
        if was:
            gc.enable()


def test_pause_restores_the_collector_and_nests():
    assert gc.isenabled()
    with paused():
        assert not gc.isenabled()
        with paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # only the outermost pause re-enables it
    assert gc.isenabled()
    gc.disable()
    try:
        with paused():
            pass
        assert not gc.isenabled()  # a caller that had disabled it keeps it disabled
    finally:
        gc.enable()


def test_pause_is_lifted_when_the_call_fails(tmp_path: Path):
    from analyzer.errors import InputError

    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(InputError):
        analyze_file(empty)
    assert gc.isenabled()
