"""Count the grammar cases of tests/test_temporal_grammar.py that a version of the tagger gets right, per class.

    python benchmarks/grammar_classes.py                 # this checkout's tagger
    git worktree add /tmp/old <commit>
    python benchmarks/grammar_classes.py --repo /tmp/old # an older tagger on the same cases

A case is right when the tagger finds exactly its expressions with exactly their values.
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repo", type=Path, default=HERE, help="checkout whose tagger to run (default: this one)")
    parser.add_argument("--show", action="store_true", help="print each case that is not right")
    args = parser.parse_args(argv)
    spec = importlib.util.spec_from_file_location("grammar_cases", HERE / "tests" / "test_temporal_grammar.py")
    assert spec and spec.loader
    cases = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(cases)
    sys.path.insert(0, str(args.repo.resolve()))
    for name in [m for m in sys.modules if m == "generator" or m.startswith("generator.")]:
        del sys.modules[name]  # the tests module imported this checkout's tagger; use the one asked for
    from generator.temporal import tag

    right: collections.Counter[str] = collections.Counter()
    total: collections.Counter[str] = collections.Counter()
    for kind, text, expected, dct in cases.CASES:
        got = [(t.text, t.value) for t in tag(text, dct) if not t.value.endswith("_REF")]
        total[kind] += 1
        right[kind] += got == expected
        if args.show and got != expected:
            print(f"  {kind}: {text!r}\n    expected {expected}\n    got      {got}")
    for kind in total:
        print(f"{kind:12} {right[kind]:3d} / {total[kind]:3d}")
    print(f"{'all':12} {sum(right.values()):3d} / {sum(total.values()):3d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
