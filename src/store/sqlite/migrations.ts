/** Schema versions in order; a migration is applied in one transaction with its version row. Never edit a released one. */
export const MIGRATIONS: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: "documents",
    sql: `
      CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        input_id TEXT,
        source TEXT NOT NULL,
        form TEXT NOT NULL,
        url TEXT,
        title TEXT,
        author TEXT,
        published_at TEXT,
        published_at_source TEXT NOT NULL,
        language TEXT,
        language_confidence REAL NOT NULL,
        language_reliable INTEGER NOT NULL,
        encoding TEXT NOT NULL,
        text TEXT NOT NULL,
        asides TEXT NOT NULL,
        ingested_at TEXT NOT NULL
      );
      CREATE INDEX documents_published_at ON documents (published_at);
      CREATE INDEX documents_input_id ON documents (input_id);
    `,
  },
];
