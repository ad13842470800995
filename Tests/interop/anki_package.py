#!/usr/bin/env python3
"""Imports duet's Anki package into real Anki with scheduling, and checks every card and the review log.

usage: anki_package.py DUET_BINARY REPOSITORY_ROOT

For each time zone of ZONES (duet and Anki both run in it), and once across zones (exported in the first, imported
in the second):
1. duet imports the bundled decks (the glossary as the nested deck glossary::ai-ml) and reviews for a week through
   `review --format jsonl` with DUET_NOW, answering from a seeded random learner (a late session at 02:30 counts for
   the day before, as the 4 am rollover says), and suspending a few cards;
2. `duet export -o week.apkg`; a fresh Anki collection imports it with "import any learning progress" on (the
   calls Anki's import dialog makes);
3. every duet card is compared with the Anki card of the same note and template: queue, type, due date (review
   cards: the same calendar day; new cards: the same order), interval, factor (ease × 1000), reps (answers given),
   lapses, and its number of review-log entries; the notes' fields, deck, tags and first-field checksum too;
4. importing the same file again must add nothing; a second export after another day of reviews and an edited
   translation is imported too: the edited note must be updated, and what Anki did with the schedules is printed.
"""
import datetime, html, json, os, random, re, shutil, subprocess, sys, tempfile, zipfile

duet, root = sys.argv[1], sys.argv[2]
ZONES = ['Asia/Shanghai', 'America/Los_Angeles']
WEEK = [f'2026-01-{day:02d}T09:00:00' for day in range(5, 12)] + ['2026-01-09T02:30:00']
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print('FAIL:', message)


def anki_session(zone, body):
    """Runs `body(Collection)` in a child process whose local zone is `zone`: Anki reads the zone once."""
    script = f'''
import json, sys, datetime
from anki.collection import Collection, ImportAnkiPackageRequest, ImportAnkiPackageOptions
from anki.utils import field_checksum
import anki.lang
anki.lang.set_lang("en")  # field_checksum strips HTML through the backend of the current language
{body}
'''
    result = subprocess.run([sys.executable, '-c', script], env=dict(os.environ, TZ=zone), capture_output=True,
                            text=True)
    if result.returncode != 0:
        raise SystemExit(f'Anki failed in {zone}:\n{result.stderr}')
    return json.loads(result.stdout.splitlines()[-1])


IMPORT = '''
def import_package(col, path):
    request = ImportAnkiPackageRequest(package_path=path, options=ImportAnkiPackageOptions(
        with_scheduling=True, with_deck_configs=False, merge_notetypes=False))
    log = col.import_anki_package(request).log
    return {"new": len(log.new), "updated": len(log.updated), "duplicate": len(log.duplicate),
            "conflicting": len(log.conflicting), "first_field_match": len(log.first_field_match),
            "missing_notetype": len(log.missing_notetype), "missing_deck": len(log.missing_deck),
            "empty_first_field": len(log.empty_first_field), "found_notes": log.found_notes}

def snapshot(col):
    """Every card with its note, and Anki's own idea of today's date."""
    today = datetime.datetime.fromtimestamp(col.sched.day_cutoff - 86400).date()
    cards = []
    for cid in col.find_cards(""):
        card = col.get_card(cid)
        note = card.note()
        due = None
        if card.type == 2:
            due = (today + datetime.timedelta(days=card.due - col.sched.today)).isoformat()
        cards.append({"guid": note.guid, "ord": card.ord, "type": card.type, "queue": card.queue, "due": card.due,
                      "due_date": due, "ivl": card.ivl, "factor": card.factor, "reps": card.reps,
                      "lapses": card.lapses, "deck": col.decks.name(card.did), "fields": list(note.fields),
                      "tags": sorted(note.tags), "notetype": note.note_type()["name"],
                      "checksum": field_checksum(note.fields[0]) == col.db.scalar(
                          "select csum from notes where id = ?", note.id),
                      "revlog": col.db.scalar("select count() from revlog where cid = ?", cid)})
    return {"today": today.isoformat(), "cards": cards, "revlog": col.db.scalar("select count() from revlog"),
            "notes": col.note_count()}
'''


def run_duet(env, *args, input=None):
    return subprocess.run([duet, *args], env=env, input=input, capture_output=True, text=True, check=True)


