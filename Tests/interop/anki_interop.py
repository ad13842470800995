#!/usr/bin/env python3
"""Imports duet's export into real Anki, through the calls Anki's import dialog makes, and checks what Anki stored.

usage: anki_interop.py DUET_BINARY REPOSITORY_ROOT

1. duet imports the bundled transcript and a file of hostile fields (tabs, line breaks, quotes, a leading '#',
   HTML-like text, emoji) and exports them;
2. a fresh Anki collection imports the export (Collection.get_csv_metadata, then Collection.import_csv): every duet
   note must arrive as one note with two cards, with duet's exact text, deck and tags;
3. one note is edited in duet and exported again: Anki's import must update it and add nothing;
4. Anki's own "Notes in Plain Text" export (HTML, guid, deck, tags) must import back into duet with the same text.
"""
import csv, html, io, json, os, re, shutil, subprocess, sys, tempfile

from anki.collection import Collection, ImportCsvRequest

duet, root = sys.argv[1], sys.argv[2]
work = tempfile.mkdtemp(prefix='duet-anki-')
env = dict(os.environ, DUET_DB=os.path.join(work, 'duet.sqlite3'), DUET_NOW='2026-01-05T09:00:00')
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print('FAIL:', message)


def run(*args, db=None):
    return subprocess.run([duet, *args], env=dict(env, DUET_DB=db or env['DUET_DB']), check=True,
                          capture_output=True, text=True)


def exported_rows(path):
    """The rows of a duet export, read by Python's csv module, not by duet."""
    with open(path, encoding='utf-8', newline='') as f:
        lines = f.read().split('\n')
    headers = 0
    while lines[headers].startswith('#'):  # only the leading '#' lines are headers
        headers += 1
    rows = list(csv.reader(io.StringIO('\n'.join(lines[headers:])), delimiter='\t', quotechar='"'))
    return {row[0]: row for row in rows if row}


def anki_text(field):
    """An Anki field as the plain text it shows (Anki escaped the text and turned line breaks into <br>)."""
    return html.unescape(field.replace('<br>', '\n'))


def import_into_anki(col, path):
    metadata = col.get_csv_metadata(path, None)
    return col.import_csv(ImportCsvRequest(path=path, metadata=metadata)).log


transcript = os.path.join(root, 'Decks', 'karina-nguyen.md')
hostile = os.path.join(root, 'Tests', 'Fixtures', 'anki', 'hostile.tsv')
run('import', transcript, hostile)
first = os.path.join(work, 'first.tsv')
run('export', '-o', first)
expected = exported_rows(first)
cards = [json.loads(line) for line in run('cards', '--format', 'jsonl').stdout.splitlines()]
notes = {card['guid']: card for card in cards}
check(len(expected) == len(notes), f'export has {len(expected)} rows for {len(notes)} duet notes')
for guid, note in notes.items():
    row = expected.get(guid)
    check(row is not None and row[1] == note['en'] and row[2] == note['zh'] and row[3] == note['deck'],
          f'export row of {guid} differs from the note')

os.makedirs(os.path.join(work, 'anki'))
col = Collection(os.path.join(work, 'anki', 'collection.anki2'))
log = import_into_anki(col, first)
print(f'first import: new {len(log.new)}, updated {len(log.updated)}, duplicate {len(log.duplicate)}, '
      f'conflicting {len(log.conflicting)}; notes {col.note_count()}, cards {col.card_count()}')
check(len(log.new) == len(notes), f'Anki added {len(log.new)} notes for {len(notes)}')
check(col.note_count() == len(notes), f'Anki holds {col.note_count()} notes')
check(col.card_count() == 2 * len(notes), f'Anki holds {col.card_count()} cards for {len(notes)} notes')
for nid in col.find_notes(''):
    note = col.get_note(nid)
    row = expected.get(note.guid)
    if row is None:
        check(False, f'Anki note {note.guid} is not in the export')
        continue
    check(anki_text(note.fields[0]) == row[1], f'front of {note.guid}: {note.fields[0]!r} != {row[1]!r}')
    check(anki_text(note.fields[1]) == row[2], f'back of {note.guid}: {note.fields[1]!r} != {row[2]!r}')
    decks = {col.decks.name(col.get_card(cid).did) for cid in note.card_ids()}
    check(decks == {row[3]}, f'decks of {note.guid}: {decks} != {row[3]}')
    check(sorted(note.tags) == sorted(row[4].split()), f'tags of {note.guid}: {note.tags} != {row[4]}')

# Edit one note in duet (a corrected translation in the transcript), export again, import again.
edited_dir = os.path.join(work, 'edited')
os.makedirs(edited_dir)
edited = os.path.join(edited_dir, 'karina-nguyen.md')
with open(transcript, encoding='utf-8') as f:
    text = f.read()
with open(edited, 'w', encoding='utf-8') as f:
    f.write(text.replace('今天的嘉宾是 Karina Nguyen。', '今天我们的嘉宾是 Karina Nguyen。', 1))
report = run('import', edited).stderr
check('1 updated' in report, f'duet did not update one note: {report.strip()}')
second = os.path.join(work, 'second.tsv')
run('export', '-o', second)
log = import_into_anki(col, second)
print(f'second import: new {len(log.new)}, updated {len(log.updated)}, duplicate {len(log.duplicate)}; '
      f'notes {col.note_count()}, cards {col.card_count()}')
check(len(log.new) == 0, f'the second import added {len(log.new)} notes')
check(len(log.updated) >= 1, 'the second import updated no note')
check(col.note_count() == len(notes), f'Anki holds {col.note_count()} notes after the second import')
changed = [col.get_note(nid) for nid in col.find_notes('"Today my guest is Karina Nguyen."')]
check(len(changed) == 1 and anki_text(changed[0].fields[1]) == '今天我们的嘉宾是 Karina Nguyen。',
      'the edited note does not carry the new translation')

# Anki's own export, with HTML, read back by duet.
anki_export = os.path.join(work, 'anki-notes.txt')
col.export_note_csv(out_path=anki_export, limit=None, with_html=True, with_tags=True, with_deck=True,
                    with_notetype=True, with_guid=True)
col.close()
back_db = os.path.join(work, 'back.sqlite3')
run('import', anki_export, db=back_db)
back = {card['guid']: card for card in
        (json.loads(line) for line in run('cards', '--format', 'jsonl', db=back_db).stdout.splitlines())}
check(len(back) == len(notes), f'duet read {len(back)} notes from Anki\'s export of {len(notes)}')
for guid, note in notes.items():
    other = back.get(guid)
    want_zh = '今天我们的嘉宾是 Karina Nguyen。' if note['en'] == 'Today my guest is Karina Nguyen.' else note['zh']
    check(other is not None and other['en'] == note['en'] and other['zh'] == want_zh and other['deck'] == note['deck'],
          f'note {guid} read back from Anki differs: {other and (other["en"], other["zh"], other["deck"])}')

shutil.rmtree(work)
print(f'anki interoperability: {"ok" if not failures else str(len(failures)) + " problems"}')
sys.exit(1 if failures else 0)
