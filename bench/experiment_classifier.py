"""Experiment (kept for the record): would a learned sentence classifier beat the rules?

A logistic regression per pane (clauses, open issues) over the words and word pairs of a
sentence, its place in the paragraph, quotation marks, and the rules' own verdicts on it
(which pane, which cue family), trained leave-one-batch-out on the annotated articles
(the development set in ../shared/eval/dev and our blind batches in bench/eval, one batch
per prefix). Each held-out batch is scored with the evaluation's own matching. Result on
26 November: no gain on unseen batches (see docs/analysis.md), so the product keeps the
rules.

    .venv/bin/python bench/experiment_classifier.py 0.4 0.5 0.6   # decision thresholds
"""

import datetime as dt
import itertools
import json
import math
import random
import re
import sys
from pathlib import Path

from briefing.core.analysis import analyze
from briefing.core.document import load_document

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "eval"
sys.path.insert(0, str(SHARED))

import score as S  # noqa: E402  (the evaluation's scorer, from ../shared/eval)

SOURCES = [
    (SHARED / "dev" / "articles", SHARED / "dev" / "gold"),
    (ROOT / "bench" / "eval" / "articles", ROOT / "bench" / "eval" / "gold"),
]
PANES = ("clauses", "open_issues")
TOK = re.compile(r"[a-z]+(?:['’][a-z]+)?")


def batch_of(stem):
    return "dev" if stem[0].isdigit() else stem[:2]


def load():
    arts = []
    golds = [(a, g) for a, d in SOURCES for g in sorted(d.glob("*.json"))]
    for a, g in golds:
        if g.stem.startswith("gj"):
            continue  # the sealed test batch is never used for fitting anything
        gold = json.loads(g.read_text())
        doc = load_document(a / f"{g.stem}.txt")
        pub = dt.date.fromisoformat(gold["published"]) if gold.get("published") else None
        an = analyze(doc, pub)
        arts.append((g.stem, doc, gold, an))
    return arts


def sent_of_span(doc, start, end):
    return doc.sentence_at(start)


def features(doc, an, i, para_pos):
    s = doc.sentences[i]
    text = doc.text[s.start : s.end]
    low = text.lower()
    words = TOK.findall(low)
    f = {"bias"}
    for w in set(words):
        f.add("w=" + w)
    for a, b in itertools.pairwise(words):
        f.add(f"b={a}_{b}")
    f.add(f"para={min(para_pos[i], 4)}")
    f.add(f"blk={min(s.block, 5)}")
    if any(q in text for q in "\"“”‘’'"):
        f.add("quote")
    if text[:1] in "\"“‘'":
        f.add("starts_quote")
    n = len(words)
    f.add(f"len={min(n // 10, 5)}")
    return f


def rule_feats(doc, an):
    out = {}
    for pane, items in (("clauses", an.clauses), ("open_issues", an.open_issues)):
        for it in items:
            for ev in it.evidence:
                for k in doc.sentences_in(ev.start, ev.end):
                    d = out.setdefault(k, set())
                    d.add(f"rule_{pane}")
                    fam = it.cue.split(":", 1)[0].strip()
                    d.add(f"rule_{pane}={fam}")
    return out


def labels(doc, gold, pane):
    art = S.Article(doc.text)
    lab = set()
    for g in gold.get(pane, []):
        loc = art.locate(g["evidence"])
        if loc is None:
            continue
        for k in doc.sentences_in(loc[0], loc[1]):
            s = doc.sentences[k]
            o = min(s.end, loc[1]) - max(s.start, loc[0])
            if o >= 0.5 * (loc[1] - loc[0]):
                lab.add(k)
    return lab


def build(arts):
    data = []
    for stem, doc, gold, an in arts:
        rf = rule_feats(doc, an)
        para_pos = {}
        for b in doc.blocks:
            for j, k in enumerate(b.sentences):
                para_pos[k] = j
        labs = {p: labels(doc, gold, p) for p in PANES}
        rows = []
        for i in range(len(doc.sentences)):
            if doc.blocks[doc.sentences[i].block].kind == "heading":
                continue
            f = features(doc, an, i, para_pos) | rf.get(i, set())
            rows.append((i, f, {p: int(i in labs[p]) for p in PANES}))
        data.append((stem, doc, gold, an, rows))
    return data


