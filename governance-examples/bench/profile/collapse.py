#!/usr/bin/env python3
"""Collapse JFR samples into folded stacks (root->leaf joined by ';', then a space and a count).

Usage:
  collapse.py cpu   REC.jfr OUT.folded [--thread-prefix]   # jdk.ExecutionSample, count = samples
  collapse.py alloc REC.jfr OUT.folded                     # jdk.ObjectAllocationSample, count = sampled bytes (weight)
  collapse.py allocn REC.jfr OUT.folded                    # same event, count = number of samples

It runs `jfr print --json --stack-depth 1024 --events EVENT REC.jfr` (the text form of `jfr print`
cuts stacks at 5 frames; the JSON form carries the same events with full stacks) and folds them.
Frames are `pkg.Class.method`; a stack that JFR truncated (deeper than the recording's
stackdepth) gets a leading `[truncated]` frame. With --thread-prefix the thread name is the root.
For allocations the allocated class is appended as the leaf frame, in brackets.
"""
import collections
import json
import re
import subprocess
import sys


def frames_of(stack):
    out = []
    for f in reversed(stack.get("frames", [])):  # JFR lists leaf first
        m = f.get("method", {})
        t = m.get("type", {}).get("name", "?").replace("/", ".")
        t = re.sub(r"\$\$Lambda\$\d+\+0x[0-9a-f]+\.\d+", "$$Lambda", t)
        out.append(f"{t}.{m.get('name', '?')}".replace(";", ":").replace(" ", "_"))
    if stack.get("truncated"):
        out.insert(0, "[truncated]")
    return out


def load(jfr_file, event):
    cmd = ["jfr", "print", "--json", "--stack-depth", "1024", "--events", event, jfr_file]
    data = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
    return data["recording"]["events"]


def main():
    mode, src, dst = sys.argv[1:4]
    thread_prefix = "--thread-prefix" in sys.argv
    folded = collections.Counter()
    if mode == "cpu":
        for e in load(src, "jdk.ExecutionSample"):
            v = e["values"]
            st = v.get("stackTrace")
            if not st:
                continue
            fr = frames_of(st)
            if thread_prefix:
                th = (v.get("sampledThread") or {}).get("javaName") or "?"
                fr.insert(0, "thread:" + th.replace(";", ":").replace(" ", "_"))
            folded[";".join(fr)] += 1
    elif mode in ("alloc", "allocn"):
        for e in load(src, "jdk.ObjectAllocationSample"):
            v = e["values"]
            st = v.get("stackTrace")
            fr = frames_of(st) if st else ["[no stack]"]
            cls = (v.get("objectClass") or {}).get("name", "?").replace("/", ".")
            fr.append("[" + cls.replace(";", ":").replace(" ", "_") + "]")
            folded[";".join(fr)] += int(v.get("weight", 0)) if mode == "alloc" else 1
    else:
        sys.exit("mode must be cpu, alloc or allocn")
    with open(dst, "w") as f:
        for k, n in sorted(folded.items()):
            f.write(f"{k} {n}\n")
    print(f"{dst}: {len(folded)} stacks, total {sum(folded.values())}", file=sys.stderr)


if __name__ == "__main__":
    main()
