#!/usr/bin/env python3
"""Checks that `sfmodels operations` lists exactly the operations of the
specification: each operationId once, with its method and path template.

    operations_count.py CLI SPEC      (exit 77, skipped, when SPEC is absent)"""
import json
import os
import subprocess
import sys

cli, spec = sys.argv[1], sys.argv[2]
if not os.path.exists(spec):
    print(f"skipped: no specification at {spec}")
    sys.exit(77)
out = subprocess.run([cli, "operations"], capture_output=True, text=True, check=True).stdout
listed = [tuple(line.split()) for line in out.splitlines()]
with open(spec, encoding="utf-8") as f:
    raw = json.load(f)
expected = sorted((op["operationId"], method.upper(), path)
                  for path, item in raw["paths"].items()
                  for method, op in item.items() if isinstance(op, dict) and "operationId" in op)
problems = [f"listed, not in the specification: {row}" for row in sorted(set(listed) - set(expected))]
problems += [f"in the specification, not listed: {row}" for row in sorted(set(expected) - set(listed))]
if len(listed) != len(set(listed)):
    problems.append("a line is listed twice")
for p in problems:
    print(p)
print(f"sfmodels operations: {len(listed)} lines; the specification: {len(expected)} operations")
sys.exit(1 if problems else 0)
