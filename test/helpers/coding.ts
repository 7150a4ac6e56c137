import assert from "node:assert/strict";
import { test } from "node:test";
import { codeEvents } from "../../src/code/index.js";
import { extractMentions } from "../../src/extract/index.js";
import type { VigilEvent } from "../../src/model/index.js";
import { defaultSources } from "../../src/sources/index.js";

/** The publication day a row's report has unless it says otherwise (a Sunday). */
export const PUBLISHED = "2024-08-25";

/** The events a report is coded to, through the same entry points the pipeline uses. */
export function code(text: string, published: string | null = PUBLISHED, language = "en"): VigilEvent[] {
  return codeEvents(extractMentions({ text, published_at: published, language }, defaultSources()));
}

/** The event fields a table can assert. */
const FIELDS = [
  "event_type",
  "sub_event_type",
  "actor1",
  "assoc_actor_1",
  "actor2",
  "assoc_actor_2",
  "civilian_targeting",
  "country",
  "admin1",
  "location",
  "geo_precision",
  "event_date",
  "time_precision",
  "fatalities",
  "fatalities_low",
  "fatalities_high",
  "notes",
  "tags",
] as const satisfies readonly (keyof VigilEvent)[];
export type Field = (typeof FIELDS)[number];

/**
 * What one event must be. A field set to `null` must be null; a field left out is not checked (only a table about
 * another field may leave one out). `notes` may be a pattern the note must match.
 */
export type Expected = { [F in Field]?: F extends "notes" ? VigilEvent[F] | RegExp : VigilEvent[F] } & {
  /** The text of each evidence span of a field, in order; `null`: the field has no evidence. */
  spans?: Partial<Record<Field, string[] | null>>;
  /** Values a field must not take: the wrong reading the row guards against. */
  not?: { [F in Field]?: VigilEvent[F] };
};

/** One report and what its first event must be; the test's name is the report. */
export type Row = Expected & {
  text: string;
  /** Publication day; `null` for a report without one. Defaults to the table's. */
  published?: string | null;
  /** Why the row is in the table: the mistake it guards against. */
  why?: string;
  /** How many events the report codes to (default 1); 0 for a report that must yield none. */
  events?: number;
  /** What the second, third… event must be. */
  later?: Expected[];
  /**
   * Fields the code gets wrong today, each with its reason. The row holds the right value; the field is asserted
   * in a separate test marked `todo`, so it shows in every run and does not hide the row's other fields. A wrong
   * number of `events` makes the whole row `todo`: with no event, no field can be checked.
   */
  knownFailures?: Partial<Record<Field | "events", string>>;
};

/** A row of a table about some fields: those fields are asserted on every row (`null` included). */
export type RowAsserting<F extends Field> = Row & { [K in F]-?: Exclude<Expected[K], undefined> };

/** ACLED's disorder type for each sub-event type (ACLED codebook, "Disorder type"). */
const DISORDER_TYPE: Record<string, string> = {
  "Armed clash": "Political violence",
  "Government regains territory": "Political violence",
  "Non-state actor overtakes territory": "Political violence",
  "Chemical weapon": "Political violence",
  "Air/drone strike": "Political violence",
  "Suicide bomb": "Political violence",
  "Shelling/artillery/missile attack": "Political violence",
  "Remote explosive/landmine/IED": "Political violence",
  Grenade: "Political violence",
  "Sexual violence": "Political violence",
  Attack: "Political violence",
  "Abduction/forced disappearance": "Political violence",
  "Mob violence": "Political violence",
  "Violent demonstration": "Demonstrations",
  "Peaceful protest": "Demonstrations",
  "Protest with intervention": "Demonstrations",
  "Excessive force against protesters": "Political violence; Demonstrations",
  Agreement: "Strategic developments",
  Arrests: "Strategic developments",
  "Change to group/activity": "Strategic developments",
  "Disrupted weapons use": "Strategic developments",
  "Headquarters or base established": "Strategic developments",
  "Looting/property destruction": "Strategic developments",
  "Non-violent transfer of territory": "Strategic developments",
  Other: "Strategic developments",
};

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * What holds of every coded event, whatever the row: the sub-event type has evidence, the disorder type is the
 * one ACLED gives the sub-event type, and the note opens with the date as ACLED writes it ("On 3 May 2020, "),
 * marked approximate where the date is not to the day.
 */
