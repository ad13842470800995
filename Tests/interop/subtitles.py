#!/usr/bin/env python3
"""Subtitle check: duet aligns subtitle tracks made from the bundled transcript as well as the transcript itself.

usage: subtitles.py DUET REPO [--gold GOLD.jsonl --scorer score_alignment.py]

The transcript's turns become subtitles: each turn's time is spread over its text, the English and the Chinese
cut into cues at different places (about 42 and 16 characters, at word or punctuation breaks), a short silence
at the end of each turn. pysubs2 writes them as SRT, WebVTT and ASS, in three shapes: two tracks timed alike, two
tracks with the Chinese 2.5 seconds late, and one bilingual file whose cues carry both languages. duet aligns each
(`duet align --en A --zh B`, or `duet align FILE`), and every shape's units are scored against duet's alignment
of the transcript itself (and, with --gold, by the gold's scorer against hand-aligned gold for its turns, each
unit placed by its text). Fails under F1 0.95 against the transcript's alignment."""
import argparse, json, os, re, subprocess, sys, tempfile

import pysubs2

ap = argparse.ArgumentParser()
ap.add_argument("duet")
ap.add_argument("repo")
ap.add_argument("--gold")
ap.add_argument("--scorer")
args = ap.parse_args()
transcript = os.path.join(args.repo, "Decks", "karina-nguyen.md")
env = dict(os.environ, DUET_DECKS=os.path.join(args.repo, "Decks"))


def align(*arguments):
    out = subprocess.run([args.duet, "align", *arguments, "--format", "jsonl"], env=env, check=True,
                         capture_output=True, text=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def plain(s):
    s = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', s or '')
    s = re.sub(r'\\([\\`*_{}\[\]()#+\-.!$])', r'\1', s)
    return re.sub(r'(?<![\w*])\*{1,2}([^*]+?)\*{1,2}(?![\w*])', r'\1', s)


def key(en, zh):
    return re.sub(r'\s+', ' ', plain(en)).strip(), re.sub(r'\s+', '', plain(zh))


def seconds(clock):
    h, m, s = (int(x) for x in clock.split(":"))
    return h * 3600 + m * 60 + s


units = align(transcript)
turns = []
for unit in units:
    if not turns or turns[-1]["turn"] != unit["turn"]:
        turns.append({"turn": unit["turn"], "time": seconds(unit["time"]), "en": [], "zh": []})
    if unit["en"]:
        turns[-1]["en"].append(unit["en"])
    if unit["zh"]:
        turns[-1]["zh"].append(unit["zh"])


def chunks(text, size, breaks):
    """Pieces of about `size` characters, cut after one of `breaks` where there is one."""
    pieces = []
    while len(text) > size:
        window = text[:size + size // 2]
        cut = max((window.rfind(b, size // 2) for b in breaks), default=-1)
        cut = cut + 1 if cut >= 0 else size
        pieces.append(text[:cut].strip())
        text = text[cut:]
    if text.strip():
        pieces.append(text.strip())
    return pieces


def spread(pieces, start, end):
    """Cues for `pieces`, each given a share of start…end by its length."""
    total = sum(len(p) for p in pieces) or 1
    cues, at = [], start
    for piece in pieces:
        length = (end - start) * len(piece) / total
        cues.append((at, at + length, piece))
        at += length
    return cues


english, chinese, bilingual = [], [], []
clock = 0.0
for index, turn in enumerate(turns):
    following = turns[index + 1]["time"] if index + 1 < len(turns) else turn["time"] + 30
    en = " ".join(turn["en"])
    zh = "".join(turn["zh"])
    # A turn starts at its time, or after the one before it if that ran long; a silence ends it.
    turn["time"] = max(turn["time"], clock)
    end = max(following, turn["time"] + 1 + len(en) / 15) - 0.6
    clock = end + 0.6
    english_cues = spread(chunks(en, 42, [" "]), turn["time"], end)
    chinese_cues = spread(chunks(zh, 16, "，。？！；、"), turn["time"], end)
    english += english_cues
    chinese += chinese_cues
    # One file: each English cue with the Chinese cues whose middle falls in its time.
    for start, stop, text in english_cues:
        last = stop == english_cues[-1][1]
        piece = "".join(t for a, b, t in chinese_cues if start <= (a + b) / 2 < stop or (last and (a + b) / 2 >= stop))
        bilingual.append((start, stop, text + ("\\N" + piece if piece else "")))


def write(cues, path, delay=0.0):
    track = pysubs2.SSAFile()
    for start, end, text in cues:
        track.append(pysubs2.SSAEvent(start=round((start + delay) * 1000), end=round((end + delay) * 1000), text=text))
    track.save(path)
    # pysubs2 reads back what it wrote: the cue count the file holds.
    assert len(pysubs2.load(path)) == len(cues), path


reference = {key(u["en"], u["zh"]) for u in units if u["en"] and u["zh"]}
def f1(found, expected):
    right = len(found & expected)
    if not found or not expected or not right:
        return 0.0
    p, r = right / len(found), right / len(expected)
    return 2 * p * r / (p + r)


failed = False
folder = tempfile.mkdtemp()
for extension in ["srt", "vtt", "ass"]:
    shapes = {}
    for name, delay in [("two tracks", 0.0), ("two tracks, Chinese 2.5 s late", 2.5)]:
        en_path = os.path.join(folder, f"talk.en.{extension}")
        zh_path = os.path.join(folder, f"talk.zh.{extension}")
        write(english, en_path)
        write(chinese, zh_path, delay)
        shapes[name] = align("--en", en_path, "--zh", zh_path)
    one = os.path.join(folder, f"talk.{extension}")
    write(bilingual, one)
    shapes["one bilingual file"] = align(one)
    for name, found_units in shapes.items():
        found = {key(u["en"], u["zh"]) for u in found_units if u["en"] and u["zh"]}
        score = f1(found, reference)
        line = f"{extension} · {name}: F1 {score:.4f} against the transcript's alignment ({len(found)} units)"
        if args.gold and args.scorer:
            # Each unit takes the number of the transcript turn its English comes from (the next one, in order, that
            # holds it; a unit that spans two turns takes the first's).
            lines, at = "", 0
            for u in found_units:
                probe = key(u["en"] or "", "")[0][:40]
                for ahead in range(at, min(at + 3, len(turns))):
                    if probe and probe in key(" ".join(turns[ahead]["en"]), "")[0]:
                        at = ahead
                        break
                lines += json.dumps({"turn": turns[at]["turn"], "en": u["en"], "zh": u["zh"]}, ensure_ascii=False) + "\n"
            scored = subprocess.run([sys.executable, args.scorer, args.gold], input=lines, text=True,
                                    capture_output=True, check=True).stdout.strip().splitlines()[-1]
            line += f"; against the gold: {scored}"
        print(line)
        failed = failed or score < 0.95
sys.exit(1 if failed else 0)