def review(env, now, rng, limit):
    """One session at `now`: answers up to `limit` cards like a learner who knows most of them."""
    session = subprocess.Popen([duet, 'review', '--format', 'jsonl'], env=dict(env, DUET_NOW=now),
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    answered = 0
    for line in session.stdout:
        shown = json.loads(line)
        if 'done' in shown:
            break
        if 'error' in shown:
            raise SystemExit(f'duet refused an answer: {shown}')
        if answered >= limit:
            answer = 'q'
        elif rng.random() < 0.02:
            answer = 's'
        else:
            answer = str(rng.choices([0, 1, 2, 3, 4, 5], weights=[3, 3, 4, 15, 45, 30])[0])
        answered += 1
        session.stdin.write(answer + '\n')
        session.stdin.flush()
    session.stdin.close()
    session.wait()


def duet_cards(env):
    return [json.loads(line) for line in run_duet(env, 'cards', '--format', 'jsonl').stdout.splitlines()]


def compare(duet_list, anki, label):
    """Checks each duet card against its Anki card; returns the per-field counts of agreeing cards."""
    by_key = {(card['guid'], card['ord']): card for card in anki['cards']}
    agree = {field: 0 for field in ['queue', 'type', 'due', 'ivl', 'factor', 'reps', 'lapses', 'revlog', 'note']}
    new_order = []
    for card in duet_list:
        ordinal = 0 if card['direction'] == 'en-zh' else 1
        other = by_key.get((card['guid'], ordinal))
        if other is None:
            check(False, f'{label}: card {card["id"]} ({card["guid"]}, {ordinal}) is not in Anki')
            continue
        reviewed = card['due'] is not None
        want = {
            'queue': -1 if card['state'] == 'suspended' else (2 if reviewed else 0),
            'type': 2 if reviewed else 0,
            'due': card['due'],
            'ivl': card['interval'] if reviewed else 0,
            'factor': round(card['ease'] * 1000) if reviewed else 0,
            'reps': card['reviews'],
            'lapses': card['lapses'],
            'revlog': card['reviews'],
        }
        got = dict(other, due=other['due_date'])
        for field, value in want.items():
            if got[field] == value:
                agree[field] += 1
            else:
                check(False, f'{label}: card {card["id"]} {field}: duet {value!r}, Anki {got[field]!r}')
        if not reviewed:
            new_order.append((card['id'], other['due'], card['guid'], ordinal))
        shown = [html.unescape(field.replace('<br>', '\n')) for field in other['fields']]
        fields_ok = (shown[0] == card['en'] and shown[1] == card['zh'] and other['deck'] == card['deck'] and other['notetype'] == 'Duet (English–Chinese)'
                     and card['kind'] in other['tags'] and other['checksum'])
        agree['note'] += fields_ok
        check(fields_ok, f'{label}: note of card {card["id"]} differs: {other["fields"][0]!r} {other["deck"]!r}')
    by_duet = [key[2:] for key in sorted(new_order)]
    by_anki = [key[2:] for key in sorted(new_order, key=lambda k: (k[1], k[0]))]
    agree['new order'] = sum(a == b for a, b in zip(by_duet, by_anki))
    check(by_duet == by_anki, f'{label}: Anki orders the new cards differently from duet')
    print(f'{label}: {len(duet_list)} cards; agreeing: ' + ', '.join(f'{k} {v}' for k, v in agree.items())
          + f' ({len(new_order)} new, {len(duet_list) - len(new_order)} answered, '
          + f'{sum(card["state"] == "suspended" for card in duet_list)} suspended)')


def week_of_reviews(work, zone):
    env = dict(os.environ, TZ=zone, DUET_DB=os.path.join(work, 'duet.sqlite3'), DUET_NOW=WEEK[0])
    run_duet(env, 'import', os.path.join(root, 'Decks', 'karina-nguyen.md'))
    # A nested deck: Anki must show it under its parent.
    run_duet(env, 'import', os.path.join(root, 'Decks', 'ai-ml-terms.tsv'), '--deck', 'glossary::ai-ml')
    rng = random.Random(20260105)
    for now in sorted(WEEK):
        review(env, now, rng, limit=60)
    return env


def main():
    work = tempfile.mkdtemp(prefix='duet-apkg-')
    exported = {}
    for zone in ZONES:
        folder = os.path.join(work, zone.replace('/', '-'))
        os.makedirs(folder)
        env = week_of_reviews(folder, zone)
        package = os.path.join(folder, 'week.apkg')
        run_duet(dict(env, DUET_NOW='2026-01-12T09:00:00'), 'export', '-o', package)
        check(zipfile.ZipFile(package).testzip() is None, f'{zone}: the package fails its CRC check')
        expected = exported[zone] = duet_cards(env)
        collection = os.path.join(folder, 'anki', 'collection.anki2')
        os.makedirs(os.path.dirname(collection))
        first = anki_session(zone, IMPORT + f'''
col = Collection({collection!r})
log = import_package(col, {package!r})
again = import_package(col, {package!r})
print(json.dumps(dict(snapshot(col), log=log, again=again)))
''')
        print(f'{zone}: Anki import log {first["log"]}')
        print(f'{zone}: again {first["again"]}; notes {first["notes"]}, revlog {first["revlog"]}')
        reviews = sum(card['reviews'] for card in expected)
        check(first['log']['new'] == len({card['guid'] for card in expected}),
              f'{zone}: Anki added {first["log"]["new"]} notes')
        check(first['again']['new'] == 0 and first['notes'] == first['log']['new'],
              f'{zone}: importing the same package again added notes')
        check(first['revlog'] == reviews, f'{zone}: Anki holds {first["revlog"]} review-log entries for {reviews}')
        compare(expected, first, zone)

        # Another day of reviews and a corrected translation, exported again and imported over the first.
        review(env, '2026-01-12T09:00:00', random.Random(12), limit=40)
        edited = os.path.join(folder, 'edited', 'karina-nguyen.md')
        os.makedirs(os.path.dirname(edited))
        with open(os.path.join(root, 'Decks', 'karina-nguyen.md'), encoding='utf-8') as f:
            text = f.read()
        with open(edited, 'w', encoding='utf-8') as f:
            f.write(text.replace('今天的嘉宾是 Karina Nguyen。', '今天我们的嘉宾是 Karina Nguyen。', 1))
        report = run_duet(dict(env, DUET_NOW='2026-01-12T20:00:00'), 'import', edited).stderr
        added, updated = map(int, re.search(r'notes: (\d+) new, (\d+) updated', report).groups())
        check(updated >= 1, f'{zone}: duet did not update the edited note: {report.strip()}')
        second_package = os.path.join(folder, 'day8.apkg')
        run_duet(dict(env, DUET_NOW='2026-01-12T21:00:00'), 'export', '-o', second_package)
        later = duet_cards(env)
        second = anki_session(zone, IMPORT + f'''
col = Collection({collection!r})
log = import_package(col, {second_package!r})
print(json.dumps(dict(snapshot(col), log=log)))
''')
        check(second['log']['updated'] == updated and second['log']['new'] == added,
              f'{zone}: duet added {added} and updated {updated} notes, Anki\'s import of them {second["log"]}')
        check(any(card['fields'][1] == '今天我们的嘉宾是 Karina Nguyen。' for card in second['cards']),
              f'{zone}: the edited translation is not in Anki')
        print(f'{zone}: second package: Anki import log {second["log"]}; notes {second["notes"]}, '
              f'revlog {second["revlog"]} (duet {sum(card["reviews"] for card in later)})')
        before = {(c['guid'], c['ord']): (c['due_date'], c['ivl'], c['reps']) for c in first['cards']}
        moved = sum(1 for c in second['cards'] if before.get((c['guid'], c['ord']), (c['due_date'], c['ivl'], c['reps']))
                    != (c['due_date'], c['ivl'], c['reps']))
        earlier = {card['id']: (card['due'], card['interval'], card['reviews']) for card in expected}
        changed = sum(1 for card in later if card['id'] in earlier
                      and earlier[card['id']] != (card['due'], card['interval'], card['reviews']))
        print(f'{zone}: second package: duet changed {changed} cards\' schedules; Anki changed {moved}')

    # Exported in the first zone, imported by an Anki in the second: the same calendar days.
    source, target = ZONES
    package = os.path.join(work, source.replace('/', '-'), 'week.apkg')
    collection = os.path.join(work, 'across', 'collection.anki2')
    os.makedirs(os.path.dirname(collection))
    across = anki_session(target, IMPORT + f'''
col = Collection({collection!r})
import_package(col, {package!r})
print(json.dumps(snapshot(col)))
''')
    compare(exported[source], across, f'{source} → {target}')

    shutil.rmtree(work)
    print(f'anki package: {"ok" if not failures else str(len(failures)) + " problems"}')
    sys.exit(1 if failures else 0)


main()
