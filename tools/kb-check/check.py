#!/usr/bin/env python3
"""Consistency check for data/actors/*.yaml (format: docs/actor-kb.md). Run from the repo root."""
import datetime, pathlib, re, sys
import yaml

ROOT = pathlib.Path(__file__).resolve().parents[2] / "data" / "actors"
FILES = ["states.yaml", "bodies.yaml", "organisations.yaml", "armed-groups.yaml", "people.yaml"]
TYPES = {"state", "historical_state", "body", "organisation", "armed_group", "movement", "person"}
SECTORS = {"GOV", "MIL", "JUD", "LEG", "SPY", "BUS", "MED", "EDU", "NGO", "IGO", "INS", "REB", "CVL", "COP"}
DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
ID = {"state": re.compile(r"^[A-Z]{3}$"), "historical_state": re.compile(r"^[A-Z]{3}$"),
      "body": re.compile(r"^[A-Z]{3}(\.[A-Z0-9-]+)+$"), "organisation": re.compile(r"^org\.[a-z0-9-]+(\.[a-z0-9-]+)*$"),
      "armed_group": re.compile(r"^grp\.[a-z0-9-]+$"), "movement": re.compile(r"^grp\.[a-z0-9-]+$"),
      "person": re.compile(r"^per\.[a-z0-9-]+$")}
errors, ids, refs = [], {}, []
gov_ids = set()  # ids of `governments` entries nested in states.yaml

def d(v, where):
    if v is None: return None
    if isinstance(v, (datetime.date, int)): v = str(v)
    if not isinstance(v, str) or not DATE.match(v):
        errors.append(f"{where}: bad date {v!r}"); return None
    if len(v) == 10:
        try: datetime.date.fromisoformat(v)
        except ValueError: errors.append(f"{where}: impossible date {v}")
    return v

def interval(m, where):
    f, t = d(m.get("from"), where), d(m.get("to"), where)
    if f and t and t < f: errors.append(f"{where}: to {t} before from {f}")

def strlist(e, key, where):
    v = e.get(key)
    if v is None: return
    if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() == x and x for x in v):
        errors.append(f"{where}: {key} must be a list of trimmed strings: {v!r}")
    elif len(set(v)) != len(v): errors.append(f"{where}: duplicate in {key}")

for fn in FILES:
    p = ROOT / fn
    if not p.exists(): print(f"(missing {fn})"); continue
    doc = yaml.safe_load(p.read_text(encoding="utf-8"))
    kind = doc.get("kind")
    for e in doc.get("actors") or []:
        where = f"{fn}:{e.get('id')}"
        t = e.get("type", kind)
        if t not in TYPES: errors.append(f"{where}: type {t}")
        i = e.get("id")
        if not i or not e.get("name"): errors.append(f"{where}: id/name required"); continue
        if not ID[t].match(i): errors.append(f"{where}: id does not follow the {t} pattern")
        if i in ids: errors.append(f"{where}: duplicate id (also in {ids[i]})")
        ids[i] = fn
        for k in ("aliases", "acronyms", "demonyms", "adjectives", "metonyms", "generic"): strlist(e, k, where)
        if e["name"] in (e.get("aliases") or []): errors.append(f"{where}: alias repeats the name")
        if "valid" in e: interval(e["valid"], where + ".valid")
        if e.get("un_from") is not None: d(e["un_from"], where + ".un_from")
        for k in ("parent", "country"):
            if e.get(k): refs.append((where, k, e[k]))
        if e.get("sector") and e["sector"] not in SECTORS: errors.append(f"{where}: sector {e['sector']}")
        for g in e.get("governments") or []:
            interval(g, where + ".governments")
            if g.get("id"):
                if g["id"] in ids: errors.append(f"{where}: duplicate government id {g['id']}")
                ids[g["id"]] = fn
                gov_ids.add(g["id"])
            if g.get("actor"): refs.append((where, "governments.actor", g["actor"]))
        for m in e.get("members") or []:
            interval(m, where + ".members"); refs.append((where, "members.actor", m.get("actor")))
        for r in e.get("roles") or []:
            interval(r, where + ".roles")
            if r.get("of"): refs.append((where, "roles.of", r["of"]))
            if r.get("sector") and r["sector"] not in SECTORS: errors.append(f"{where}: role sector {r['sector']}")
            if t == "person" and not r.get("title"): errors.append(f"{where}: role without title")
            if t != "person" and not r.get("role"): errors.append(f"{where}: role without role")
            strlist(r, "titles", where + ".roles")
        for g in e.get("designations") or []:
            interval(g, where + ".designations"); refs.append((where, "designations.by", g.get("by")))
            if not g.get("list"): errors.append(f"{where}: designation without list")

for where, k, v in refs:
    if v not in ids: errors.append(f"{where}: {k} -> unknown id {v!r}")

for where, k, v in refs:
    if v in gov_ids: print(f"warning: {where}: {k} -> nested government id {v}")

# no 10-word run may be shared with the copyrighted seed articles (../shared/seeds)
seeds = ROOT.parents[2] / "shared" / "seeds"
if seeds.is_dir():
    words = lambda t: re.findall(r"[a-z0-9']+", t.lower().replace("\u2019", "'"))
    runs = set()
    for f in seeds.glob("*.txt"):
        w = words(f.read_text(encoding="utf-8"))
        runs.update(tuple(w[i:i + 10]) for i in range(len(w) - 9))
    for fn in FILES:
        p = ROOT / fn
        if p.exists():
            w = words(p.read_text(encoding="utf-8"))
            for i in range(len(w) - 9):
                if tuple(w[i:i + 10]) in runs: errors.append(f"{fn}: shares a 10-word run with a seed: {' '.join(w[i:i + 10])}")

# the same alias on two actors makes linking ambiguous; report as warnings
seen = {}
for fn in FILES:
    p = ROOT / fn
    if not p.exists(): continue
    for e in yaml.safe_load(p.read_text(encoding="utf-8")).get("actors") or []:
        v = e.get("valid") or {}
        span = (str(v.get("from") or "0000"), str(v.get("to") or "9999"))
        for n in [e["name"]] + (e.get("aliases") or []) + (e.get("acronyms") or []):
            seen.setdefault(n, []).append((e["id"], span))

def overlapping(entries):
    return any(a[0] != b[0] and a[1][0] < b[1][1] and b[1][0] < a[1][1]
               for i, a in enumerate(entries) for b in entries[i + 1:])

warn = [f"{n}: {[i for i, _ in v]}" for n, v in seen.items() if overlapping(v)]
for w in warn: print("warning: shared name", w)
for x in errors: print("ERROR", x)
print(f"{len(ids)} ids, {len(errors)} errors, {len(warn)} shared names")
sys.exit(1 if errors else 0)
