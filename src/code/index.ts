import type { MentionsFound } from "../extract/types.js";
import type { Span, VigilEvent } from "../model/index.js";
import type { Gazetteer } from "../sources/gazetteer/gazetteer.js";
import { codeEventAt } from "./code-event.js";
import { findTriggers, type TriggerHit } from "./fields/event-type.js";
import type { CodingLanguage } from "./locales/coding-language.js";
import { EN_FIELD_WORDS } from "./locales/en/field-words.js";
import { EN_CODING } from "./locales/en/index.js";
import { ES_CODING } from "./locales/es/index.js";
import type { FieldWords } from "./locales/field-words.js";
import { FR_FIELD_WORDS } from "./locales/fr/field-words.js";
import { FR_CODING } from "./locales/fr/index.js";
import { IT_CODING } from "./locales/it/index.js";
import { PT_CODING } from "./locales/pt/index.js";
import { separateEvents } from "./separate-events.js";
import { readReport } from "./steps/00-read-report.js";

export { TAXONOMY } from "./taxonomy.js";

const CODING: Record<string, CodingLanguage> = {
  en: EN_CODING,
  fr: FR_CODING,
  es: ES_CODING,
  pt: PT_CODING,
  it: IT_CODING,
};
const FIELD_WORDS: Record<string, FieldWords> = { en: EN_FIELD_WORDS, fr: FR_FIELD_WORDS };

/**
 * The words of a report's sentences that report violence, protest or a strategic development, in its language
 * (English when Vigil has no rules for it). None means the report holds no event, whatever its mentions: a caller
 * that wants only events need not look for them (`codeEvents` takes these words so they are found once).
 */
export function eventTriggers(sentences: readonly Span[], language: string | null): TriggerHit[] {
  return findTriggers(sentences, (CODING[language ?? "en"] ?? EN_CODING).triggers);
}

/**
 * Mentions → events in the ACLED taxonomy. The event is anchored on the first sentence that reports violence,
 * protest or a strategic development outside background sentences (`readReport`), and coded by named steps
 * (`codeEventAt`): every field carries the words and the rule that decided it. Events the report says are separate
 * follow it (`separateEvents`). Admin areas are named as on the event's day when `naming` (the gazetteer) is given.
 * @example codeEvents(extractMentions({ text, published_at: "2024-08-25", language: "en" }, sources), gazetteer)
 */
export function codeEvents(
  found: MentionsFound,
  naming?: Pick<Gazetteer, "adminNameOn">,
  triggers: TriggerHit[] = eventTriggers(found.context.sentences, found.context.language),
): VigilEvent[] {
  const code = found.context.language;
  const input = readReport(found, triggers, CODING[code] ?? EN_CODING, FIELD_WORDS[code] ?? EN_FIELD_WORDS, naming);
  const first = input?.hits[0];
  if (!input || !first) return [];
  const primary = codeEventAt(input, first.sentence, new Set());
  if (!primary) return [];
  const separate = separateEvents(input, first.sentence, primary);
  if (separate.length === 0) return [primary];
  // The first event's sentences end where a separate one begins, and its figures and tags are not the other's.
  const elsewhere = new Set(separate.flatMap((e) => e.sentences));
  const cut = codeEventAt(input, first.sentence, elsewhere) ?? primary;
  return [cut, ...separate.map((e) => e.event)];
}
