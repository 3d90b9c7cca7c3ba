"""`analyzer batch`: many calls, every core, outputs that survive a failure or an interrupted run.

Written by hand on the standard library (concurrent.futures, os.replace, csv) because no library combines
the three things a batch of call analyses needs:

- Parallel: the offline engine is CPU-bound, so each worker process builds its engine once and analyzes
  chunks of files; workers are forked before the progress bar's thread starts. An engine that waits on the
  network (the LLM engine) runs threads inside each worker, within its limit on requests in flight.
- Incremental: `DIR/.manifest.jsonl` records, per source file, a fingerprint of its content hash, the
  engine name and version, the schema version and the options (reps, meeting date). A re-run skips a file
  whose fingerprint is unchanged and whose outputs still exist. The manifest is append-only while running
  (a killed run loses at most the line being written) and compacted at the end.
- Safe: each output is written to a temp file and renamed into place, so a reader (or a crash) never sees
  half a report, and nothing already written is lost when a later file fails.

Each call gives `<id>.json` (the `Analysis`) and `<id>.md` (the report); `summary.csv` has one row per input.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import sys
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from typing import Iterator
from datetime import date
from pathlib import Path

MANIFEST = ".manifest.jsonl"
SUMMARY = "summary.csv"
SUMMARY_COLUMNS = (
    "file", "id", "language", "meeting_date", "outcome", "no_specific_ask", "flags",
    "customer_actions", "asks", "status", "error",
)  # fmt: skip
_TMP_PREFIX = ".tmp-"
# Files found in folders with these names are the folder's documentation (README.md next to the calls).
_DOC_STEMS = ("readme", "license", "changelog", "contributing")


class UsageError(Exception):
    """The command line itself is wrong (no such path, nothing to analyze): exit code 2."""


# ------------------------------------------------------------------ inputs


def collect(paths: list[Path], out: Path) -> list[Path]:
    """Files named, plus files with a known extension under folders named (recursive; hidden files, README /
    LICENSE / CHANGELOG and the output folder skipped). Sorted within each folder, de-duplicated, in order."""
    from analyzer.ingest import FORMATS

    # Folders are searched for the formats ingest reads; a file named explicitly is always tried (ingest
    # then says what is wrong with it).
    known = tuple(f".{f}" for f in FORMATS)
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out}: --out must be a folder")
    out_abs = out.resolve()
    found: dict[Path, Path] = {}
    for p in paths:
        if p.is_file():
            found.setdefault(p.resolve(), p)
        elif p.is_dir():
            for f in sorted(p.rglob("*")):
                rel = f.relative_to(p).parts
                if any(part.startswith(".") for part in rel) or f.suffix.lower() not in known:
                    continue
                if f.stem.lower() in _DOC_STEMS:  # a folder's own documentation is not a call
                    continue
                resolved = f.resolve()
                if resolved.is_relative_to(out_abs) or not f.is_file():
                    continue
                found.setdefault(resolved, f)
        else:
            raise UsageError(f"{p}: no such file or folder")
    if not found:
        raise UsageError(f"no transcripts ({', '.join(known)}) found in {', '.join(map(str, paths))}")
    return list(found.values())


# ------------------------------------------------------------------ worker side


@dataclass
class Result:
    index: int
    source: str
    digest: str = ""
    status: str = "ok"  # ok | skipped | failed
    error: str = ""
    id: str = ""
    row: dict = field(default_factory=dict)
    tmp_json: str = ""
    tmp_md: str = ""
    # The engine that produced this analysis (the offline engine after an LLM fallback): what the manifest
    # records, so a call that fell back is analyzed again on the next run.
    engine: tuple[str, str] | None = None
    usage: dict | None = None  # tokens spent (engines that call a model), summed in the summary line


_worker: dict = {}


def _init_worker(engine: str, engine_options: dict, reps: list[str], meeting_date: date | None, out: str) -> None:
    """Runs once per worker process: the engine (lexicons, compiled patterns) is built once, not per file."""
    from analyzer import extract

    _worker.update(
        engine=extract.get_engine(engine, **engine_options), reps=reps, meeting_date=meeting_date, out=Path(out)
    )
    if hasattr(_worker["engine"], "warm_up"):  # before threads race to load the same lexicons each
        _worker["engine"].warm_up()


def _analyze_chunk(jobs: list[tuple[int, str]]) -> list[Result]:
    from analyzer.gcpause import paused

    # Reports and JSON too make no reference cycles: no collector passes while a chunk is worked on.
    with paused():
        return [_analyze_one(i, src) for i, src in jobs]


def _analyze_one(index: int, source: str) -> Result:
    from analyzer.errors import AnalyzerError, InputError
    from analyzer.pipeline import analyze_file
    from analyzer.report import render

    res = Result(index=index, source=source)
    try:
        data = Path(source).read_bytes()
        res.digest = hashlib.sha256(data).hexdigest()
        analysis = analyze_file(
            source, reps=_worker["reps"], meeting_date=_worker["meeting_date"], engine=_worker["engine"], data=data
        )
        # The input's position makes the name unique: two inputs with the same bytes are common (copies).
        stem = f"{_TMP_PREFIX}{index}-{os.getpid()}"
        res.tmp_json = _write(_worker["out"] / f"{stem}.json", analysis.model_dump_json(indent=2))
        res.tmp_md = _write(_worker["out"] / f"{stem}.md", render(analysis, "md"))
        res.id = analysis.call.id
        res.engine = (analysis.engine.name, analysis.engine.version)
        if analysis.engine.usage is not None:
            res.usage = analysis.engine.usage.model_dump()
        res.row = {
            "id": analysis.call.id,
            "language": analysis.call.language,
            "meeting_date": analysis.call.meeting_date.isoformat(),
            "outcome": analysis.outcome,
            "no_specific_ask": str(analysis.no_specific_ask).lower(),
            "flags": ";".join(f.code for f in analysis.flags),
            "customer_actions": len(analysis.customer_actions),
            "asks": len(analysis.asks),
        }
    except InputError as e:
        res.status, res.error = "failed", e.reason
    except (AnalyzerError, OSError) as e:
        res.status, res.error = "failed", (e.strerror if isinstance(e, OSError) and e.strerror else str(e))
    except Exception as e:  # noqa: BLE001 — an engine bug on one file must not stop the other 999
        res.status, res.error = "failed", f"internal error: {type(e).__name__}: {e}"
    return res


def _write(path: Path, content: str) -> str:
    path.write_text(content, encoding="utf-8")
    return str(path)


# ------------------------------------------------------------------ manifest


def _fingerprint(digest: str, engine: str, version: str, options: dict) -> str:
    from analyzer.models import SCHEMA_VERSION

    opts = json.dumps(options, sort_keys=True, default=str)
    return f"sha256:{digest}|{engine}:{version}|schema:{SCHEMA_VERSION}|{opts}"


def _load_manifest(out: Path) -> dict[str, dict]:
    entries: dict[str, dict] = {}
    try:
        lines = (out / MANIFEST).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return entries
    for line in lines:
        try:
            e = json.loads(line)
            entries[e["source"]] = e
        except (ValueError, KeyError, TypeError):
            continue  # a line cut short by a killed run: that file is simply analyzed again
    return entries


def _atomic_write(path: Path, content: str) -> None:
    tmp = path.with_name(f"{_TMP_PREFIX}{path.name}")
    tmp.write_text(content, encoding="utf-8", newline="")
    os.replace(tmp, path)


def _today() -> date:
    return date.today()


_UNSAFE = re.compile(r"[^\w.-]+")


def safe_name(call_id: str) -> str:
    """A call id as a file name: no separators, no leading dot (ids come from file names and front matter)."""
    name = _UNSAFE.sub("_", call_id).strip("._") or "call"
    return name[:120]


# ------------------------------------------------------------------ the run


@dataclass
class Summary:
    out: Path
    analyzed: int = 0
    skipped: int = 0
    failed: int = 0
    usage: dict | None = None  # summed over the analyzed calls, whichever process analyzed them

    def line(self) -> str:
        total = self.analyzed + self.skipped + self.failed
        line = (
            f"{total} file(s): {self.analyzed} analyzed, {self.skipped} unchanged (skipped), "
            f"{self.failed} failed → {self.out}"
        )
        if self.usage is not None:
            u = {k: self.usage.get(k, 0) for k in ("requests", "cached", "input_tokens", "output_tokens")}
            line += (f"; LLM: {u['requests']} requests ({u['cached']} cached), {u['input_tokens']} tokens in, "
                     f"{u['output_tokens']} out")  # fmt: skip
        return line


def run(
    inputs: list[Path],
    out: Path,
    *,
    engine: str = "offline",
    engine_options: dict | None = None,
    reps: list[str] | None = None,
    meeting_date: date | None = None,
    jobs: int | None = None,
    force: bool = False,
    progress: bool = False,
    errors=None,
) -> Summary:
    """Analyze `inputs` into `out`. Failures are reported one line each to `errors` (default stderr) and in
    summary.csv; they never stop the run. `engine_options` must be picklable (they cross to the workers)."""
    from analyzer import extract

    engine_options = engine_options or {}
    reps = list(reps or [])
    out.mkdir(parents=True, exist_ok=True)
    for stale in out.glob(f"{_TMP_PREFIX}*"):  # left by a killed run
        stale.unlink(missing_ok=True)

    info = extract.get_engine(engine, **engine_options).info()
    options = {"reps": sorted(reps), "meeting_date": meeting_date}
    manifest = _load_manifest(out)
    results: list[Result | None] = [None] * len(inputs)
    todo: list[tuple[int, str]] = []
    for i, path in enumerate(inputs):
        key = str(path.resolve())
        old = manifest.get(key)
        if not force and old and (out / old["json"]).exists() and (out / old["md"]).exists():
            try:
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
            except OSError:
                digest = ""
            # A call dated "today" for want of a date resolves its relative dates differently tomorrow.
            stale_today = old.get("dated_today") not in (None, _today().isoformat())
            if old.get("fingerprint") == _fingerprint(digest, info.name, info.version, options) and not stale_today:
                results[i] = Result(index=i, source=str(path), status="skipped", id=old["id"], row=old["row"])
                continue
        todo.append((i, str(path)))

    # Names already owned by other sources (skipped now, or from earlier runs on other inputs).
    owners = {e["id_name"]: src for src, e in manifest.items() if "id_name" in e}
    summary = Summary(out=out)
    summary.skipped = sum(1 for r in results if r is not None)
    errors = errors or sys.stderr

    today = _today().isoformat()

    def finish(res: Result) -> None:
        results[res.index] = res
        if res.status == "failed":
            summary.failed += 1
            return
        key = str(Path(res.source).resolve())
        name = _claim(safe_name(res.id), key, owners)
        try:
            os.replace(res.tmp_json, out / f"{name}.json")
            os.replace(res.tmp_md, out / f"{name}.md")
        except OSError as e:  # out of space, permissions: this file fails, the run goes on
            res.status, res.error = "failed", f"cannot write {name}.json/.md: {e.strerror or e}"
            summary.failed += 1
            return
        engine_name, engine_version = res.engine or (info.name, info.version)
        entry = {
            "source": key,
            "fingerprint": _fingerprint(res.digest, engine_name, engine_version, options),
            "id": res.id,
            "id_name": name,
            "json": f"{name}.json",
            "md": f"{name}.md",
            "row": res.row,
            # Set when the meeting date may have been today's fallback (ingest's own date would match too,
            # which only costs one extra analysis tomorrow).
            "dated_today": today if meeting_date is None and res.row["meeting_date"] == today else None,
        }
        manifest[key] = entry
        with open(out / MANIFEST, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
        summary.analyzed += 1
        if res.usage is not None:
            total = summary.usage or {}
            summary.usage = {k: total.get(k, 0) + v for k, v in res.usage.items() if isinstance(v, int)}

    init_args = (engine, engine_options, reps, meeting_date, str(out))
    workers = max(1, min(jobs or os.cpu_count() or 1, len(todo)))
    pending = _execute(todo, workers, init_args)
    with _Progress(progress, len(inputs), summary.skipped) as bar:
        report = bar.log if progress else (lambda line: print(line, file=errors))
        # Results arrive as workers finish but are committed in input order, so that when two files
        # give the same call id the first one always gets the plain name.
        order, waiting, k = [i for i, _ in todo], {}, 0
        for res in pending:
            bar.advance()
            waiting[res.index] = res
            while k < len(order) and order[k] in waiting:
                done = waiting.pop(order[k])
                finish(done)
                if done.status == "failed":
                    report(f"analyzer: {done.source}: {done.error}")
                k += 1

    _atomic_write(out / MANIFEST, "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in manifest.values()))
    _write_summary(out, inputs, results)
    return summary


def _claim(name: str, source: str, owners: dict[str, str]) -> str:
    """`name`, or `name-2`, `name-3`, ... when another source already owns it (two files, one call id)."""
    candidate, n = name, 1
    while owners.get(candidate, source) != source:
        n += 1
        candidate = f"{name}-{n}"
    owners[candidate] = source
    return candidate


def _execute(todo: list[tuple[int, str]], workers: int, init_args: tuple) -> Iterator[Result]:
    """Start the work and return its results as they complete. The pool is forked here, before the caller
    starts the progress bar's thread. One worker (or one file) runs in-process: no fork, no pickling."""
    if not todo:
        return iter(())
    threads = _io_threads(init_args)
    if threads:
        return _threaded(todo, threads, workers, init_args)
    if workers == 1:
        return _in_process(todo, init_args)
    import multiprocessing

    # Fork where available: workers inherit the imported pipeline instead of importing it again.
    ctx = multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else None
    # Warmed here (lexicons, date rules), the forked workers inherit them instead of each building its own.
    _init_worker(*init_args)
    # Small chunks: fewer round trips than one file per task, still even work between the cores.
    size = max(1, min(8, len(todo) // (workers * 8)))
    pool = ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_worker, initargs=init_args)
    futures = {pool.submit(_analyze_chunk, todo[k : k + size]): todo[k : k + size] for k in range(0, len(todo), size)}
    return _drain(pool, futures)


def _io_threads(init_args: tuple) -> int:
    """An engine that waits on the network (the LLM engine) says how many calls may run at once
    (`io_concurrency`); those run in threads, several per worker process (`_threaded`). CPU-bound engines
    have no such attribute and get one call per worker process."""
    if init_args[0] == "offline":
        return 0
    from analyzer.extract import get_engine

    return int(getattr(get_engine(init_args[0], **init_args[1]), "io_concurrency", 0) or 0)


# Threads per request slot. The engine holds a slot only while its request is out, so a second thread per
# slot prepares the next call (ingest, windows) meanwhile and refills the slot the moment it frees; with one
# thread per slot every request waited for that CPU work first.
_THREADS_PER_SLOT = 2


def _threaded(todo: list[tuple[int, str]], threads: int, workers: int, init_args: tuple) -> Iterator[Result]:
    """`threads` requests in flight in all, spread over `workers` processes: the requests wait on the
    network, but ingest, the candidate windows and the report are CPU work that one process (one GIL)
    cannot spread over the cores. Each process gets its share of the engine's limit on requests in flight."""
    from concurrent.futures import ThreadPoolExecutor

    workers = max(1, min(workers, threads))
    if workers == 1:
        _init_worker(*init_args)
        pool = ThreadPoolExecutor(threads * _THREADS_PER_SLOT, thread_name_prefix="batch-io")
        futures = [pool.submit(_analyze_one, i, src) for i, src in todo]
        return _as_done(pool, futures)
    import multiprocessing

    share = threads // workers
    engine, options, *rest = init_args
    args = (engine, {**options, "max_concurrency": share}, *rest)
    _init_worker(*args)  # warmed here, the forked workers inherit loaded lexicons and calendars
    ctx = multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else None
    # A worker runs one task at a time, so a task is up to eight rounds of its share of requests: its slots
    # sit idle only while the last round of a task finishes (one round in eight), and results still come back
    # (manifest, progress) every few seconds of a long batch. A short batch is split evenly between workers.
    size = max(1, min(share * 8, -(-len(todo) // workers)))
    pool = ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_worker, initargs=args)
    tasks = [todo[k : k + size] for k in range(0, len(todo), size)]
    return _drain(pool, {pool.submit(_analyze_in_threads, t, share * _THREADS_PER_SLOT): t for t in tasks})


def _analyze_in_threads(jobs: list[tuple[int, str]], threads: int) -> list[Result]:
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(threads, thread_name_prefix="batch-io") as pool:
        return list(pool.map(lambda job: _analyze_one(*job), jobs))


def _as_done(pool, futures: list) -> Iterator[Result]:
    try:
        for fut in as_completed(futures):
            yield fut.result()
    finally:
        pool.shutdown(cancel_futures=True)


def _in_process(todo: list[tuple[int, str]], init_args: tuple) -> Iterator[Result]:
    _init_worker(*init_args)
    for i, src in todo:
        yield _analyze_one(i, src)


def _drain(pool: ProcessPoolExecutor, futures: dict) -> Iterator[Result]:
    from concurrent.futures.process import BrokenProcessPool

    try:
        for fut in as_completed(futures):
            try:
                yield from fut.result()
            except BrokenProcessPool as e:  # a worker died (out of memory, killed): its files fail, others go on
                for i, src in futures[fut]:
                    yield Result(index=i, source=src, status="failed", error=f"worker process died: {e}")
    finally:
        pool.shutdown(cancel_futures=True)


def _write_summary(out: Path, inputs: list[Path], results: list[Result | None]) -> None:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=SUMMARY_COLUMNS, lineterminator="\n")
    w.writeheader()
    for path, res in zip(inputs, results):
        row = {"file": str(path), "status": "failed", "error": "not run"}
        if res is not None:
            row |= res.row | {"status": res.status, "error": res.error}
            row["id"] = res.row.get("id", res.id)
        w.writerow(row)
    _atomic_write(out / SUMMARY, buf.getvalue())


class _Progress:
    """A rich progress bar on stderr, or nothing. rich.progress is imported only when a bar is shown."""

    def __init__(self, enabled: bool, total: int, done: int):
        self.enabled, self.total, self.done = enabled, total, done

    def __enter__(self):
        if self.enabled:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self._console = Console(stderr=True)
            self._bar = Progress(
                TextColumn("analyzing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                console=self._console, transient=False,
            )  # fmt: skip
            self._bar.start()
            self._task = self._bar.add_task("batch", total=self.total, completed=self.done)
        return self

    def advance(self) -> None:
        if self.enabled:
            self._bar.advance(self._task)

    def log(self, line: str) -> None:
        # Above the bar, unwrapped and unstyled: one failure, one line, whatever the terminal width.
        self._console.print(line, markup=False, highlight=False, soft_wrap=True)

    def __exit__(self, *exc):
        if self.enabled:
            self._bar.stop()
        return False
