import { addDays, isRealDay } from "../../base/calendar.js";
import {
  type Comparable,
  compareSources,
  dateWindow,
  looselyPlaced,
  MAX_DATE_GAP_DAYS,
  type MatchFields,
  type MergeDecision,
  matchFieldsOf,
  plainlyApart,
  reconcile,
  type SourceEvent,
} from "../../merge/index.js";
import { normalizeName } from "../../sources/gazetteer/normalize-name.js";
import type { CandidateCache, CandidateSource } from "./candidate-cache.js";
import { placeholders, type SqlExecutor, type SqlValue } from "./driver.js";
import {
  EVENT_COLUMNS,
  eventIdOf,
  eventRow,
  NOT_RETRACTED,
  type SourceRow,
  sourceEventOf,
  type WrittenEvents,
} from "./event-rows.js";

export const SOURCE_SELECT = `SELECT se.event_id, se.id, se.record, d.id AS document_id, d.input_id, d.url, d.title,
  d.published_at, d.source, d.ingested_at FROM source_events se JOIN documents d ON d.id = se.document_id`;

/**
 * Stores one new source event and merges it: every stored source event it matches (pairwise, see compareSources)
 * pulls its event into one; the events it joins are rewritten from all their sources. Union of pairwise matches is
 * what makes the result independent of the order reports arrive in.
 */