function assertInvariants(event: VigilEvent): void {
  assert.ok(event.evidence.sub_event_type?.length, "the type has evidence");
  assert.equal(event.disorder_type, DISORDER_TYPE[event.sub_event_type ?? ""] ?? null, "disorder type");
  if (!event.event_date) {
    assert.doesNotMatch(event.notes ?? "", /^On \d/, "a note without a date");
    return;
  }
  const [year, month, day] = event.event_date.split("-").map(Number);
  const approximate = event.time_precision === 1 ? "" : " (approximate date)";
  const opening = `On ${day} ${MONTHS[(month ?? 0) - 1]} ${year}${approximate}, `;
  assert.ok(event.notes?.startsWith(opening), `the note opens with "${opening}": ${event.notes}`);
}

function assertField(event: VigilEvent, field: Field, want: Expected[Field], why: string | undefined): void {
  const message = why ? `${field}: ${why}` : field;
  if (want instanceof RegExp) assert.match(event[field] as string, want, message);
  else assert.deepEqual(event[field], want, message);
}

/** Asserts every field an expectation gives, except those the code is known to get wrong. */
function assertEvent(event: VigilEvent, want: Expected, why?: string, known: Row["knownFailures"] = {}): void {
  assertInvariants(event);
  for (const field of FIELDS) {
    if (want[field] !== undefined && !known[field]) assertField(event, field, want[field], why);
  }
  for (const [field, spans] of Object.entries(want.spans ?? {}) as [Field, string[] | null][]) {
    const texts = event.evidence[field]?.map((span) => span.text) ?? null;
    assert.deepEqual(texts, spans, `${field} evidence${why ? `: ${why}` : ""}`);
  }
  for (const [field, wrong] of Object.entries(want.not ?? {}) as [Field, unknown][]) {
    assert.notDeepEqual(event[field], wrong, `${field} must not be ${wrong}${why ? `: ${why}` : ""}`);
  }
}

export interface TableOptions {
  /** The reports' language (default English). */
  language?: string;
  /** The publication day of rows that give none (default PUBLISHED). */
  published?: string | null;
}

/** Runs a table: one test per row, named by its report, plus one `todo` test per known failure. */
export function runTable(rows: readonly Row[], options: TableOptions = {}): void {
  for (const row of rows) {
    const events = () =>
      code(row.text, row.published === undefined ? options.published : row.published, options.language);
    const wholeRow = row.knownFailures?.events;
    test(row.text, wholeRow ? { todo: `known failure: ${wholeRow}` } : {}, () => {
      const coded = events();
      assert.equal(coded.length, row.events ?? 1, `number of events${row.why ? `: ${row.why}` : ""}`);
      const [first, ...rest] = coded;
      if (first) assertEvent(first, row, row.why, wholeRow ? {} : row.knownFailures);
      for (const [i, want] of (row.later ?? []).entries()) {
        const event = rest[i];
        assert.ok(event, `event ${i + 2} is missing`);
        assertEvent(event, want, row.why);
      }
    });
    const knownFields = wholeRow ? [] : (Object.entries(row.knownFailures ?? {}) as [Field, string][]);
    for (const [field, reason] of knownFields) {
      test(`${row.text} [${field}]`, { todo: `known failure: ${reason}` }, () => {
        const [first] = events();
        assert.ok(first, "no event");
        assertField(first, field, row[field], reason);
      });
    }
  }
}
