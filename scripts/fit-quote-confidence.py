#!/usr/bin/env python3
"""Fit the speaker confidence of quotes (ingest/.../quotes/speaker-confidence.tsv) on polnear-train.

Every gold direct quote of the attribution set is matched to the reported quote that
`../shared/eval/score.py attribution` matches it to (word Jaccard >= 0.5, the best one), and the
pair is labelled as the scorer counts it: right when the reported speaker shares a word with the
gold source (any speaker for a gold pronoun). A gold quote with no source labels its match right
when the report credits nobody too. The signals come from `copydesk features --quotes DIR`.

Only one attribution set exists, so it is split by document: a file whose name hashes (SHA-1) to
an even number is in the fitting half, an odd one in the held-out half. One L2-regularised logistic
regression is fitted by Newton's method (fit-confidence.py's own fitter, imported) on the fitting
half; both halves are measured (AUROC, expected calibration error over ten equal-width bins as
score.py calibration counts it, the accuracy of the 80 % most confident quotes against all), and
the coefficients are written with a header that says when, how and on what they were fitted.

  scripts/fit-quote-confidence.py [--write] [--jar cli/target/copydesk.jar] [--cache DIR]

Needs numpy. A development tool: it reads ../shared in place and ships nothing but the coefficients.
"""
import argparse
import datetime
import hashlib
import importlib.util
import json
import os
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
BRAT = os.path.join(SHARED, "eval", "dev", "polnear-train", "data", "train")
sys.path.insert(0, os.path.join(SHARED, "eval"))
import score  # noqa: E402  (the evaluation's own brat reader, word splitter and pronoun list)

# The page confidence's fitter: its Newton's-method fit, its rounding prediction and its measures, so that both
# models are fitted and judged by one piece of code.
_spec = importlib.util.spec_from_file_location("fit_confidence", os.path.join(HERE, "fit-confidence.py"))
pages = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(pages)
fit, predict, measure = pages.fit, pages.predict, pages.measure

MODEL = os.path.join(ROOT, "ingest/src/main/resources/org/copydesk/ingest/quotes/speaker-confidence.tsv")


def held_out(name):
    """Whether a document is in the held-out half: the parity of its file name's SHA-1."""
    return int(hashlib.sha1(name.encode("utf-8")).hexdigest(), 16) % 2 == 1


def dumps(jar, cache):
    return pages.dump(os.path.join(cache, "polnear.quotes.jsonl"),
                      ["java", "-jar", jar, "features", "--quotes", os.path.join(BRAT, "text")], "quotes")


def samples(quotes_by_file):
    """(document, signals, right) per gold direct quote matched, in score.py attribution's own way."""
    text_dir = os.path.join(BRAT, "text")
    ann_dir = os.path.join(BRAT, "attributions")
    texts = sorted(os.listdir(text_dir))
    out = []
    tally = {"gold": 0, "found": 0, "checked": 0, "ok": 0}
    for ann in sorted(os.listdir(ann_dir)):
        stem = ann.rsplit("_", 1)[0]
        txt_name = next((t for t in texts if t.startswith(stem)), None)
        if not txt_name:
            continue
        text = open(os.path.join(text_dir, txt_name), encoding="utf-8").read()
        spans, rels = score.brat(os.path.join(ann_dir, ann))
        ours = quotes_by_file.get(txt_name) or []
        for rel in rels:
            c = spans.get(rel.get("Content"))
            s = spans.get(rel.get("Source"))
            if not c:
                continue
            a, b = c[1], c[2]
            if not any(q in text[max(0, a - 2):b + 2] for q in score.QUOTE_CHARS):
                continue  # indirect speech: not a direct quote
            tally["gold"] += 1
            gw = set(score.words(c[3]))
            best, best_score = None, 0.0
            for q in ours:
                qw = set(score.words(q.get("text")))
                if not qw or not gw:
                    continue
                j = len(gw & qw) / len(gw | qw)
                if j > best_score:
                    best, best_score = q, j
            if best is None or best_score < 0.5:
                continue
            tally["found"] += 1
            ow = set(score.words(best.get("speaker")))
            if not s:
                out.append((txt_name, best["signals"], not ow))
                continue
            sw = [w for w in score.words(s[3]) if w not in ("the", "a", "an")]
            if not sw:
                continue
            ok = bool(ow) if set(sw) <= score.PRONOUNS else bool(ow & set(sw))
            tally["checked"] += 1
            tally["ok"] += ok
            out.append((txt_name, best["signals"], ok))
    print(f"as score.py counts: gold_direct_quotes={tally['gold']} found={tally['found']} "
          f"recall={tally['found'] / tally['gold']:.3f} speaker accuracy={tally['ok'] / tally['checked']:.3f}")
    return out


def matrix(rows, keys):
    return np.array([[sig.get(k, 0.0) for k in keys] for _, sig, _ in rows], dtype=float), np.array(
        [1.0 if ok else 0.0 for _, _, ok in rows])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jar", default=os.path.join(ROOT, "cli/target/copydesk.jar"))
    ap.add_argument("--cache", default=os.environ.get("TMPDIR", "/tmp"), help="where the quote dump is kept")
    ap.add_argument("--write", action="store_true", help="write the fitted speaker-confidence.tsv")
    args = ap.parse_args()
    rows = samples(dumps(args.jar, args.cache))
    fitting = [r for r in rows if not held_out(r[0])]
    test = [r for r in rows if held_out(r[0])]
    keys = sorted({k for _, sig, _ in fitting for k in sig})
    x, y = matrix(fitting, keys)
    w = fit(x, y)
    header = ["# Speaker confidence of quotes: one logistic regression, 'feature<TAB>weight'.",
              f"# Fitted by scripts/fit-quote-confidence.py on {datetime.date.today()} "
              f"(L2 {pages.L2}, Newton's method)",
              "# on polnear-train: every gold direct quote matched as score.py attribution matches it, labelled",
              "# right when the scorer counts its speaker right (no speaker where gold has no source: right).",
              "# Split by document on the parity of the file name's SHA-1: even fitted, odd held out.",
              "# Figures: AUROC / ECE (ten equal-width bins) / accuracy / accuracy of the 80% most confident."]
    credited = [r for r in test if "route.none" not in r[1]]
    for name, part in (("fitted", fitting), ("held-out", test), ("held-out, credited quotes only", credited)):
        xp, yp = matrix(part, keys)
        docs = len({d for d, _, _ in part})
        auroc, ece, acc, acc80 = measure(predict(w, xp), yp)
        line = (f"{name} documents={docs:3d} quotes={len(yp):4d} AUROC={auroc:.3f} ECE={ece:.3f} "
                f"accuracy={acc:.3f} kept80%={acc80:.3f}")
        print(line)
        header.append("#   " + line)
    lines = [f"(intercept)\t{w[0]:.6f}"] + [f"{k}\t{v:.6f}" for k, v in zip(keys, w[1:])]
    for line in lines:
        print("  " + line)
    if args.write:
        with open(MODEL, "w", encoding="utf-8") as out:
            out.write("\n".join(header + lines) + "\n")
        print("wrote", MODEL)


if __name__ == "__main__":
    main()
