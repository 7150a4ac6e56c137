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
      source.event.iso3 ?? "",
      JSON.stringify(source.event),
    ],
  );
  const matches: { other: SourceEvent; eventId: string; decision: MergeDecision }[] = [];
  if (window) {
    const low = addDays(window.low, -MAX_DATE_GAP_DAYS);
    const high = addDays(window.high, MAX_DATE_GAP_DAYS);
    // Same country or none (stored as ''), through the (iso3, date_low) index; a source with no country looks at all.
    const sameCountry = source.event.iso3 ? "se.iso3 IN (?, '') AND " : "";
    const candidates = await tx.all<SourceRow>(
      `${SOURCE_SELECT} WHERE ${sameCountry}se.date_low BETWEEN ? AND ? AND se.date_high >= ? AND se.id <> ?`,
      [...(source.event.iso3 ? [source.event.iso3] : []), addDays(low, -LONGEST_WINDOW_DAYS), high, low, source.id],
    );
    for (const row of candidates) {
      const other = sourceEventOf(row);
      const decision = compareSources(source, other);
      if (decision.match) matches.push({ other, eventId: row.event_id, decision });
    }
  }
  if (matches.length === 0) {
    await insertEvent(tx, provisional, [source], now);
    return "created";
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
  let joined = [...new Set(matches.map((m) => m.eventId))];
  let members = await sourcesOfEvents(tx, joined);
  // A user's split stands: a new report that matches both sides joins only the side it matches best.
  if (joined.length > 1 && (await anyBlockAmong(tx, members))) {
    const best = [...matches].sort(
      (x, y) => y.decision.score - x.decision.score || (x.eventId < y.eventId ? -1 : 1),
    )[0];
    joined = [best?.eventId as string];
    members = members.filter((m) => m.eventId === best?.eventId);
  }
  await writeEvent(tx, [source, ...members], [provisional, ...joined], now);
  return "merged";
}

async function anyBlockAmong(tx: SqlExecutor, members: SourceEvent[]): Promise<boolean> {
  const ids = members.map((m) => m.id);
  const marks = ids.map(() => "?").join(", ");
  const rows = await tx.all(`SELECT a FROM merge_blocks WHERE a IN (${marks}) AND b IN (${marks}) LIMIT 1`, [
    ...ids,
    ...ids,
  ]);
  return rows.length > 0;
}

export async function sourcesOfEvents(
  tx: SqlExecutor,
  eventIds: string[],
): Promise<(SourceEvent & { eventId: string })[]> {
  if (eventIds.length === 0) return [];
  const rows = await tx.all<SourceRow>(
    `${SOURCE_SELECT} WHERE se.event_id IN (${eventIds.map(() => "?").join(", ")})`,
    eventIds,
  );
  // Sorted here: ORDER BY se.id would tempt SQLite into walking the whole primary key instead of the event index.
  return rows.sort((a, b) => (a.id < b.id ? -1 : 1)).map((row) => ({ ...sourceEventOf(row), eventId: row.event_id }));
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
  await insertEvent(tx, id, members, now);
  return id;
}

async function insertEvent(tx: SqlExecutor, id: string, members: SourceEvent[], now: string): Promise<void> {
  const row = eventRow(id, reconcile(members), members, now);
  await tx.run(
    `INSERT INTO events (${EVENT_COLUMNS.join(", ")}) VALUES (${EVENT_COLUMNS.map(() => "?").join(", ")})`,
    EVENT_COLUMNS.map((column) => row[column] as SqlValue),
  );
}
