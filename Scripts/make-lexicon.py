#!/usr/bin/env python3
"""Writes Decks/lexicon/zh-words.tsv, the Chinese word list duet reads to find where words begin.

usage: python3 Scripts/make-lexicon.py [--from DIR]

Sources (both MIT-licensed; see NOTICE): the dictionary of jieba 0.42.1 (words, frequencies, part-of-speech tags)
and the phrase and character readings of pypinyin 0.55.0 (its character readings come from Unicode's Unihan
database, through the pinyin-data project). Without --from, the two packages are fetched from PyPI with pip into a
temporary folder; with --from, DIR holds jieba-0.42.1.tar.gz and pypinyin-0.55.0-py2.py3-none-any.whl.

Each line is `word<TAB>frequency<TAB>tag[<TAB>reading[<TAB>reading inside words]]`, for words of one to eight Han
characters, sorted by their UTF-8 bytes so that duet can look words up by binary search in the file as it is. The
reading, where pypinyin's phrase table has one, is the word's pinyin with tone marks, syllables separated by spaces.
Every character that pypinyin reads has a line with its reading alone and, when it differs, the reading the phrase
table's words give it most (by their frequencies); a character jieba does not list comes with frequency 0 (and tag
x), so that it gives a reading without ever being chosen as a word.
"""
import argparse, json, os, re, subprocess, sys, tarfile, tempfile, zipfile

JIEBA = "jieba==0.42.1"
PYPINYIN = "pypinyin==0.55.0"
HAN = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff]{1,8}$")


def fetch(folder):
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", "jieba", "-d",
                    folder, JIEBA, PYPINYIN], check=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--from", dest="source")
    args = parser.parse_args()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.source or scratch
        if not args.source:
            fetch(folder)
        jieba = next(os.path.join(folder, f) for f in os.listdir(folder) if f.startswith("jieba-0.42.1") and f.endswith(".tar.gz"))
        pinyin = next(os.path.join(folder, f) for f in os.listdir(folder) if f.startswith("pypinyin-0.55.0") and f.endswith(".whl"))
        with tarfile.open(jieba) as archive:
            lines = archive.extractfile("jieba-0.42.1/jieba/dict.txt").read().decode("utf-8").splitlines()
        with zipfile.ZipFile(pinyin) as archive:
            phrases = json.loads(archive.read("pypinyin/phrases_dict.json").decode("utf-8"))
            characters = json.loads(archive.read("pypinyin/pinyin_dict.json").decode("utf-8"))
    words = {}
    for line in lines:
        parts = line.split()
        if len(parts) >= 2 and HAN.match(parts[0]):
            word, frequency = parts[0], int(parts[1])
            tag = parts[2] if len(parts) > 2 else "x"
            if word not in words or words[word][0] < frequency:
                words[word] = (frequency, tag)
    # How often each character takes each reading inside the phrase table's words, counted by the words'
    # frequencies: a word without a reading of its own is read character by character from these (为 reads wéi in
    # most words, though alone it reads wèi).
    weights = {}
    for word, (frequency, _) in words.items():
        reading = phrases.get(word)
        if len(word) < 2 or not reading or len(reading) != len(word):
            continue
        for character, syllables in zip(word, reading):
            counts = weights.setdefault(character, {})
            counts[syllables[0]] = counts.get(syllables[0], 0) + frequency + 1
    readings = {}
    for code, values in characters.items():
        character = chr(int(code))
        if HAN.match(character):
            listed = values.split(",")
            # Alone, a character reads as pypinyin lists it first (都 dōu), a particle (jieba tags u…: 的 得 地 了 着)
            # without a tone if it has such a reading.
            # The words that give a particle another reading (目的 mùdì) have readings of their own, so inside a word
            # without one it is the particle too (真的 zhēnde).
            alone = listed[0]
            neutral = [value for value in listed if value.isascii()]
            counts = weights.get(character)
            inside = max(counts, key=lambda s: (counts[s], s)) if counts else alone
            if words.get(character, (0, "x"))[1].startswith("u") and neutral:
                alone = inside = neutral[0]
            readings[character] = alone if inside == alone else alone + "\t" + inside
            words.setdefault(character, (0, "x"))
    out = os.path.join(root, "Decks", "lexicon", "zh-words.tsv")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for word in sorted(words, key=lambda w: w.encode("utf-8")):
            frequency, tag = words[word]
            reading = phrases.get(word)
            cells = [word, str(frequency), tag]
            if reading and len(reading) == len(word):
                cells.append(" ".join(syllables[0] for syllables in reading))
            elif word in readings:
                cells.append(readings[word])
            f.write("\t".join(cells) + "\n")
    print(f"{out}: {len(words)} words", file=sys.stderr)


if __name__ == "__main__":
    main()
