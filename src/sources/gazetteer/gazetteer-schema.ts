/** Tables of data/gazetteer.sqlite, written by scripts/build-gazetteer.ts and read by SqliteGazetteer. */
export const GAZETTEER_SCHEMA = `
  CREATE TABLE places (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL, fclass TEXT NOT NULL,
    fcode TEXT NOT NULL, cc TEXT NOT NULL, admin1 TEXT NOT NULL, admin2 TEXT NOT NULL, admin3 TEXT NOT NULL,
    population INTEGER NOT NULL
  );
  CREATE TABLE names (key TEXT NOT NULL, id INTEGER NOT NULL, PRIMARY KEY (key, id)) WITHOUT ROWID;
  CREATE TABLE spellings (key TEXT NOT NULL, id INTEGER NOT NULL, PRIMARY KEY (key, id)) WITHOUT ROWID;
  CREATE TABLE transliterations (
    cc TEXT NOT NULL, key TEXT NOT NULL, id INTEGER NOT NULL, PRIMARY KEY (cc, key, id)
  ) WITHOUT ROWID;
  CREATE TABLE admins (code TEXT PRIMARY KEY, name TEXT NOT NULL);
  CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
  CREATE TABLE admin_changes (iso2 TEXT NOT NULL, former TEXT NOT NULL, current TEXT NOT NULL, since TEXT NOT NULL, level TEXT NOT NULL, change TEXT NOT NULL);
  CREATE TABLE countries (iso2 TEXT PRIMARY KEY, iso3 TEXT, name TEXT NOT NULL, population INTEGER, continent TEXT, geonameid INTEGER);
`;
