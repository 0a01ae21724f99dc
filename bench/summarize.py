#!/usr/bin/env python3
"""Turns bench/run's measurements into a table, checks Jejak's rates, and writes BENCHMARKS.md.

    python3 bench/summarize.py OUT_DIR SCALE "COMMAND LINE"

Reads OUT_DIR/results.tsv (name, wall seconds, max RSS KB), OUT_DIR/facts.tsv and OUT_DIR/logs/*.out, and the same
from the growth run (`BENCH_SCALE=growth`, 5M graduates) in OUT_DIR's sibling folder `growth` when there is one.
Exits 1 when Jejak's wave-6 rates per programme differ from pandas' or from the generator's truth,
or when the survey ingest recorded a different number of answers than the generator wrote (in either run).
Hand-written analysis in bench/notes.md is copied into BENCHMARKS.md after the figures.
"""
import csv
import re
import datetime
import json
import os
import platform
import subprocess
import sys

out, scale, command = sys.argv[1], sys.argv[2], sys.argv[3]
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def results(folder):
    """name -> (wall seconds, peak RSS MB), and the run's facts."""
    measured = {name: (float(wall), int(rss) / 1024) for name, wall, rss in csv.reader(open(os.path.join(folder, "results.tsv")), delimiter="\t")}
    return measured, dict(csv.reader(open(os.path.join(folder, "facts.tsv")), delimiter="\t"))


R, F = results(out)


def log(name, folder=out):
    return open(os.path.join(folder, "logs", name + ".out")).read()


def wall(name):
    return R[name][0] if name in R else None


def rss(name):
    return R[name][1] if name in R else None


problems = []
rows = []  # (measurement, size, jejak, peer, ratio/target, verdict)


def verdict(ok, miss):
    return "met" if ok else "MISSED (" + miss + ")"


# 1. registration import
n = int(F["import_rows"])
imp = json.loads(log("register-import"))
t = wall("register-import")
ok = n / t >= 100_000 and rss("register-import") < 300
rows.append(("registration import (one file, one class)", f"{n:,} rows", f"{t:.2f} s, {n / t:,.0f} rows/s, {rss('register-import'):.0f} MB",
             "—", "≥ 100,000 rows/s, peak < 300 MB",
             verdict(ok, ", ".join([f"{100_000 / (n / t):.1f}× too slow" if n / t < 100_000 else "speed met",
                                    f"{rss('register-import') / 300:.1f}× the memory" if rss("register-import") >= 300 else "memory met"]))))
t2 = wall("register-reimport")
rows.append(("same file again (nothing new)", f"{n:,} rows", f"{t2:.2f} s, {n / t2:,.0f} rows/s, {rss('register-reimport'):.0f} MB", "—", "—", ""))
if imp["accepted"] + imp["waitlisted"] + imp["rejected"] != n:
    problems.append(f"register import decided {imp['accepted'] + imp['waitlisted'] + imp['rejected']} rows of {n}")
rows.append(("build graduates DB via CLI (all classes: add, import, enroll, graduate; campaigns)",
             f"{int(F['gen_graduates']):,} graduates, {int(F['gen_classes'])} classes", f"{wall('build-graduates-db'):.1f} s, {rss('build-graduates-db'):.0f} MB", "—", "—", ""))

# 2. ingest
m = int(F["chat_messages"])
mb = int(F["chat_bytes"]) / 1e6
peers = {}
for p in ("peer-whatstk", "peer-chatminer"):
    if p in R:
        parse_s = float(log(p).split("parse_s=")[1].split()[0])
        peers[p] = (wall(p), parse_s, rss(p))
