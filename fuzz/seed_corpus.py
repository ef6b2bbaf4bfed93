#!/usr/bin/env python3
"""Writes fuzz_models' seed corpus and dictionary from the test fixtures.

Seeds are made at run time rather than committed: one per fixture case, in
the input form that fuzz/model_check.hpp reads,

    NAME '\\n' DOCUMENT [ '\\x1e' PRIOR ]

where PRIOR, when the definition has more than one case, is the next case's
input that decodes (or else the next one), so that the used objects start
from another value of the same type.

Sources:
  tests/models/fixtures/<area>/<Definition>.json  a JSON list of cases (or an
      object with a "cases" list), each an object whose "input" is the
      document's text (a JSON value other than a string is written as JSON)
      and which has an "output" if the input decodes;
  tests/fixtures/<Definition>/*.json  one document per file (the hand-written
      fixtures of the first models; *.expected.json files are outputs).

The dictionary is fuzz/sfmodels.dict (JSON tokens) plus every definition name
followed by a newline, and the member names and short string values (enum
spellings, mostly) found in the seeds' documents.

usage: fuzz/seed_corpus.py CORPUS_DIR DICT_FILE
"""

import hashlib
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
MAX_DICT_ENTRIES = 16000     # libFuzzer's dictionary holds 1 << 14
SPELLING = re.compile(r'[A-Za-z][A-Za-z0-9_.]{0,63}')


def cases_of(path):
    """(document text, whether it decodes) for each case of a tests/models fixture file."""
    data = json.loads(path.read_text(encoding='utf-8'))
    if isinstance(data, dict):
        data = data.get('cases', [])
    for case in data if isinstance(data, list) else []:
        if not isinstance(case, dict):
            case = {'input': case}
        text = case.get('input')
        if text is not None:
            yield (text if isinstance(text, str) else json.dumps(text, ensure_ascii=False),
                   case.get('output') is not None)


def documents():
    """(definition, [(document text, whether it decodes), ...]) for every fixture source."""
    by_name = {}
    for path in sorted((ROOT / 'tests/models/fixtures').glob('*/*.json')):
        by_name.setdefault(path.stem, []).extend(cases_of(path))
    for path in sorted((ROOT / 'tests/fixtures').glob('*/*.json')):
        if not path.name.endswith('.expected.json'):
            # the hand-written fixtures are documents that decode
            by_name.setdefault(path.parent.name, []).append((path.read_text(encoding='utf-8'), True))
    return sorted(by_name.items())


def prior_of(cases, i):
    """The next case after the i-th that decodes (else the next one), or None."""
    n = len(cases)
    following = [cases[(i + k) % n] for k in range(1, n)]
    good = [text for text, decodes in following if decodes]
    return good[0] if good else following[0][0] if following else None


def tokens(text, keys, spellings):
    """Collects member names and short identifier-like strings of a document."""
    try:
        value = json.loads(text)
    except ValueError:
        return
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, dict):
            keys.update(v)
            stack.extend(v.values())
        elif isinstance(v, list):
            stack.extend(v)
        elif isinstance(v, str) and SPELLING.fullmatch(v):
            spellings.add(v)


def dict_entry(text):
    """text as a libFuzzer dictionary entry: "..." with \\\\, \\" and \\xNN escapes."""
    out = []
    for b in text.encode('utf-8'):
        c = chr(b)
        if c in '\\"':
            out.append('\\' + c)
        elif 0x20 <= b < 0x7f:
            out.append(c)
        else:
            out.append('\\x%02x' % b)
    return '"' + ''.join(out) + '"'


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__)
    corpus, dict_file = pathlib.Path(argv[1]), pathlib.Path(argv[2])
    corpus.mkdir(parents=True, exist_ok=True)
    for old in corpus.iterdir():   # the seeds of fixtures since changed
        old.unlink()
    names, keys, spellings = [], set(), set()
    seeds = 0
    for name, cases in documents():
        names.append(name)
        for i, (text, _) in enumerate(cases):
            tokens(text, keys, spellings)
            seed = name + '\n' + text
            prior = prior_of(cases, i)
            if prior is not None:
                seed += '\x1e' + prior
            data = seed.encode('utf-8')
            # named by content, so a rerun rewrites the same files
            (corpus / hashlib.sha1(data).hexdigest()).write_bytes(data)
            seeds += 1

    lines = [line for line in (ROOT / 'fuzz/sfmodels.dict').read_text(encoding='utf-8').splitlines()
             if line.strip() and not line.startswith('#')]
    lines += [dict_entry(n + '\n') for n in names]
    lines += [dict_entry('"%s":' % k) for k in sorted(keys)]
    lines += [dict_entry('"%s"' % s) for s in sorted(spellings - keys)]
    seen = set()
    lines = [line for line in lines if not (line in seen or seen.add(line))][:MAX_DICT_ENTRIES]
    dict_file.parent.mkdir(parents=True, exist_ok=True)
    dict_file.write_text('# made by fuzz/seed_corpus.py\n' + '\n'.join(lines) + '\n', encoding='utf-8')
    print('%s: %d seeds of %d definitions; %s: %d entries' % (corpus, seeds, len(names), dict_file, len(lines)))


if __name__ == '__main__':
    main(sys.argv)