export async function mergeSourceEvent(
  tx: SqlExecutor,
  source: SourceEvent,
  dirty: DirtyEvents,
  cache: CandidateCache,
): Promise<"merged" | "created"> {
  const window = dateWindow(source.event);
  const provisional = eventIdOf([source]);
  const fields = matchFieldsOf(source.event);
  const iso3 = source.event.iso3 ?? "";
  await tx.run(
    `INSERT INTO source_events (id, document_id, event_id, date_low, date_high, iso3, place_key, match_fields, record)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      source.id,
      source.document.id,
      provisional,
      window?.low ?? null,
      window?.high ?? null,
      iso3,
      placeKey(source.event),
      JSON.stringify(fields),
      JSON.stringify(source.event),
    ],
  );
  if (!window) return attachUndated(tx, source, provisional, dirty);
  const sourceIsLoose = looselyPlaced(fields);
  cache.added(iso3, { id: source.id, dateLow: window.low, dateHigh: window.high, fields, loose: sourceIsLoose });
  // Same country or none (stored as ''); a source with no country looks at all.
  const candidates = await cache.overlapping(tx, iso3 ? [iso3, ""] : null, {
    low: addDays(window.low, -MAX_DATE_GAP_DAYS),
    high: addDays(window.high, MAX_DATE_GAP_DAYS),
  });
  const loose = candidates.filter((candidate) => candidate.loose && candidate.id !== source.id);
  let eventId = provisional;
  let merged = false;
  if (sourceIsLoose) {
    const best = bestMatch(source, candidates);
    if (best) eventId = await anchor(tx, source, best, [provisional], dirty);
    else dirty.set(provisional, [source]);
    merged = best !== null;
  } else {
    const { matches, members } = await matchedEvents(tx, source, candidates);
    if (matches.length === 0) dirty.set(provisional, [source]);
    else {
      // One link per event joined, to the report that matched: the links of an event grow with its reports, not
      // with their pairs (2,000 reports of one event made two million), and each report's reason to join is kept.
      for (const { other, decision } of matches) await link(tx, source, other, decision);
      let joined = [...members.keys()];
      // A user's split stands: a new report that matches both sides joins only the side it matches best.
      if (joined.length > 1 && (await anyBlockAmong(tx, joined))) joined = [bestEvent(source, candidates, members)];
      eventId = await regroup(tx, [source.id], [provisional, ...joined], dirty);
    }
    merged = matches.length > 0;
  }
  eventId = await adoptLoose(tx, source, eventId, loose, dirty);
  await adoptUndated(tx, source, eventId, dirty);
  return merged ? "merged" : "created";
}

/**
 * The stored report a new one matches best (highest score, then smallest id), or null. What a report placed only at
 * its country or region joins: it cannot tell two events in its area apart, so it never links two.
 */
function bestMatch(source: SourceEvent, candidates: CandidateSource[]): Match | null {
  let best: (Match & { offer: Attachment }) | null = null;
  for (const candidate of candidates) {
    if (candidate.id === source.id || plainlyApart(source.event, candidate.fields)) continue;
    const other = { id: candidate.id, event: candidate.fields };
    const decision = compareSources(source, other);
    const offer = attachmentTo(other, decision);
    if (decision.match && betterAttachment(offer, best?.offer ?? null)) best = { other, decision, offer };
  }
  return best;
}

/** What a report would be attached to: the report, the score, and whether that report is placed at a town or site. */
interface Attachment {
  id: string;
  score: number;
  placed: boolean;
}

const attachmentTo = (other: Comparable, decision: MergeDecision): Attachment => ({
  id: other.id,
  score: decision.score,
  placed: !looselyPlaced(other.event),
});

/**
 * Whether an attachment beats another (or none): a report placed at a town or site first (another placed only at
 * its country or region points at a convention, and is itself attached elsewhere), then the higher score, then the
 * smaller id. A function of the two alone, so the best of a set does not depend on arrival order.
 */
function betterAttachment(offer: Attachment, current: Attachment | null): boolean {
  if (!current) return true;
  if (offer.placed !== current.placed) return offer.placed;
  return isBetter(offer.score, offer.id, current.score, current.id);
}

/** The attachment a stored report has, read back with the place of the report it is attached to. */
async function currentAttachment(
  tx: SqlExecutor,
  row: { attached_to: string | null; attach_score: number | null } | undefined,
): Promise<Attachment | null> {
  if (!row?.attached_to) return null;
  const [target] = await tx.all<{ match_fields: string }>("SELECT match_fields FROM source_events WHERE id = ?", [
    row.attached_to,
  ]);
  const fields = target ? (JSON.parse(target.match_fields) as MatchFields) : null;
  return { id: row.attached_to, score: row.attach_score ?? 0, placed: !fields || !looselyPlaced(fields) };
}

/** Attaches a loosely placed report (with the reports attached to it) to the event of the report it matches best. */
async function anchor(
  tx: SqlExecutor,
  loose: Comparable,
  { other, decision }: Match,
  eventIds: string[],
  dirty: DirtyEvents,
): Promise<string> {
  await link(tx, loose, other, decision);
  await tx.run("UPDATE source_events SET attached_to = ?, attach_score = ? WHERE id = ?", [
    other.id,
    decision.score,
    loose.id,
  ]);
  return regroup(tx, [loose.id], [...eventIds, await eventOf(tx, other.id)], dirty);
}

async function eventOf(tx: SqlExecutor, sourceId: string): Promise<string> {
  const [row] = await tx.all<{ event_id: string }>("SELECT event_id FROM source_events WHERE id = ?", [sourceId]);
  return row?.event_id ?? eventIdOf([{ id: sourceId }]);
}

/**
 * A new dated report takes over the loosely placed reports of its days (candidates) that it matches better than the
 * report they are attached to: each leaves its old event (which falls apart into what its other links still hold)
 * for the new report's. Best is a function of the stored set, so arrival order does not change the result.
 */
async function adoptLoose(
  tx: SqlExecutor,
  source: SourceEvent,
  eventId: string,
  candidates: CandidateSource[],
  dirty: DirtyEvents,
): Promise<string> {
  let current = eventId;
  for (const candidate of candidates) {
    if (plainlyApart(candidate.fields, source.event)) continue;
    const loose = { id: candidate.id, event: candidate.fields };
    const decision = compareSources(loose, source);
    if (!decision.match) continue;
    const [row] = await tx.all<{ attached_to: string | null; attach_score: number | null }>(
      "SELECT attached_to, attach_score FROM source_events WHERE id = ?",
      [loose.id],
    );
    if (!betterAttachment(attachmentTo(source, decision), await currentAttachment(tx, row))) continue;
    if (await splitApart(tx, [await eventOf(tx, loose.id), await eventOf(tx, source.id)])) continue;
    if (row?.attached_to) {
      await unlinkAttachment(tx, loose.id, row.attached_to);
      await recompose(tx, await eventOf(tx, loose.id), dirty);
    }
    // The loose report moves with the reports attached to it; the new report's event may have been regrouped.
    const moving = [await eventOf(tx, loose.id)];
    current = await anchor(tx, loose, { other: { id: source.id, event: source.event }, decision }, moving, dirty);
  }
  return current;
}

/**
 * Takes away the link of a report's attachment, unless it is also the other report's own attachment (two loosely
 * placed reports may each match the other best).
 */
async function unlinkAttachment(tx: SqlExecutor, id: string, attachedTo: string): Promise<void> {
  const [other] = await tx.all<{ attached_to: string | null }>("SELECT attached_to FROM source_events WHERE id = ?", [
    attachedTo,
  ]);
  if (other?.attached_to === id) return;
  const [a, b] = ordered(id, attachedTo);
  await tx.run("DELETE FROM merge_links WHERE a = ? AND b = ?", [a, b]);
}

/**
 * Regroups an event's reports by the links it still has (one was taken away), comparing reports left in different
 * groups again as a split does (rejoin), and marks each group's event to be written.
 */
async function recompose(tx: SqlExecutor, eventId: string, dirty: DirtyEvents): Promise<void> {
  const members = await sourcesOfEvents(tx, [eventId]);
  const ids = members.map((m) => m.id);
  const blocked = new Set((await blocksAmong(tx, ids)).map(({ a, b }) => `${a}|${b}`));
  const { components, links } = rejoin(members, await linksAmong(tx, ids), (a, b) =>
    blocked.has(a < b ? `${a}|${b}` : `${b}|${a}`),
  );
  for (const { x, y, decision } of links) await link(tx, x, y, decision);
  await tx.run("DELETE FROM events WHERE id = ?", [eventId]);
  dirty.set(eventId, GONE);
  for (const component of components) {
    const id = eventIdOf(component);
    const componentIds = component.map((m) => m.id);
    await tx.run(`UPDATE source_events SET event_id = ? WHERE id IN (${placeholders(componentIds)})`, [
      id,
      ...componentIds,
    ]);
    dirty.set(id, null);
  }
}

interface Match {
  other: Comparable;
  decision: MergeDecision;
}

/**
 * The events a new source joins, each with the first of its reports the source matches. Once one report of an
 * event matches, its other reports are not compared: a report of an event told 2,000 times is compared about once,
 * not 2,000 times. Joining is still the union of pairwise matches, so arrival order does not change the result.
 */
async function matchedEvents(
  tx: SqlExecutor,
  source: SourceEvent,
  candidates: CandidateSource[],
): Promise<{ matches: Match[]; members: Map<string, Set<string>> }> {
  const matches: Match[] = [];
  const members = new Map<string, Set<string>>();
  const settled = new Set<string>();
  for (const candidate of candidates) {
    // A loosely placed report is attached, never linked (see adoptLoose).
    if (candidate.loose || candidate.id === source.id || settled.has(candidate.id)) continue;
    if (plainlyApart(source.event, candidate.fields)) continue;
    const other = { id: candidate.id, event: candidate.fields };
    const decision = compareSources(source, other);
    if (!decision.match) continue;
    matches.push({ other, decision });
    const rows = await tx.all<{ id: string; event_id: string }>(
      "SELECT id, event_id FROM source_events WHERE event_id = (SELECT event_id FROM source_events WHERE id = ?)",
      [candidate.id],
    );
    const ids = new Set(rows.map((row) => row.id));
    for (const id of ids) settled.add(id);
    members.set(rows[0]?.event_id ?? candidate.id, ids);
  }
  return { matches, members };
}

/** Of these events, the one holding the report the source matches best (highest score, then smallest id). */
function bestEvent(source: SourceEvent, candidates: CandidateSource[], members: Map<string, Set<string>>): string {
  let best: { event: string; score: number; id: string } | null = null;
  for (const candidate of candidates) {
    const event = [...members].find(([, ids]) => ids.has(candidate.id))?.[0];
    if (!event) continue;
    const decision = compareSources(source, { id: candidate.id, event: candidate.fields });
    if (decision.match && (!best || isBetter(decision.score, candidate.id, best.score, best.id)))
      best = { event, score: decision.score, id: candidate.id };
  }
  return best?.event ?? ([...members.keys()][0] as string);
}

/** What the undated lookup reads: the compared fields only, not the full coding with its evidence. */
const CANDIDATE_SELECT = "SELECT se.id, se.event_id, se.match_fields FROM source_events se";

interface CandidateRow {
  id: string;
  event_id: string;
  match_fields: string;
}

function comparableOf(row: CandidateRow): Comparable {
  return { id: row.id, event: JSON.parse(row.match_fields) as MatchFields };
}

/** Undated reports (no date, at most a weekday) matched on their place, with the columns that track the match. */
const UNDATED_SELECT = SOURCE_SELECT.replace(
  "SELECT se.event_id,",
  "SELECT se.attached_to, se.attach_score, se.event_id,",
);

interface UndatedRow extends SourceRow {
  attached_to: string | null;
  attach_score: number | null;
}

/**
 * An undated report cannot be placed in time, so it never links two events: it joins the one dated report it matches
 * best (ties: the smaller id) among those placeKey finds, and nothing else. Best is a function of the stored set, so
 * the result does not depend on arrival order either: a later, better match takes the report over (adoptUndated).
 */
async function attachUndated(
  tx: SqlExecutor,
  source: SourceEvent,
  provisional: string,
  dirty: DirtyEvents,
): Promise<"merged" | "created"> {
  const { iso3, month_day_hint: monthDay } = source.event;
  const key = placeKey(source.event);
  const rows =
    iso3 && monthDay
      ? await datedOnDayOfYear(tx, iso3, monthDay)
      : key
        ? await tx.all<CandidateRow>(
            `${CANDIDATE_SELECT} WHERE se.iso3 = ? AND se.place_key = ? AND se.date_low IS NOT NULL AND ${NOT_RETRACTED}`,
            [iso3, key],
          )
        : [];
  let best: { other: Comparable; eventId: string; decision: MergeDecision; offer: Attachment } | null = null;
  for (const row of rows) {
    const other = comparableOf(row);
    const decision = compareSources(source, other);
    const offer = attachmentTo(other, decision);
    if (decision.match && betterAttachment(offer, best?.offer ?? null))
      best = { other, eventId: row.event_id, decision, offer };
  }
  if (!best) {
    dirty.set(provisional, [source]);
    return "created";
  }
  await link(tx, source, best.other, best.decision);
  await tx.run("UPDATE source_events SET attached_to = ?, attach_score = ? WHERE id = ?", [
    best.other.id,
    best.decision.score,
    source.id,
  ]);
  await regroup(tx, [source.id], [provisional, best.eventId], dirty);
  return "merged";
}

/**
 * The dated reports of a country whose window may hold a day and month of any year (a day either side): what an
 * undated report that gives its day and month is compared with, wherever they are placed (compareSources judges the
 * places). Day-precision reports are narrowed by their month and day in the query; longer windows are left to
 * compareSources.
 */
function datedOnDayOfYear(tx: SqlExecutor, iso3: string, monthDay: string): Promise<CandidateRow[]> {
  // Neighbours in a leap and a common year: the day before 1 March is 29 February in one, 28 in the other.
  const days = [2023, 2024].flatMap((year) => {
    const day = `${year}-${monthDay}`;
    return isRealDay(day) ? [-1, 0, 1].map((offset) => addDays(day, offset).slice(5)) : [];
  });
  const monthDays = [...new Set(days)];
  return tx.all<CandidateRow>(
    `${CANDIDATE_SELECT} WHERE se.iso3 = ? AND se.date_low IS NOT NULL AND ${NOT_RETRACTED}
       AND (se.date_high > se.date_low OR substr(se.date_low, 6, 5) IN (${placeholders(monthDays)}))`,
    [iso3, ...monthDays],
  );
}

/**
 * A new dated report takes over the undated reports it matches better than their current match: those at its town,
 * and those of its country that give a day and month its window holds (a day either side).
 */
async function adoptUndated(tx: SqlExecutor, source: SourceEvent, eventId: string, dirty: DirtyEvents): Promise<void> {
  const window = dateWindow(source.event);
  if (!source.event.iso3 || !window) return;
  const days = monthDaysAround(window.low, window.high, MAX_DATE_GAP_DAYS);
  const keys = [placeKey(source.event), ...days.map(dayKey)].filter((key) => key !== null);
  // (date_high too: the country-and-window index then reaches place_key whichever index the planner picks.)
  const rows = await tx.all<UndatedRow>(
    `${UNDATED_SELECT} WHERE se.iso3 = ? AND se.place_key IN (${placeholders(keys)}) AND se.date_low IS NULL
       AND se.date_high IS NULL AND ${NOT_RETRACTED}`,
    [source.event.iso3, ...keys],
  );
  let current = eventId;
  for (const row of rows) {
    const undated = sourceEventOf(row);
    const decision = compareSources(undated, source);
    if (!decision.match) continue;
    if (!betterAttachment(attachmentTo(source, decision), await currentAttachment(tx, row))) continue;
    if (await splitApart(tx, [row.event_id, current])) continue;
    if (row.attached_to) {
      const [a, b] = ordered(undated.id, row.attached_to);
      await tx.run("DELETE FROM merge_links WHERE a = ? AND b = ?", [a, b]);
    }
    if (row.event_id !== current) {
      // The event it leaves is rewritten from its other reports at the end of the batch (or vanishes if none).
      await tx.run("DELETE FROM events WHERE id = ?", [row.event_id]);
      dirty.set(row.event_id, null);
    }
    await link(tx, undated, source, decision);
    await tx.run("UPDATE source_events SET attached_to = ?, attach_score = ? WHERE id = ?", [
      source.id,
      decision.score,
      undated.id,
    ]);
    current = await regroup(tx, [undated.id], [current], dirty);
  }
}

function isBetter(score: number, id: string, bestScore: number, bestId: string): boolean {
  return score > bestScore || (score === bestScore && id < bestId);
}

function ordered(x: string, y: string): [string, string] {
  return x < y ? [x, y] : [y, x];
}

export async function link(tx: SqlExecutor, x: Comparable, y: Comparable, decision: MergeDecision): Promise<void> {
  const [a, b] = ordered(x.id, y.id);
  await tx.run("INSERT INTO merge_links (a, b, score, features) VALUES (?, ?, ?, ?) ON CONFLICT (a, b) DO NOTHING", [
    a,
    b,
    decision.score,
    JSON.stringify(decision.features),
  ]);
}

/**
 * The groups a set of reports falls into once some pairs are blocked (a split): the stored links not blocked hold,
 * and dated reports in different groups are compared again, joining (with a new link) where they match. Undated
 * reports keep to the report they are attached to.
 */
export function rejoin(
  members: SourceEvent[],
  links: { a: string; b: string }[],
  blocked: (a: string, b: string) => boolean,
): { components: SourceEvent[][]; links: { x: SourceEvent; y: Comparable; decision: MergeDecision }[] } {
  const parent = new Map(members.map((m) => [m.id, m.id]));
  const root = (id: string): string => {
    let top = id;
    while (parent.get(top) !== top) top = parent.get(top) ?? top;
    parent.set(id, top);
    return top;
  };
  for (const { a, b } of links) if (!blocked(a, b)) parent.set(root(a), root(b));
  const added: { x: SourceEvent; y: Comparable; decision: MergeDecision }[] = [];
  const dated = members.filter((m) => dateWindow(m.event)).sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const [index, x] of dated.entries()) {
    for (const y of dated.slice(0, index)) {
      if (root(x.id) === root(y.id) || blocked(x.id, y.id)) continue;
      const other = { id: y.id, event: matchFieldsOf(y.event) };
      // A loosely placed report keeps to the one report it is attached to, as an undated one does.
      if (looselyPlaced(x.event) || looselyPlaced(other.event) || plainlyApart(x.event, other.event)) continue;
      const decision = compareSources(x, other);
      if (!decision.match) continue;
      added.push({ x, y: other, decision });
      parent.set(root(x.id), root(y.id));
    }
  }
  const groups = new Map<string, SourceEvent[]>();
  for (const member of members) groups.set(root(member.id), [...(groups.get(root(member.id)) ?? []), member]);
  return { components: [...groups.values()], links: added };
}

export interface LinkRow {
  a: string;
  b: string;
  score: number;
  features: string;
}

export async function linksAmong(db: SqlExecutor, ids: string[]): Promise<LinkRow[]> {
  if (ids.length < 2) return [];
  const marks = placeholders(ids);
  return db.all<LinkRow>(
    `SELECT a, b, score, features FROM merge_links WHERE a IN (${marks}) AND b IN (${marks}) ORDER BY a, b`,
    [...ids, ...ids],
  );
}

export async function blocksAmong(db: SqlExecutor, ids: string[]): Promise<{ a: string; b: string }[]> {
  if (ids.length < 2) return [];
  const marks = placeholders(ids);
  return db.all(`SELECT a, b FROM merge_blocks WHERE a IN (${marks}) AND b IN (${marks})`, [...ids, ...ids]);
}

/** Whether a user split reports of these events apart: a report taken over must not undo the split. */
function splitApart(tx: SqlExecutor, eventIds: string[]): Promise<boolean> {
  return anyBlockAmong(tx, [...new Set(eventIds)]);
}

async function anyBlockAmong(tx: SqlExecutor, eventIds: string[]): Promise<boolean> {
  const ids = (
    await tx.all<{ id: string }>(`SELECT id FROM source_events WHERE event_id IN (${placeholders(eventIds)})`, eventIds)
  ).map((r) => r.id);
  const marks = placeholders(ids);
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
  const rows = await tx.all<SourceRow>(`${SOURCE_SELECT} WHERE se.event_id IN (${placeholders(eventIds)})`, eventIds);
  // Sorted here: ORDER BY se.id would tempt SQLite into walking the whole primary key instead of the event index.
  return rows.sort((a, b) => (a.id < b.id ? -1 : 1)).map((row) => ({ ...sourceEventOf(row), eventId: row.event_id }));
}

/**
 * Puts these reports and those of these events under one event id (its earliest report's), and marks it to be
 * reconciled once at the end of the batch: a big event that gains ten reports in a batch is rewritten once.
 */
async function regroup(tx: SqlExecutor, sourceIds: string[], eventIds: string[], dirty: DirtyEvents): Promise<string> {
  const [first] = await tx.all<{ id: string }>(
    `SELECT min(id) AS id FROM source_events WHERE event_id IN (${placeholders(eventIds)}) OR id IN (${placeholders(sourceIds)})`,
    [...eventIds, ...sourceIds],
  );
  const id = eventIdOf([{ id: first?.id ?? (sourceIds[0] as string) }]);
  // Only the rows that move: a report joining an event of thousands rewrites one row, not thousands.
  await tx.run(
    `UPDATE source_events SET event_id = ? WHERE (event_id IN (${placeholders(eventIds)}) OR id IN (${placeholders(sourceIds)})) AND event_id <> ?`,
    [id, ...eventIds, ...sourceIds, id],
  );
  const stale = [...new Set([...eventIds, id])];
  await tx.run(`DELETE FROM events WHERE id IN (${placeholders(stale)})`, stale);
  // Kept, marked: the history records what became of an event that existed before the batch.
  for (const old of eventIds) dirty.set(old, GONE);
  dirty.set(id, null);
  return id;
}

/** An event id the batch merged into another: its row is deleted, nothing is written under it. */
export const GONE = "gone";

/**
 * The events a batch changed, by id: the reports of an event that a new report started and nothing joined since
 * (written as they are), null for one whose reports are read back when it is rewritten, or GONE.
 */
export type DirtyEvents = Map<string, SourceEvent[] | null | typeof GONE>;

/**
 * Writes every event the batch changed, reconciled from all its reports; an event left with none is gone. Returns
 * every event id the batch touched, those written and those gone, for the history.
 */
export async function flushEvents(
  tx: SqlExecutor,
  dirty: DirtyEvents,
  now: string,
  written: WrittenEvents,
): Promise<string[]> {
  const touched = new Set(dirty.keys());
  for (const [id, known] of dirty) {
    if (known === GONE) continue;
    if (known) {
      await insertEvent(tx, id, known, now, written);
      continue;
    }
    const members = await sourcesOfEvents(tx, [id]);
    await tx.run("DELETE FROM events WHERE id = ?", [id]);
    // Its id changes when the report it was named after left it (an undated report taken over).
    if (members.length) touched.add(await writeEvent(tx, members, [id], now, written));
  }
  dirty.clear();
  return [...touched];
}

/** Replaces the given events with one event of these sources, reconciled afresh. Returns its id. */
export async function writeEvent(
  tx: SqlExecutor,
  members: SourceEvent[],
  replacing: string[],
  now: string,
  written: WrittenEvents,
): Promise<string> {
  const id = eventIdOf(members);
  const stale = [...new Set([...replacing, id])];
  await tx.run(`DELETE FROM events WHERE id IN (${placeholders(stale)})`, stale);
  const memberIds = members.map((m) => m.id);
  await tx.run(`UPDATE source_events SET event_id = ? WHERE id IN (${placeholders(memberIds)})`, [id, ...memberIds]);
  await insertEvent(tx, id, members, now, written);
  return id;
}

async function insertEvent(
  tx: SqlExecutor,
  id: string,
  members: SourceEvent[],
  now: string,
  written: WrittenEvents,
): Promise<void> {
  const row = eventRow(id, reconcile(members), members, now);
  written.set(id, { row, sources: members.map((m) => m.id).sort() });
  await tx.run(
    `INSERT INTO events (${EVENT_COLUMNS.join(", ")}) VALUES (${placeholders(EVENT_COLUMNS)})`,
    EVENT_COLUMNS.map((column) => row[column] as SqlValue),
  );
}

/**
 * What an undated report is looked up by. One that gives its day and month ("on 16 March") is all but dated: it is
 * found by that day (dayKey), among the dated reports of its country, wherever they and it are placed. Otherwise by
 * its town's name, folded: a region or a whole country is too coarse to tie a report with no day to one event.
 * (Dated reports keep their town's key: it is how they find the undated reports at their town.)
 */
function placeKey(event: SourceEvent["event"]): string | null {
  if (!event.iso3) return null;
  if (!event.event_date && event.month_day_hint) return dayKey(event.month_day_hint);
  if (!event.location || event.geo_precision === null || event.geo_precision > 2) return null;
  return normalizeName(event.location);
}

/** The key of an undated report giving this month and day ("03-16"); no folded town name starts with "*". */
const dayKey = (monthDay: string) => `*${monthDay}`;

/** The month and day ("03-16") of every day from low to high, and of `margin` days either side. */
function monthDaysAround(low: string, high: string, margin: number): string[] {
  // (One Date stepped through the days: this runs for every report stored.)
  const date = new Date(`${low}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - margin);
  const last = Date.parse(`${high}T00:00:00Z`) + margin * 86_400_000;
  const days: string[] = [];
  for (; date.getTime() <= last; date.setUTCDate(date.getUTCDate() + 1)) days.push(date.toISOString().slice(5, 10));
  return days;
}
