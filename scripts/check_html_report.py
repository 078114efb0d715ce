#!/usr/bin/env python3
"""Checks the DOM that headless Chromium rendered from a Copydesk HTML report against the JSON report of the
same document: the policy is in place, every removed segment (the cookie banner above all) is marked with its
category class and reason, and nothing from the input became live markup.

Usage: check_html_report.py DUMPED_DOM.html REPORT.json
"""
import json
import sys
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; script-src 'none'; "
       "base-uri 'none'; form-action 'none'")


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    def classes(self):
        return (self.attrs.get("class") or "").split()

    def walk(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.walk()

    def text(self, skip=lambda n: False):
        out = []
        for c in self.children:
            if isinstance(c, str):
                out.append(c)
            elif not skip(c):
                out.append(c.text(skip))
        return "".join(out)


class Tree(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", [], None)
        self.at = self.root

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs, self.at)
        self.at.children.append(node)
        if tag not in VOID:
            self.at = node

    def handle_startendtag(self, tag, attrs):
        self.at.children.append(Node(tag, attrs, self.at))

    def handle_endtag(self, tag):
        n = self.at
        while n is not self.root and n.tag != tag:
            n = n.parent
        if n is not self.root:
            self.at = n.parent

    def handle_data(self, data):
        self.at.children.append(data)


def main(dom_path, json_path):
    tree = Tree()
    with open(dom_path, encoding="utf-8") as f:
        tree.feed(f.read())
    with open(json_path, encoding="utf-8") as f:
        report = json.load(f)
    problems = []
    nodes = list(tree.root.walk())

    metas = [n for n in nodes if n.tag == "meta" and n.attrs.get("http-equiv", "").lower() == "content-security-policy"]
    if not metas or metas[0].attrs.get("content") != CSP:
        problems.append("the Content-Security-Policy meta is missing or not the strict policy")
    for n in nodes:
        if n.tag in ("script", "img", "iframe", "object", "embed", "form", "base", "link"):
            problems.append(f"a <{n.tag}> element is in the rendered page")
        for name in n.attrs:
            if name.startswith("on"):
                problems.append(f"an event handler attribute {name} on <{n.tag}>")
        if n.tag == "a" and not (n.attrs.get("href") or "#").startswith("#"):
            problems.append(f"a live link to {n.attrs['href']}")

    pre = next((n for n in nodes if n.tag == "pre" and "doc" in n.classes()), None)
    if pre is None:
        problems.append("no <pre class=doc> with the document text")
        return report_problems(problems)
    segments = {n.attrs.get("data-segment"): n for n in pre.walk() if "seg" in n.classes()}
    cookie = 0
    for i, seg in enumerate(report["segments"], start=1):
        if seg["role"] != "boilerplate":
            continue
        el = segments.get(str(i))
        cat = seg["category"]
        if el is None:
            problems.append(f"removed segment {i} ({cat}) is not in the rendered text")
            continue
        if not {"seg-boilerplate", "cat-" + cat} <= set(el.classes()):
            problems.append(f"removed segment {i} lacks the classes seg-boilerplate cat-{cat}: {el.classes()}")
        if el.attrs.get("data-category") != cat or seg["reason"] not in (el.attrs.get("title") or ""):
            problems.append(f"removed segment {i} lacks its category or its reason on hover")
        shown = el.text(skip=lambda n: "seg-label" in n.classes() or n.tag == "sup")
        if shown != seg["text"]:
            problems.append(f"removed segment {i} shows other text than the report's")
        label = next((n for n in el.walk() if "seg-label" in n.classes()), None)
        if label is None or label.text() != cat:
            problems.append(f"removed segment {i} has no visible {cat} label")
        if cat == "cookie-consent":
            cookie += 1
            print(f"cookie-consent segment {i} [{seg['start']}, {seg['end']}): class=\"{el.attrs['class']}\" "
                  f"title=\"{el.attrs['title']}\"")
    if cookie == 0:
        problems.append("the report has no cookie-consent segment to show")
    for i, f in enumerate(report["findings"], start=1):
        if not any(n.attrs.get("id") == f"at-finding-{i}" for n in pre.walk()):
            problems.append(f"finding {i} ({f['rule']}) is not marked in the text")
    verdict = next((n for n in nodes if n.attrs.get("id") == "verdict"), None)
    if verdict is None or "verdict-" + report["verdict"] not in verdict.classes():
        problems.append("the verdict is not shown")
    if not problems:
        removed = sum(1 for s in report["segments"] if s["role"] == "boilerplate")
        print(f"DOM check passed: {len(segments)} segments rendered, {removed} removed marked, "
              f"{len(report['findings'])} findings marked, no script, no live links")
    return report_problems(problems)


def report_problems(problems):
    for p in problems:
        print("FAIL: " + p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
