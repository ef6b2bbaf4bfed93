#!/usr/bin/env python3
"""Generates sfmodels' model headers from a Service Fabric REST specification.

    python3 tools/generate/generate.py ../shared/spec/servicefabric.json
    python3 tools/generate/generate.py SPEC --check     # exit 1 if the tree differs

Reads tools/generate/overrides.json for what the specification does not say.
Writes (or with --check compares) include/sfmodels/models/** and the files the
generator owns (the model tests' fixtures among them); removes generated files
that it no longer writes."""

import argparse
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from sfgen.emit import BANNER, generate  # noqa: E402
from sfgen.fixtures import fixture_files, is_generated as is_generated_fixture  # noqa: E402
from sfgen.layout import Layout  # noqa: E402
from sfgen.operations import read_operations  # noqa: E402
from sfgen.rest import generate_rest  # noqa: E402
from sfgen.rest_tests import operation_tests  # noqa: E402
from sfgen.emit import header  # noqa: E402
from sfgen.cpp import Emitter  # noqa: E402
from sfgen.spec import Spec  # noqa: E402

SKIPPED = 77   # CTest's SKIP_RETURN_CODE for the regeneration test
MARK = BANNER.splitlines()[0].split(" from ")[0]


def owned(root):
    """The files under include/sfmodels, tests/models and tests/rest that a previous run generated."""
    out = set()
    for base, generated in ((os.path.join(root, "include", "sfmodels"), lambda line: line.startswith(MARK)),
                            (os.path.join(root, "tests", "models"), is_generated_fixture),
                            (os.path.join(root, "tests", "rest"), is_generated_fixture)):
        for dirpath, _, names in os.walk(base):
            for n in names:
                p = os.path.join(dirpath, n)
                with open(p, encoding="utf-8") as f:
                    if generated(f.readline()):
                        out.add(os.path.relpath(p, root))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("spec", help="the specification, e.g. ../shared/spec/servicefabric.json")
    ap.add_argument("--root", default=os.path.dirname(os.path.dirname(HERE)), help="the project's root")
    ap.add_argument("--overrides", default=os.path.join(HERE, "overrides.json"))
    ap.add_argument("--check", action="store_true", help="compare instead of writing; exit 1 on a difference")
    args = ap.parse_args()
    if args.check and not os.path.exists(args.spec):
        print(f"skipped: the specification {args.spec} is not here, so the generated files cannot be checked")
        return SKIPPED

    spec = Spec(args.spec, args.overrides)
    layout = Layout(spec)
    files, _, file_list, paths = generate(spec, layout)
    def_files = {}
    for i, (_, keys) in enumerate(file_list):
        for k in keys:
            name = k[len("family:"):] if k.startswith("family:") else k
            def_files.setdefault(name, set()).add(paths[i])
    operations = read_operations(spec, spec.overrides["areas"]["tags"])
    files.update(generate_rest(spec, operations, Emitter(spec, layout), def_files, header, spec.version))
    files.update(operation_tests(spec, layout, operations))
    files.update(fixture_files(spec, layout))

    stale = owned(args.root) - set(files)
    differ = []
    for rel, text in sorted(files.items()):
        path = os.path.join(args.root, rel)
        old = None
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                old = f.read()
        if old != text:
            differ.append(rel)
            if not args.check:
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, "w", encoding="utf-8") as f:
                    f.write(text)
    if args.check:
        for rel in differ:
            print(f"differs from the specification: {rel}")
        for rel in sorted(stale):
            print(f"generated before but no longer: {rel}")
        if differ or stale:
            print(f"{len(differ) + len(stale)} generated files are out of date; run "
                  f"python3 tools/generate/generate.py {args.spec}", file=sys.stderr)
            return 1
        print(f"{len(files)} generated files match {args.spec}")
        return 0
    for rel in sorted(stale):
        os.remove(os.path.join(args.root, rel))
    print(f"wrote {len(differ)} of {len(files)} files, removed {len(stale)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