fastest = min(peers.values(), key=lambda v: v[0]) if peers else None
ti, tr = wall("ingest-chat"), wall("reingest-chat")
ing = json.loads(log("ingest-chat"))
re_ = json.loads(log("reingest-chat"))
if fastest:
    peer_rate = m / fastest[0]
    rows.append(("WhatsApp ingest, end to end into SQLite", f"{m:,} msgs, {mb:.0f} MB",
                 f"{ti:.2f} s, {m / ti:,.0f} msg/s, {mb / ti:.1f} MB/s, {rss('ingest-chat'):.0f} MB",
                 f"whatstk {peers['peer-whatstk'][0]:.1f} s ({m / peers['peer-whatstk'][0]:,.0f} msg/s), {peers['peer-whatstk'][2]:.0f} MB",
                 f"{(m / ti) / peer_rate:.1f}× the faster peer (target ≥ 5×)", verdict((m / ti) / peer_rate >= 5, f"{5 / ((m / ti) / peer_rate):.1f}× short")))
    rows.append(("re-ingest, same file (all duplicates)", f"{m:,} msgs",
                 f"{tr:.2f} s, {m / tr:,.0f} msg/s, {rss('reingest-chat'):.0f} MB", "—",
                 f"{ti / tr:.2f}× the first ingest (target ≥ 1×)", verdict(tr <= ti * 1.05, f"{tr / ti:.2f}× slower")))
    if "peer-chatminer" in peers:
        cm = peers["peer-chatminer"]
        rows.append(("peer: chat-miner on the same file", f"{m:,} msgs", "—", f"{cm[0]:.1f} s wall, {cm[1]:.1f} s parse, {cm[2]:.0f} MB",
                     f"Jejak is {cm[0] / ti:.1f}× faster", ""))
    w = peers["peer-whatstk"]
    if "parse-only" in R:
        ps = float(log("parse-only").split("parse_s=")[1].split()[0])
        ratio = (m / ps) / (m / w[1])
        rows.append(("parse only (jejak-bench-data parse: Jejak's parser, no database)", f"{m:,} msgs",
                     f"{ps:.2f} s parse, {m / ps:,.0f} msg/s, {rss('parse-only'):.0f} MB",
                     f"whatstk parse only {w[1]:.1f} s, {m / w[1]:,.0f} msg/s", f"{ratio:.1f}× whatstk (target ≥ 10×)",
                     verdict(ratio >= 10, f"{10 / ratio:.1f}× short")))
    else:
        rows.append(("peer: whatstk parse only (no interpreter start)", f"{m:,} msgs", "—", f"{w[1]:.1f} s, {m / w[1]:,.0f} msg/s",
                     "parse-only target ≥ 10× this", "not measured"))
if re_["skipped_duplicates"] + re_.get("new_messages", 0) != re_["messages"] + re_["system"]:
    problems.append("re-ingest: duplicates + new != messages + system")
if re_.get("new_messages", 0) != 0:
    problems.append(f"re-ingest added {re_['new_messages']} messages")
for kind, name in (("telegram", "Telegram"), ("instagram", "Instagram")):
    if f"ingest-{kind}-small" not in R or f"ingest-{kind}-large" not in R:
        continue
    sizes = {k: int(F[f"{kind}_{k}_bytes"]) / 1e6 for k in ("small", "large")}
    msgs = {k: int(F[f"{kind}_{k}_messages"]) for k in ("small", "large")}
    small, large = rss(f"ingest-{kind}-small"), rss(f"ingest-{kind}-large")
    for k in ("small", "large"):
        tk = wall(f"ingest-{kind}-{k}")
        rows.append((f"{name} JSON ingest ({'10' if k == 'small' else '500'} MB thread), streamed", f"{msgs[k]:,} msgs, {sizes[k]:,.0f} MB",
                     f"{tk:.1f} s, {msgs[k] / tk:,.0f} msg/s, peak RSS {rss(f'ingest-{kind}-{k}'):.0f} MB", "—",
                     "peak flat in file size" if k == "large" else "—",
                     verdict(large < 2 * small + 100, f"{large / small:.1f}× the small file's peak for {sizes['large'] / sizes['small']:.0f}× the size") if k == "large" else ""))
if "ingest-1gb" in R:
    bm = int(F["big_messages"]); bb = int(F["big_bytes"]) / 1e6; tb = wall("ingest-1gb")
    rows.append(("ingest of a ~1 GB export", f"{bm:,} msgs, {bb:,.0f} MB", f"{tb:.1f} s, {bm / tb:,.0f} msg/s, peak RSS {rss('ingest-1gb'):.0f} MB",
                 "—", "peak RSS < 300 MB", verdict(rss("ingest-1gb") < 300, f"{rss('ingest-1gb') / 300:.1f}× over")))

sur = json.loads(log("ingest-survey-replies"))
ts = wall("ingest-survey-replies")
rows.append(("survey ingest: all chat exports of the dataset", f"{sur['files']} files, {sur['messages']:,} msgs",
             f"{ts:.1f} s, {sur['messages'] / ts:,.0f} msg/s, {rss('ingest-survey-replies'):.0f} MB; {sur['answers']:,} answers, "
             f"{sur['needs_review']:,} to review", "—", "—", ""))


def check_answers(folder, facts, run):
    recorded = json.loads(log("ingest-survey-replies", folder))["answers"]
    if recorded != int(facts["gen_answers"]):
        problems.append(f"{run}survey ingest recorded {recorded} answers; the generator wrote {facts['gen_answers']}")


