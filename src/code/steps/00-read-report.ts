import { everyMatch, quickOf, testAnyRule, testRule } from "../../base/quick-test.js";
import { fired } from "../../base/trace.js";
import type { MentionsFound } from "../../extract/types.js";
import type { AnyMention, QuantityMention } from "../../model/mentions.js";
import { grievanceSpans, type TriggerHit, withoutGrievances } from "../fields/event-type.js";
import type { CodingLanguage } from "../locales/coding-language.js";
import type { FieldWords } from "../locales/field-words.js";
import { type CodingInput, type Naming, startsWithin } from "./input.js";

const byKind = <K extends AnyMention["kind"]>(mentions: AnyMention[], kind: K) =>
  mentions.filter((m): m is Extract<AnyMention, { kind: K }> => m.kind === kind);

/**
 * The report as coding reads it, once for all its events: its mentions by kind (not the actors of an aside), its
 * background sentences and the trigger words of the others. A report made only of background sentences is about
 * their time. Null when nothing in it reports an event.
 */
export function readReport(
  found: MentionsFound,
  triggers: TriggerHit[],
  language: CodingLanguage,
  words: FieldWords,
  naming?: Naming,
): CodingInput | null {
  const { context, mentions, facts } = found;
  const quantities = byKind(mentions, "quantity");
  // (Not the groups an aside names: "members of Los Pinas Cartel, who are allies of the CJNG, ambushed". Its verbs
  // stay: "to disperse workers, who had pelted stones," tells the event.)
  const asideMatches = everyMatch(quickOf(language.aside.pattern), context.text);
  if (asideMatches.length > 0) fired(language.aside);
  const asides = asideMatches.map((m) => ({
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
  const allSentences = context.sentences.map((_, i) => i);
  let { history, captions, offTopic } = backgroundSentences(found, quantities, language);
  let background = new Set([...history, ...offTopic]);
  let eventSentences = allSentences.filter((i) => !background.has(i));
  const triggersIn = (sentences: number[]) => {
    const within = new Set(sentences);
    const all = triggers.filter((hit) => within.has(hit.sentence));
    const about = grievanceSpans(context, all, language);
    return { hits: withoutGrievances(all, about), grievances: [...about.values()] };
  };
  let { hits, grievances } = triggersIn(eventSentences);
  // A report made only of "background" sentences ("In early June 2019, police found …") is about that time.
  if (hits.length === 0) {
    background = new Set();
    history = captions;
    eventSentences = allSentences;
    ({ hits, grievances } = triggersIn(eventSentences));
  }
  if (hits.length === 0) return null;
  return {
    context,
    language,
    words,
    facts,
    naming,
    quantities,
    actors: byKind(mentions, "actor").filter((a) => !startsWithin(asides, a)),
    triggers,
    hits,
    eventSentences,
    history,
    captions,
    background,
    dates: byKind(mentions, "date"),
    places: byKind(mentions, "place"),
    grievances,
  };
}

/**
 * Sentences about history, yearly tolls, national totals (extraction's facts) or a photo (`history`): their words
 * never code the event. Sentences about disasters and other non-conflict matters (`offTopic`) give no trigger or
 * figure, but may still say where and when ("causing several stories to collapse" in a strike's report).
 */
function backgroundSentences(
  { context, facts }: MentionsFound,
  quantities: QuantityMention[],
  language: CodingLanguage,
): { history: Set<number>; captions: Set<number>; offTopic: Set<number> } {
  const history = new Set(quantities.filter((q) => q.value.scope === "background").map((q) => q.sentence));
  for (const index of facts.background) history.add(index);
  const offTopic = new Set<number>();
  const captions = new Set<number>();
  context.sentences.forEach((sentence, index) => {
    if (testRule(language.caption, sentence.text)) {
      captions.add(index);
      // A credit on its own ("(AP Photo/…)") closes the caption sentence before it.
      if (sentence.text.trim().length < 60 && index > 0) captions.add(index - 1);
    }
    if (testAnyRule(language.nonConflict, sentence.text)) offTopic.add(index);
  });
  for (const index of captions) history.add(index);
  return { history, captions, offTopic };
}
