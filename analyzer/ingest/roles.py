"""Speaker roles: the `reps` option, else front matter, else labels, else inference from what each one says.

Inference scores each speaker with the cue lists in `role_cues.py` (+0.5 for opening and for closing the
call): net = rep cues − customer cues. The rep is whoever leads every other speaker by at least 2, and
anyone whose net is at least 2; once a rep is found, speakers below 1 are customers. Anything less
clear-cut stays "unknown" with a warning: a wrong role would invert every finding, so we never guess.
"""

from __future__ import annotations

import re
from collections import defaultdict

from analyzer.ingest import role_cues as cues
from analyzer.ingest.parsed import RawTurn
from analyzer.models import Participant

_REP = re.compile("|".join(f"(?:{c})" for c in cues.REP_CUES), re.I)
_CUSTOMER = re.compile("|".join(f"(?:{c})" for c in cues.CUSTOMER_CUES), re.I)
_TOKENS = re.compile(r"[a-z0-9]+|[\u3400-\u9fff]+")
MIN_NET = 2.0
MIN_LEAD = 2.0
# Evidence saturates long before an hour-long call ends; scoring at most this many turns per speaker
# keeps a 10 MB file from spending seconds on role cues.
MAX_TURNS_SCORED = 400


def _names(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [n.strip() for n in re.split(r"[,，、;；]", value) if n.strip()]
    if isinstance(value, (list, tuple)):
        return [str(v).strip() for v in value if str(v).strip()]
    return [str(value)]


def role_word(value) -> str | None:
    return cues.ROLE_WORDS.get(str(value).strip().casefold()) if value is not None else None


def label_role(label: str) -> str | None:
    """'Sales', '销售-张伟', 'Customer (Wang)', '客户' decide the side; names do not."""
    low = label.casefold()
    words = set(_TOKENS.findall(low))
    if any(p in low for p in cues.REP_LABEL_PHRASES) or words & cues.REP_LABEL_WORDS:
        return "rep"
    if any(p in low for p in cues.CUSTOMER_LABEL_PHRASES) or words & cues.CUSTOMER_LABEL_WORDS:
        return "customer"
    return None


def name_matches(given: str, speaker: str) -> str | None:
    """'exact', 'partial' ("Lisa" ~ "Lisa Chen", "张伟" ~ "销售张伟") or None."""
    g, s = given.strip().casefold(), speaker.strip().casefold()
    if not g or not s:
        return None
    if g == s:
        return "exact"
    gt, st = _TOKENS.findall(g), _TOKENS.findall(s)
    short, long_ = (gt, st) if len(gt) <= len(st) else (st, gt)
    if short and all(t in long_ for t in short):
        return "partial"
    shorter, longer = sorted((g, s), key=len)
    if len(shorter) >= 2 and re.fullmatch(r"[\u3400-\u9fff]+", shorter) and shorter in longer:
        return "partial"
    return None


def _match_reps(reps: list[str], speakers: list[str], warnings: list[str]) -> set[str]:
    found: set[str] = set()
    for rep in reps:
        exact = [s for s in speakers if name_matches(rep, s) == "exact"]
        partial = [s for s in speakers if name_matches(rep, s) == "partial"]
        if exact or len(partial) == 1:
            found.update(exact or partial)
        elif len(partial) > 1:
            warnings.append(f"rep name {rep!r} matches several speakers ({', '.join(partial)}); give the full name")
        else:
            warnings.append(f"rep name {rep!r} is not among the speakers ({', '.join(speakers)})")
    return found


def _declared(meta: dict) -> dict[str, str]:
    """Front matter `participants`: [{name, role}], {name: role} or ['Lisa (rep)']."""
    out: dict[str, str] = {}
    value = meta.get("participants")
    if isinstance(value, dict):
        value = [{"name": k, "role": v} for k, v in value.items()]
    for p in value if isinstance(value, list) else []:
        if isinstance(p, dict) and p.get("name"):
            role = role_word(p.get("role"))
            if role:
                out[str(p["name"])] = role
        elif isinstance(p, str):
            m = re.fullmatch(r"\s*(.+?)\s*[(（]\s*([^)）]+)\s*[)）]\s*", p)
            if m and role_word(m.group(2)):
                out[m.group(1)] = role_word(m.group(2))
    return out


def score(turns: list[RawTurn]) -> dict[str, float]:
    """Net rep score per speaker: rep cues − customer cues, +0.5 for opening and +0.5 for closing the call."""
    net: dict[str, float] = defaultdict(float)
    seen: dict[str, int] = defaultdict(int)
    for t in turns:
        if t.speaker and seen[t.speaker] < MAX_TURNS_SCORED:
            seen[t.speaker] += 1
            net[t.speaker] += len(_REP.findall(t.text)) - len(_CUSTOMER.findall(t.text))
    spoken = [t.speaker for t in turns if t.speaker]
    if spoken:
        net[spoken[0]] += 0.5
        net[spoken[-1]] += 0.5
    return dict(net)


def _infer(speakers: list[str], turns: list[RawTurn], known_rep: bool) -> dict[str, str]:
    net = score(turns)
    ranked = sorted(speakers, key=lambda s: -net.get(s, 0.0))
    if len(speakers) == 1:
        s = speakers[0]
        n = net.get(s, 0.0)
        return {s: "rep" if n >= MIN_NET else "customer" if known_rep or n <= -MIN_NET else "unknown"}
    if len(speakers) == 2 and not known_rep:
        top, other = ranked
        if net.get(top, 0) - net.get(other, 0) >= MIN_LEAD:
            return {top: "rep", other: "customer"}
        return {s: "unknown" for s in speakers}
    out = {}
    top, second = ranked[0], ranked[1]
    # As in a two-person call, a speaker who out-sells everyone else by MIN_LEAD is the rep.
    leader = top if not known_rep and net.get(top, 0) - net.get(second, 0) >= MIN_LEAD else None
    found_rep = known_rep or leader is not None or any(net.get(s, 0.0) >= MIN_NET for s in speakers)
    for s in speakers:
        n = net.get(s, 0.0)
        if n >= MIN_NET or s == leader:
            out[s] = "rep"
        elif n <= 0 or known_rep or (found_rep and n < 1):
            # Once someone clearly sells, a speaker with (almost) no selling cues is on the buying side.
            out[s] = "customer"
        else:
            out[s] = "unknown"
    if not known_rep and not any(r == "rep" for r in out.values()):
        return {s: "unknown" for s in speakers}
    return out


def assign_roles(
    turns: list[RawTurn], reps: list[str], meta: dict
) -> tuple[dict[str, str], list[Participant], list[str]]:
    """Return (role by speaker, participants in order of first appearance, warnings)."""
    speakers = list(dict.fromkeys(t.speaker for t in turns if t.speaker))
    if not speakers:
        return {}, [], []
    warnings: list[str] = []
    roles: dict[str, str] = {}
    given = list(reps) or _names(meta.get("reps")) or _names(meta.get("rep"))
    rep_set = _match_reps(given, speakers, warnings) if given else set()
    for name, role in _declared(meta).items():
        for s in speakers:
            if name_matches(name, s) == "exact" or (s not in roles and name_matches(name, s)):
                roles[s] = role
    hints = {t.speaker: role_word(t.role_hint) for t in turns if t.speaker and t.role_hint}
    for s in speakers:
        if s in rep_set:
            roles[s] = "rep"
        elif s not in roles:
            decided = hints.get(s) or label_role(s)
            if decided:
                roles[s] = decided
    if rep_set:
        for s in speakers:
            roles.setdefault(s, "customer")  # the user named the reps: everyone else is the customer's side
    undecided = [s for s in speakers if s not in roles]
    if undecided:
        known_rep = any(r == "rep" for r in roles.values())
        if len(speakers) == 2 and len(undecided) == 1:
            # One side is known in a two-person call: the other person is the other side.
            roles[undecided[0]] = "customer" if known_rep else "rep"
        else:
            roles.update(_infer(undecided, turns, known_rep))
    unknown = [s for s in speakers if roles[s] == "unknown"]
    if unknown:
        warnings.append(
            f"could not tell rep from customer for {', '.join(unknown)}: pass --rep NAME or front matter 'reps'"
        )
    return roles, [Participant(name=s, role=roles[s]) for s in speakers], warnings