check_answers(out, F, "")

# 3. rates
graduates = f"{int(F['gen_graduates']):,} graduates"
if "rates-summary-build" in R:
    rows.append(("first question after the bulk load (builds wave 6's summary once)", graduates,
                 f"{wall('rates-summary-build'):.1f} s, {rss('rates-summary-build'):.0f} MB", "—", "—", ""))
pandas = wall("pandas-rates")
for name in ("program", "class", "kecamatan", "campaign", "channel", "gender", "age-group", "program+gender"):
    if f"rates-{name}-cold" not in R:
        continue
    cold = wall(f"rates-{name}-cold")
    warm = min(wall(f"rates-{name}-warm{i}") for i in (1, 2, 3))
    dropped = F.get(f"cold_{name}") == "dropped"
    target = 0.5 if name == "program" else 1.0
    goal = f"cold ≤ {target * 1000:.0f} ms" + (", ≥ 10× pandas" if name == "program" else "")
    met = cold <= target and (name != "program" or pandas / cold >= 10)
    rows.append((f"jejak rates --by {name.replace('+', ' --by ')} --wave 6", graduates,
                 f"cold{'' if dropped else '*'} {cold * 1000:,.0f} ms, warm {warm * 1000:,.0f} ms, {rss(f'rates-{name}-cold'):.0f} MB",
                 f"pandas (CSV) {pandas * 1000:,.0f} ms; Jejak {pandas / cold:.1f}× faster" if name == "program" else "—",
                 goal, verdict(met, f"cold {cold / target:.1f}× the target")))
# 4. report
if "report-2025" in R:
    if "report-summary-build" in R:
        rows.append(("jejak report, first run (builds the summaries of waves 0, 3 and 12)", "",
                     f"{wall('report-summary-build'):.1f} s, {rss('report-summary-build'):.0f} MB", "—", "—", ""))
    rows.append(("jejak report --period 2025 --format html, after a write", graduates, f"{wall('report-2025'):.2f} s, {rss('report-2025'):.0f} MB", "—", "≤ 3 s",
                 verdict(wall("report-2025") <= 3, f"{wall('report-2025') / 3:.1f}× over")))
else:
    rows.append(("jejak report", "", "skipped: " + F.get("report_skipped", "?"), "", "≤ 3 s", ""))

# 5. the API under load (wrk output: "Requests/sec: N" and the 99% latency line)
def wrk(name):
    path = os.path.join(out, "logs", name + ".out")
    if not os.path.exists(path):
        return None
    text = open(path).read()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    value, unit = re.search(r"99%\s+([\d.]+)(us|ms|s)", text).groups()
    p99 = float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    return rps, p99, int(errors.group(1)) if errors else 0


constant, warm, loaded = wrk("wrk-constant"), wrk("wrk-rates-warm"), wrk("wrk-rates-ingest")
if constant and warm:
    graduates = f"{int(F['gen_graduates']):,} graduates"
    rows.append(("jejak serve: GET /api/rates?by=program&wave=6, warm (wrk -t2 -c50 -d10s)", graduates,
                 f"{warm[0]:,.0f} req/s, p99 {warm[1]:.1f} ms" + (f", {warm[2]} errors" if warm[2] else ""),
                 f"constant route {constant[0]:,.0f} req/s, p99 {constant[1]:.1f} ms",
                 f"{warm[0] / constant[0]:.2f}× the constant route (target ≥ 10,000 req/s, p99 < 20 ms)",
                 verdict(warm[0] >= 10_000 and warm[1] < 20 and not warm[2], f"{warm[0]:,.0f} req/s, p99 {warm[1]:.1f} ms")))
    if wall("api-rates-first") is not None:
        rows.append(("jejak serve: the same, first request (computes the table)", graduates, f"{wall('api-rates-first'):.1f} s", "—",
                     "the API's JSON = `jejak rates --format json`: " + F.get("api_equals_cli", "?"), ""))
    if F.get("api_equals_cli") == "no":
        problems.append("GET /api/rates did not return the bytes of jejak rates --format json")
if loaded:
    rows.append(("jejak serve: the same while `jejak survey ingest` writes to the file", f"{int(F['chat_messages']):,}-message ingest",
                 f"{loaded[0]:,.0f} req/s, p99 {loaded[1]:.1f} ms" + (f", {loaded[2]} errors" if loaded[2] else "")
                 + ("" if F.get("ingest_running_at_end") == "yes" else " (the ingest ended before wrk did)"),
                 "—", f"{loaded[0] / constant[0]:.2f}× the constant route (target p99 < 1 s)",
                 verdict(loaded[1] < 1000 and not loaded[2], f"p99 {loaded[1]:,.0f} ms")))

