import { daysBetween } from "../base/calendar.js";
import { testRule } from "../base/quick-test.js";
import type { VigilEvent } from "../model/index.js";
import { codeEventAt } from "./code-event.js";
import type { CodingInput } from "./steps/input.js";

/** A separate event is only told in the days around the first: further off, it is the story's history. */
const SEPARATE_EVENT_MAX_DAYS = 7;

/**
 * Events after the first that the report says are separate ("in a separate attack", "elsewhere,"), each coded from
 * its own sentence, kept when it differs from the first in place or day: a "separate" sentence about the same town
 * and day adds to the first event instead.
 */
export function separateEvents(
  input: CodingInput,
  firstAnchor: number,
  primary: VigilEvent,
): { event: VigilEvent; sentences: number[] }[] {
  const { context, language, facts } = input;
  const told = (i: number) => testRule(language.separateEvent, context.sentences[i]?.text ?? "");
  const candidates = context.sentences.map((_, i) => i).filter((i) => i > firstAnchor && told(i));
  // Figures in "in another attack…" sentences are kept off the first event as another event's (scope
  // "other-event"); here that other event is coded, from them.
  const hits = [
    ...input.hits.filter((h) => candidates.includes(h.sentence)),
    ...input.triggers.filter((h) => candidates.includes(h.sentence) && facts.otherEvent.has(h.sentence)),
  ];
  const found: { event: VigilEvent; sentences: number[] }[] = [];
  for (const anchor of [...new Set(hits.map((h) => h.sentence))].sort((a, b) => a - b)) {
    // A separate event is told in one sentence; the next ones return to the main story more often than not.
    const others = new Set(context.sentences.map((_, j) => j).filter((j) => j !== anchor));
    const event = codeEventAt(ownInput(input, hits, anchor), anchor, others);
    if (event && apartFrom(event, primary)) found.push({ event, sentences: [anchor] });
  }
  return found;
}

/** The report as a separate event's sentence sees it: its figures of "another event" are its own. */
function ownInput(input: CodingInput, hits: CodingInput["hits"], anchor: number): CodingInput {
  const own = (sentences: Set<number>) => new Set([...sentences].filter((i) => i !== anchor));
  return {
    ...input,
    hits,
    eventSentences: [anchor],
    history: own(input.history),
    background: own(input.background),
    // (The sentence's background cue is the other-event one, so it is what made its figures background.)
    quantities: input.quantities.map((q) =>
      q.sentence === anchor && q.value.scope_evidence && input.facts.otherEvent.has(anchor)
        ? { ...q, value: { ...q.value, scope: "event" } }
        : q,
    ),
  };
}

function apartFrom(event: VigilEvent, primary: VigilEvent): boolean {
  const gap = event.event_date && primary.event_date ? Math.abs(daysBetween(event.event_date, primary.event_date)) : 0;
  if (gap > SEPARATE_EVENT_MAX_DAYS) return false;
  const otherPlace = !!event.location && !!primary.location && event.location !== primary.location;
  return otherPlace || gap > 1;
}
