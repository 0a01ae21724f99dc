#!/usr/bin/env python3
"""Splits one newly written voice of the labelled reply corpus into its training and held-out parts.

    bench/split_voice.py WRITTEN.jsonl [--name VOICE] [--seed-name NAME]

The voice's name is the file's name unless --name says otherwise. The lines are shuffled by
Python's random.Random("jejak-<seed name>") (the voice's name unless --seed-name says otherwise)
and the first 150 are held out: Tests/OutreachTests/Fixtures/replies/<VOICE>-test.jsonl, never
read to tune the reader; the rest go to <VOICE>-train.jsonl. Every split in the corpus was made
this way, so the same file gives the same split on any machine.

The file is checked first, as the writers' brief asks; nothing is written if a line fails, nor if
the corpus already holds a different voice of that name (give the new one another --name).
"""
import argparse
import json
import random
import re
import sys
from pathlib import Path

LABELS = {"employee", "selfEmployed", "unemployed", "studying", "notInLabourForce", "hiredNotStarted",
          "preparingBusiness", "discouraged", "unclear", "chatter"}
HELD_OUT = 150
CORPUS = Path(__file__).resolve().parent.parent / "Tests/OutreachTests/Fixtures/replies"


def problems(line):
    """What is wrong with one line of a written voice, in words the writer can act on."""
    try:
        reply = json.loads(line)
    except json.JSONDecodeError as error:
        return [f"not JSON ({error.msg})"]
    found = [f"no '{field}'" for field in ("text", "label", "replied_on", "graduated_on") if field not in reply]
    if reply.get("label") not in LABELS:
        found.append(f"label '{reply.get('label')}' is none of {', '.join(sorted(LABELS))}")
    if str(reply.get("graduated_on", "")) >= str(reply.get("replied_on", "")):
        found.append("graduated_on is not before replied_on")
    if "employer" in reply and reply["employer"] not in reply.get("text", ""):
        found.append("the employer is not written in the text")
    if re.search(r"\d{10,}", line):
        found.append("a run of 10 or more digits (a phone number or NIK?)")
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("written", type=Path)
    parser.add_argument("--name", help="the voice's name (default: the file's name)")
    parser.add_argument("--seed-name", help="the name whose seed shuffles the lines (default: the voice's name)")
    options = parser.parse_args()
    name = options.name or options.written.stem
    lines = [line for line in options.written.read_text(encoding="utf-8").splitlines() if line.strip()]
    failures = [f"{options.written}:{number}: {problem}"
                for number, line in enumerate(lines, start=1) for problem in problems(line)]
    texts = [json.loads(line).get("text") for line in lines if not problems(line)]
    if len(set(texts)) != len(texts):
        failures.append(f"{options.written}: {len(texts) - len(set(texts))} replies repeat an earlier text")
    if len(lines) <= HELD_OUT:
        failures.append(f"{options.written}: {len(lines)} replies; a voice needs more than {HELD_OUT}")
    if failures:
        print("\n".join(failures), file=sys.stderr)
        print("nothing written: mend the lines above and run again", file=sys.stderr)
        return 1
    random.Random(f"jejak-{options.seed_name or name}").shuffle(lines)
    parts = {CORPUS / f"{name}-test.jsonl": "\n".join(lines[:HELD_OUT]) + "\n",
             CORPUS / f"{name}-train.jsonl": "\n".join(lines[HELD_OUT:]) + "\n"}
    taken = [path for path, text in parts.items() if path.exists() and path.read_text(encoding="utf-8") != text]
    if taken:
        print(f"{taken[0]}: the corpus already holds a voice named '{name}' with other replies; "
              "nothing written: name the new voice with --name", file=sys.stderr)
        return 1
    for path, text in parts.items():
        path.write_text(text, encoding="utf-8")
    print(f"{name}: {HELD_OUT} held out, {len(lines) - HELD_OUT} to train on")
    return 0


if __name__ == "__main__":
    sys.exit(main())