# --- agreement of the numbers ----------------------------------------------------------------
def agreement(folder, run=""):
    """Per programme: Jejak's wave-6 figures, and whether they equal pandas' and the generator's truth."""
    programs = {r["code"]: r["name"] for r in csv.DictReader(open(os.path.join(folder, "data", "programs.csv")))}
    jj = json.loads(log("rates-program-cold", folder))
    pd_ = json.loads(log("pandas-rates", folder))["groups"]
    truth = json.loads(log("truth-rates", folder))["groups"]
    agree = []
    for g in jj["groups"]:
        key = g["key"].get("program")
        code = key if key in programs else next((c for c, nme in programs.items() if nme == key), key)
        fields = ("graduates", "respondents", "employed", "self_employed", "employment_rate")
        mine = [g[f] for f in fields]
        theirs = [pd_.get(code, {}).get(f) for f in fields]
        true_ = [truth.get(code, {}).get(f) for f in fields]
        same = all(abs(a - b) < 1e-9 for a, b in zip(mine, theirs) if b is not None) and None not in theirs
        same_truth = all(abs(a - b) < 1e-9 for a, b in zip(mine, true_) if b is not None) and None not in true_
        agree.append((code, mine, same, same_truth))
        if not same:
            problems.append(f"{run}{code}: jejak {mine} vs pandas {theirs}")
        if not same_truth:
            problems.append(f"{run}{code}: jejak {mine} vs truth {true_}")
    if len(jj["groups"]) != len(pd_):
        problems.append(f"{run}jejak has {len(jj['groups'])} programme groups, pandas {len(pd_)}")
    return agree


agree = agreement(out)

# --- growth: the same work at 5M graduates (BENCH_SCALE=growth), beside this run --------------
growth_dir = os.path.join(os.path.dirname(os.path.abspath(out)), "growth")
growth = []  # rows of the growth table
growth_agree = None
if scale == "full" and os.path.exists(os.path.join(growth_dir, "results.tsv")):
    G, GF = results(growth_dir)
    factor = int(GF["gen_graduates"]) / int(F["gen_graduates"])
    check_answers(growth_dir, GF, "growth run: ")
    growth_agree = agreement(growth_dir, "growth run: ")
    steps = [("build graduates DB via CLI", "build-graduates-db", False), ("survey ingest of every class's exports", "ingest-survey-replies", False),
             ("first question after the bulk load (wave 6's summary)", "rates-summary-build", False)]
    steps += [(f"jejak rates --by {name.replace('+', ' --by ')} --wave 6, cold", f"rates-{name}-cold", True)
              for name in ("program", "class", "kecamatan", "campaign", "channel", "gender", "age-group", "program+gender")]
    steps += [("jejak report, first run (waves 0, 3 and 12's summaries)", "report-summary-build", False),
              ("jejak report --period 2025 --format html, after a write", "report-2025", True),
              ("pandas reading the CSVs (wave 6 per programme)", "pandas-rates", False)]
    for label, name, goal in steps:
        if name not in R or name not in G:
            continue
        small, large = R[name][0], G[name][0]
        ratio = large / small if small else float("inf")
        growth.append((label, f"{small:,.2f} s, {R[name][1]:.0f} MB", f"{large:,.2f} s, {G[name][1]:.0f} MB", f"{ratio:.1f}×",
                       verdict(ratio <= factor, f"{ratio / factor:.1f}× worse than linear") if goal else ""))


def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout.strip()
    except Exception:
        return "?"


cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
machine = [f"- CPU: {cpu}, `nproc` = {sh('nproc')}",
           "- Memory (`free -g`):", "", "```", sh("free -g"), "```", "",
           f"- OS: {sh('. /etc/os-release && echo $PRETTY_NAME')}, kernel {platform.release()}",
           f"- Swift: {sh('swift --version 2>&1 | head -1')}",
           "- Python peers: " + sh(os.path.join(root, "bench/venv/bin/pip") + " list 2>/dev/null | grep -Ei '^(whatstk|chat-miner|pandas) ' | tr -s ' ' | paste -sd, -"),
           f"- Date: {datetime.datetime.fromtimestamp(os.path.getmtime(os.path.join(out, 'results.tsv')), datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')} (the run's end)",
           f"- Command: `{command.strip()}` (scale `{scale}`)"]

