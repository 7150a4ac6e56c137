import type { ExtractContext, SentenceFacts } from "../../extract/types.js";
import type { ActorMention, DateMention, PlaceMention, QuantityMention } from "../../model/mentions.js";
import type { Gazetteer } from "../../sources/gazetteer/gazetteer.js";
import type { TriggerHit } from "../fields/event-type.js";
import type { CodingLanguage } from "../locales/coding-language.js";
import type { FieldWords } from "../locales/field-words.js";

/** What every step reads: the report as coding sees it, once for all its events. */
export interface CodingInput {
  context: ExtractContext;
  language: CodingLanguage;
  /** The language's words for the fields (`FieldWords`). */
  words: FieldWords;
  /** What extraction found about the report's sentences: its main country, its background. */
  facts: SentenceFacts;
  naming: Naming | undefined;
  quantities: QuantityMention[];
  actors: ActorMention[];
  dates: DateMention[];
  places: PlaceMention[];
  /** The trigger words of every sentence, background or not (`findTriggers`). */
  triggers: TriggerHit[];
  /** The trigger words of the sentences that may code an event, grievances aside. */
  hits: TriggerHit[];
  /** Sentences that may code an event: not background. */
  eventSentences: number[];
  /** What protests are about (`grievanceSpans`): their places are no scene. */
  grievances: { start: number; end: number }[];
  history: Set<number>;
  captions: Set<number>;
  background: Set<number>;
}

/** One event's share of the report: its anchor sentence, the sentences that tell it and what they hold. */
export interface EventScope {
  anchor: number;
  /** Other events' sentences: they say nothing of this one. */
  elsewhere: Set<number>;
  /** The anchor and the next three sentences, background and other events' sentences aside. */
  core: number[];
  /** The first trigger of the anchor sentence. */
  first: TriggerHit;
  dates: DateMention[];
  places: PlaceMention[];
  /** Sentences outside other events that report violence, protest or a strategic development. */
  reporting: Set<number>;
}

/** The gazetteer's naming of admin areas as on a day. */
export type Naming = Pick<Gazetteer, "adminNameOn">;

/** Whether a mention or word starts inside one of the spans (an aside, what a protest is about). */
export function startsWithin(spans: { start: number; end: number }[], at: { start: number }): boolean {
  return spans.some((span) => at.start >= span.start && at.start < span.end);
}

/** The event's share of the report, anchored on a sentence that reports it. */
export function scopeOf(input: CodingInput, anchor: number, elsewhere: Set<number>): EventScope {
  return {
    anchor,
    elsewhere,
    core: input.eventSentences.filter((i) => i >= anchor && i - anchor <= 3 && !elsewhere.has(i)),
    first: input.hits.find((h) => h.sentence === anchor) as TriggerHit,
    // Another event's sentences say nothing of this one's date or place.
    dates: input.dates.filter((d) => !elsewhere.has(d.sentence)),
    places: input.places.filter((p) => !elsewhere.has(p.sentence)),
    reporting: new Set(input.hits.flatMap((h) => (elsewhere.has(h.sentence) ? [] : [h.sentence]))),
  };
}
