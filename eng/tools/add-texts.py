#!/usr/bin/env python3
"""Adds or replaces UI texts in the four SharedResource files, keeping keys sorted.

Input: a tab-separated file, one text per line: key, Uzbek (Latin), Uzbek (Cyrillic), Russian, English;
"\\n" in a text is a line break.
Usage: python3 eng/tools/add-texts.py texts.tsv
"""
import os
import sys
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src", "MigrationPortal.Web", "Resources")
FILES = ["SharedResource.resx", "SharedResource.uz-Cyrl.resx", "SharedResource.ru.resx", "SharedResource.en.resx"]


def load(path):
    tree = ET.parse(path)
    return {d.get("name"): d.find("value").text or "" for d in tree.getroot().findall("data")}


def save(path, texts):
    with open(path, encoding="utf-8") as f:
        original = f.read()
    head = original[: original.index("  <data ")] if "  <data " in original else original[: original.rindex("</root>")]
    body = "".join(
        f'  <data name="{escape(k, {chr(34): "&quot;"})}" xml:space="preserve">\n    <value>{escape(v)}</value>\n  </data>\n'
        for k, v in sorted(texts.items(), key=lambda kv: kv[0])
    )
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(head + body + "</root>\n")


def main():
    rows = []
    with open(sys.argv[1], encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            parts = [p.replace("\\n", "\n") for p in line.split("\t")]
            if len(parts) != 5 or not all(p.strip() for p in parts):
                sys.exit(f"line {number}: expected 5 non-empty tab-separated columns, got {len(parts)}")
            rows.append(parts)
    for index, name in enumerate(FILES):
        path = os.path.join(ROOT, name)
        texts = load(path)
        for row in rows:
            texts[row[0]] = row[index + 1]
        save(path, texts)
    print(f"{len(rows)} texts written to {len(FILES)} files")


if __name__ == "__main__":
    main()