table = ["| measurement | size | Jejak | peer | ratio / target | verdict |", "|---|---|---|---|---|---|"]
table += ["| " + " | ".join(r) + " |" for r in rows]
check = ["| programme | graduates | respondents | employees | self-employed | employment rate | = pandas | = truth |",
         "|---|---|---|---|---|---|---|---|"]
check += [f"| {c} | {m[0]:,} | {m[1]:,} | {m[2]:,} | {m[3]:,} | {m[4]:.4f} | {'yes' if s else 'NO'} | {'yes' if t else 'NO'} |"
          for c, m, s, t in agree]
print("\n".join(table))
print()
print("\n".join(check))
growth_section = ""
if growth:
    n1, n5 = f"{int(F['gen_graduates']):,}", f"{int(GF['gen_graduates']):,}"
    gtable = [f"| work | {n1} graduates (this run) | {n5} graduates (growth run) | time ratio | goal: no worse than linear |", "|---|---|---|---|---|"]
    gtable += ["| " + " | ".join(r) + " |" for r in growth]
    gdate = datetime.datetime.fromtimestamp(os.path.getmtime(os.path.join(growth_dir, "results.tsv")), datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    gcommand = open(os.path.join(growth_dir, "command.txt")).read().strip() if os.path.exists(os.path.join(growth_dir, "command.txt")) else "BENCH_SCALE=growth bench/run"
    gsame = all(s and t for _, _, s, t in growth_agree)
    gen5 = ", ".join(f"{k[4:]} {int(v):,}" for k, v in sorted(GF.items()) if k.startswith("gen_"))
    growth_section = f"""## Growth: {n5} graduates against this run's {n1}

`{gcommand}`, run on the same machine ({gdate}); data: {gen5}. The same commands as above, on {factor:g} times
the graduates (and classes, registrations and replies); a step grows no worse than linearly when its time ratio is at
most {factor:g}×. Cold = first run after a write, as above.

{chr(10).join(gtable)}

Wave 6 per programme at {n5} graduates: {"every programme's figures equal pandas' and the generator's truth." if gsame else "**disagreements, listed below.**"}
"""
    print()
    print(growth_section)
for p in problems:
    print("PROBLEM:", p)

notes_path = os.path.join(root, "bench", "notes.md")
notes = open(notes_path).read() if os.path.exists(notes_path) else ""
gen = ", ".join(f"{k[4:]} {int(v):,}" for k, v in sorted(F.items()) if k.startswith("gen_"))
cold = [v for k, v in F.items() if k.startswith("cold_")]
cache_note = ("page cache dropped before each cold question" if cold and all(v == "dropped" for v in cold)
              else "page cache not dropped (/proc/sys/vm/drop_caches not writable)")
doc = f"""# Benchmarks

Written by `bench/run` (scale `{scale}`); the figures below are from one run on the machine described.
Wall time and peak RSS come from `/usr/bin/time -v` around each command (process start included).
Data: `jejak-bench-data` (seed in the command; {gen}); the chat benchmark file has {m:,} messages, {mb:.0f} MB.

## Machine

{chr(10).join(machine)}

## Figures

{chr(10).join(table)}

`*` cold = first run after a write (one graduate's registration changed, the data version moved), {cache_note}.
Rates are wave 6, `--as-of 2026-11-23 --no-suppress`; warm = best of three runs.

## Do the numbers agree? (wave 6, per programme)

Jejak `rates --by program --format json` against `bench/rates_pandas.py` on graduates.csv + responses.csv and
against the generator's truth.csv (respondents only; employment rate = (employees + self-employed) / respondents).

{chr(10).join(check)}

{"All agree." if not problems else "**Disagreements:**" + chr(10) + chr(10).join("- " + p for p in problems)}

{growth_section}
{notes}
"""
# The reply reader's section is written by bench/replies; keep it.
previous = open(os.path.join(root, "BENCHMARKS.md")).read() if os.path.exists(os.path.join(root, "BENCHMARKS.md")) else ""
kept = re.search(r"<!-- replies:start -->.*?<!-- replies:end -->", previous, re.S)
if kept:
    doc = doc.rstrip() + "\n\n" + kept.group(0) + "\n"
open(os.path.join(root, "BENCHMARKS.md"), "w").write(doc)
print(f"\nwrote {os.path.join(root, 'BENCHMARKS.md')}")
sys.exit(1 if problems else 0)
