import { addDays } from "../../extract/common/calendar.js";
import {
  compareSources,
  dateWindow,
  MAX_DATE_GAP_DAYS,
  type MergeDecision,
  reconcile,
  type SourceEvent,
} from "../../merge/index.js";
import type { SqlExecutor, SqlValue } from "./driver.js";
import { EVENT_COLUMNS, eventIdOf, eventRow, type SourceRow, sourceEventOf } from "./event-rows.js";

/** The longest date window a source can have (month precision), for the candidate lookup's index range. */
const LONGEST_WINDOW_DAYS = 31;

export const SOURCE_SELECT = `SELECT se.event_id, se.id, se.record, d.id AS document_id, d.input_id, d.url, d.title,
  d.published_at, d.source FROM source_events se JOIN documents d ON d.id = se.document_id`;

/**
 * Stores one new source event and merges it: every stored source event it matches (pairwise, see compareSources)
 * pulls its event into one; the events it joins are rewritten from all their sources. Union of pairwise matches is
 * what makes the result independent of the order reports arrive in.
 */
export async function mergeSourceEvent(
  tx: SqlExecutor,
  source: SourceEvent,
  now: string,
): Promise<"merged" | "created"> {
  const window = dateWindow(source.event);
  const provisional = eventIdOf([source]);
  await tx.run(
    "INSERT INTO source_events (id, document_id, event_id, date_low, date_high, iso3, record) VALUES (?, ?, ?, ?, ?, ?, ?)",
    [
      source.id,
      source.document.id,
      provisional,
      window?.low ?? null,
      window?.high ?? null,
      source.event.iso3,
      JSON.stringify(source.event),
    ],
  );
  const matches: { other: SourceEvent; eventId: string; decision: MergeDecision }[] = [];
  if (window) {
    const blocked = new Set(
      (
        await tx.all<{ other: string }>(
          "SELECT b AS other FROM merge_blocks WHERE a = ? UNION SELECT a AS other FROM merge_blocks WHERE b = ?",
          [source.id, source.id],
        )
      ).map((r) => r.other),
    );
    const low = addDays(window.low, -MAX_DATE_GAP_DAYS);
    const high = addDays(window.high, MAX_DATE_GAP_DAYS);
    const candidates = await tx.all<SourceRow>(
      `${SOURCE_SELECT} WHERE se.date_low BETWEEN ? AND ? AND se.date_high >= ? AND se.id <> ?
         AND (se.iso3 IS NULL OR CAST(? AS TEXT) IS NULL OR se.iso3 = ?)`,
      [addDays(low, -LONGEST_WINDOW_DAYS), high, low, source.id, source.event.iso3, source.event.iso3],
    );
    for (const row of candidates) {
      if (blocked.has(row.id)) continue;
      const other = sourceEventOf(row);
      const decision = compareSources(source, other);
      if (decision.match) matches.push({ other, eventId: row.event_id, decision });
    }
  }
  for (const { other, decision } of matches) {
    const [a, b] = source.id < other.id ? [source.id, other.id] : [other.id, source.id];
    await tx.run("INSERT INTO merge_links (a, b, score, features) VALUES (?, ?, ?, ?) ON CONFLICT (a, b) DO NOTHING", [
      a,
      b,
      decision.score,
      JSON.stringify(decision.features),
    ]);
  }
  const joined = [...new Set(matches.map((m) => m.eventId))];
  const members = [source, ...(await sourcesOfEvents(tx, joined))];
  await writeEvent(tx, members, [provisional, ...joined], now);
  return matches.length ? "merged" : "created";
}

export async function sourcesOfEvents(
  tx: SqlExecutor,
  eventIds: string[],
): Promise<(SourceEvent & { eventId: string })[]> {
  if (eventIds.length === 0) return [];
  const rows = await tx.all<SourceRow>(
    `${SOURCE_SELECT} WHERE se.event_id IN (${eventIds.map(() => "?").join(", ")}) ORDER BY se.id`,
    eventIds,
  );
  return rows.map((row) => ({ ...sourceEventOf(row), eventId: row.event_id }));
}

/** Replaces the given events with one event of these sources, reconciled afresh. Returns its id. */
export async function writeEvent(
  tx: SqlExecutor,
  members: SourceEvent[],
  replacing: string[],
  now: string,
): Promise<string> {
  const id = eventIdOf(members);
  const stale = [...new Set([...replacing, id])];
  const marks = (values: unknown[]) => values.map(() => "?").join(", ");
  await tx.run(`DELETE FROM events WHERE id IN (${marks(stale)})`, stale);
  const memberIds = members.map((m) => m.id);
  await tx.run(`UPDATE source_events SET event_id = ? WHERE id IN (${marks(memberIds)})`, [id, ...memberIds]);
  const row = eventRow(id, reconcile(members), members, now);
  await tx.run(
    `INSERT INTO events (${EVENT_COLUMNS.join(", ")}) VALUES (${marks([...EVENT_COLUMNS])})`,
    EVENT_COLUMNS.map((column) => row[column] as SqlValue),
  );
  return id;
}
