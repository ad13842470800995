/// The tables of an Anki collection at schema 11, the version every Anki since 2.1 imports (and upgrades).
enum AnkiCollectionSchema {
  static let version = 11

  static let sql = """
    CREATE TABLE col (
      id integer PRIMARY KEY, crt integer NOT NULL, mod integer NOT NULL, scm integer NOT NULL,
      ver integer NOT NULL, dty integer NOT NULL, usn integer NOT NULL, ls integer NOT NULL, conf text NOT NULL,
      models text NOT NULL, decks text NOT NULL, dconf text NOT NULL, tags text NOT NULL
    );
    CREATE TABLE notes (
      id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL, mod integer NOT NULL,
      usn integer NOT NULL, tags text NOT NULL, flds text NOT NULL, sfld integer NOT NULL, csum integer NOT NULL,
      flags integer NOT NULL, data text NOT NULL
    );
    CREATE TABLE cards (
      id integer PRIMARY KEY, nid integer NOT NULL, did integer NOT NULL, ord integer NOT NULL,
      mod integer NOT NULL, usn integer NOT NULL, type integer NOT NULL, queue integer NOT NULL,
      due integer NOT NULL, ivl integer NOT NULL, factor integer NOT NULL, reps integer NOT NULL,
      lapses integer NOT NULL, left integer NOT NULL, odue integer NOT NULL, odid integer NOT NULL,
      flags integer NOT NULL, data text NOT NULL
    );
    CREATE TABLE revlog (
      id integer PRIMARY KEY, cid integer NOT NULL, usn integer NOT NULL, ease integer NOT NULL,
      ivl integer NOT NULL, lastIvl integer NOT NULL, factor integer NOT NULL, time integer NOT NULL,
      type integer NOT NULL
    );
    CREATE TABLE graves (usn integer NOT NULL, oid integer NOT NULL, type integer NOT NULL);
    CREATE INDEX ix_notes_usn ON notes (usn);
    CREATE INDEX ix_cards_usn ON cards (usn);
    CREATE INDEX ix_revlog_usn ON revlog (usn);
    CREATE INDEX ix_cards_nid ON cards (nid);
    CREATE INDEX ix_cards_sched ON cards (did, queue, due);
    CREATE INDEX ix_revlog_cid ON revlog (cid);
    CREATE INDEX ix_notes_csum ON notes (csum);
    """

  /// The deck options every deck of the package uses: Anki's defaults (an import keeps the importer's own unless
  /// asked to take the package's).
  static let defaultDeckOptions: JSON = .object([
    "1": .object([
      "id": .int(1), "mod": .int(0), "name": .string("Default"), "usn": .int(0), "maxTaken": .int(60),
      "autoplay": .bool(true), "timer": .int(0), "replayq": .bool(true), "dyn": .bool(false),
      "new": .object([
        "bury": .bool(false), "delays": .array([.number(1), .number(10)]), "initialFactor": .int(2500),
        "ints": .array([.int(1), .int(4), .int(0)]), "order": .int(1), "perDay": .int(20),
      ]),
      "rev": .object([
        "bury": .bool(false), "ease4": .number(1.3), "ivlFct": .number(1), "maxIvl": .int(36_500),
        "perDay": .int(200), "hardFactor": .number(1.2),
      ]),
      "lapse": .object([
        "delays": .array([.number(10)]), "leechAction": .int(1), "leechFails": .int(8), "minInt": .int(1),
        "mult": .number(0),
      ]),
    ])
  ])
}