def train(rows, pane, epochs=40, lr=0.2, l2=1e-3, seed=1):
    w = {}
    rnd = random.Random(seed)
    rows = list(rows)
    pos = sum(r[2][pane] for r in rows)
    wpos = (len(rows) - pos) / max(pos, 1) ** 1 * 0.5
    for ep in range(epochs):
        rnd.shuffle(rows)
        eta = lr / (1 + ep * 0.1)
        for _, f, y in rows:
            yy = y[pane]
            z = sum(w.get(k, 0.0) for k in f)
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            g = (p - yy) * (wpos if yy else 1.0)
            for k in f:
                w[k] = w.get(k, 0.0) * (1 - eta * l2) - eta * g
    return w


def prob(w, f):
    z = sum(w.get(k, 0.0) for k in f)
    return 1 / (1 + math.exp(-max(-30, min(30, z))))


def predict_items(doc, an, rows, w, pane, thr):
    rule_items = an.clauses if pane == "clauses" else an.open_issues
    by_sent = {}
    for it in rule_items:
        k = doc.sentence_at(it.evidence[0].start)
        by_sent.setdefault(k, []).append(it)
    out = []
    for i, f, _ in rows:
        if prob(w, f) >= thr:
            if i in by_sent:
                for it in by_sent[i]:
                    out.append({"evidence": [{"quote": e.quote} for e in it.evidence]})
            else:
                s = doc.sentences[i]
                out.append({"evidence": [{"quote": doc.text[s.start : s.end]}]})
    return out


def rule_items_json(an, pane):
    items = an.clauses if pane == "clauses" else an.open_issues
    return [{"evidence": [{"quote": e.quote} for e in it.evidence]} for it in items]


def f1(t):
    p = t["correct"] / t["pred"] if t["pred"] else 0
    r = t["correct"] / t["gold"] if t["gold"] else 0
    return 2 * p * r / (p + r) if p + r else 0


def main():
    arts = load()
    data = build(arts)
    batches = sorted({batch_of(d[0]) for d in data})
    thrs = [float(x) for x in (sys.argv[1:] or ["0.5"])]
    tot = {}
    for held in batches:
        train_rows = [r for d in data if batch_of(d[0]) != held for r in d[4]]
        for pane in PANES:
            w = train(train_rows, pane)
            for d in data:
                if batch_of(d[0]) != held:
                    continue
                _stem, doc, gold, an, rows = d
                art = S.Article(doc.text)
                key = ("rules", pane, held)
                t = S.score_pane(pane, gold.get(pane, []), rule_items_json(an, pane), art, False)
                acc = tot.setdefault(key, {"gold": 0, "pred": 0, "correct": 0})
                for k in acc:
                    acc[k] += t[k]
                for thr in thrs:
                    t = S.score_pane(
                        pane,
                        gold.get(pane, []),
                        predict_items(doc, an, rows, w, pane, thr),
                        art,
                        False,
                    )
                    acc = tot.setdefault(
                        (f"clf{thr}", pane, held), {"gold": 0, "pred": 0, "correct": 0}
                    )
                    for k in acc:
                        acc[k] += t[k]
    for pane in PANES:
        print(pane)
        for held in batches:
            line = f"  {held:4}"
            for m in ["rules"] + [f"clf{t}" for t in thrs]:
                line += f"  {m}={f1(tot[(m, pane, held)]):.2f}"
            print(line)
        for group, members in (
            ("gh+gi", [b for b in ("gh", "gi") if b in batches]),
            ("all", batches),
        ):
            line = f"  {group:6}"
            for m in ["rules"] + [f"clf{t}" for t in thrs]:
                agg = {"gold": 0, "pred": 0, "correct": 0}
                for h in members:
                    for k in agg:
                        agg[k] += tot[(m, pane, h)][k]
                line += f"  {m}={f1(agg):.2f}"
            print(line)


main()
