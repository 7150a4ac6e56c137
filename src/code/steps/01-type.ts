import { testAnyRule, testRule } from "../../base/quick-test.js";
import type { Rule } from "../../base/rule.js";
import { allMatches } from "../../base/spans.js";
import { fired } from "../../base/trace.js";
import type { ExtractContext } from "../../extract/types.js";
import { sidesOf } from "../fields/actors.js";
import {
  decideType,
  type Sides,
  type TriggerHit,
  type TypeDecision,
  triggersNamedIn,
  triggerWordsIn,
} from "../fields/event-type.js";
import type { CodingLanguage, TriggerEntry, TriggerRule } from "../locales/coding-language.js";
import { type SubEventType, subEventType } from "../taxonomy.js";
import { type CodingInput, type EventScope, startsWithin } from "./input.js";

/** The event's type, who takes part, and the trigger word the type rests on. */
export interface TypeStep {
  decision: TypeDecision;
  taxonomy: SubEventType;
  sides: Sides;
  /** The word the type rests on: its first evidence, else the anchor's first trigger. */
  trigger: { start: number; end: number; text: string };
}

export const AGENTLESS_HARM_ONLY = {
  id: "code/filter/agentless-harm",
  kind: "filter",
  description:
    "Harm with no one doing it (people died, a tank exploded) is no event when no armed actor or crowd is in the event's sentences.",
  examples: [
    "Eleven people died on Tuesday when a fuel tanker exploded on the road near Bouaké.",
    "Three passengers died in Lagos on Monday after an explosion in a gas depot.",
  ],
  counterexamples: ["Gunmen opened fire on a bus near Bouaké on Tuesday, and eleven people died."],
} as const satisfies Rule;

export const NON_CONFLICT_STORY = {
  id: "code/filter/non-conflict",
  kind: "filter",
  description:
    "Violence told in a story about a disaster or another non-conflict matter is no event unless an armed actor is in it.",
  examples: [
    "An earthquake killed 40 people in the mountains of Herat province on Saturday.",
    "A landslide buried 30 homes and killed 18 villagers in Rukungiri district on Friday.",
  ],
  counterexamples: [
    "Soldiers killed 40 people in the mountains of Herat province on Saturday.",
    "Two militias began talks with tribal mediators in Sabha and agreed to a truce on Monday.",
  ],
} as const satisfies Rule;

export const ATTRIBUTION_ONLY = {
  id: "code/filter/attribution-only",
  kind: "filter",
  description:
    "Violence named only as what a group denies, is accused of or is sanctioned over is no report of it: such triggers are set aside, and there is no event when every trigger is one.",
  examples: [
    "A rebel spokesman denied on Friday that his fighters were responsible for the ambush.",
    "The army rejected accusations that its jets bombed a market in Idlib on Friday.",
    "Washington announced sanctions against two generals over the shelling of the port.",
  ],
  counterexamples: [
    "Gunmen ambushed a convoy near Tillaberi on Friday, killing six soldiers; a jihadist group claimed responsibility for the ambush.",
  ],
} as const satisfies Rule;

export const HEADING_NAMES_KIND = {
  id: "code/type/heading-names-kind",
  kind: "override",
  description:
    "A report opening with a heading that names an ACLED event kind is that kind, over its story's words, and an event even in a story of a disease or disaster.",
  examples: [
    "Security measures: on Monday the governor ordered a curfew on Kirkuk because of the cholera outbreak.",
    "Property destruction: militants set fire to a fuel plant near Mardin on Sunday.",
    "Agreement: two militias agreed on Tuesday to stop their rocket attacks on the airport.",
  ],
  counterexamples: ["Militants set fire to a fuel plant near Mardin on Sunday."],
} as const satisfies Rule;

export const TYPE_STEP_RULES: readonly Rule[] = [
  AGENTLESS_HARM_ONLY,
  NON_CONFLICT_STORY,
  ATTRIBUTION_ONLY,
  HEADING_NAMES_KIND,
];

const LETTERS = /\p{L}+/gu;
/** What triggers of violence in general point to (attacks, killings, clashes): they say nothing of a crowd. */
const GENERAL_VIOLENCE: readonly string[] = ["violence", "Armed clash"];
const generalViolence = new WeakMap<CodingLanguage, Set<string>>();

/** The ids of a language's triggers of violence in general. */
function generalViolenceTriggers(language: CodingLanguage): Set<string> {
  let ids = generalViolence.get(language);
  if (!ids) {
    const triggers = language.triggers.flat().filter((trigger) => GENERAL_VIOLENCE.includes(trigger.points));
    ids = new Set(triggers.map((trigger) => trigger.id));
    generalViolence.set(language, ids);
  }
  return ids;
}

/**
 * Step 1, the type: decided from the trigger words of the event's sentences and its sides (`decideType`). No event
 * when only harm with no one doing it is told and no armed actor or crowd does it, nor when the sentences are about
 * a non-conflict matter and no armed actor is in them.
 */
export function codeType(input: CodingInput, scope: EventScope): TypeStep | null {
  const { context, language, hits, actors } = input;
  const { anchor, core } = scope;
  // (Not the violence a protest is about, nor what a relative clause tells of someone: "demanding punishment for a
  // student, who beat a teacher to death".)
  const crowdVerbs = crowdVerbsIn(context, language, anchor).filter(
    (verb) =>
      !startsWithin(input.grievances, verb) &&
      !testRule(language.relativeBefore, context.text.slice(Math.max(0, verb.start - 30), verb.start)),
  );
  const sides = sidesOf(context, language, actors, core, anchor, crowdVerbs);
  const coreHits = hits.filter((h) => core.includes(h.sentence));
  const told = coreHits.filter((h) => !attributedOnly(input, h));
  if (told.length === 0 && coreHits.length > 0) {
    fired(ATTRIBUTION_ONLY);
    return null;
  }
  // (A heading that names the kind decides it, and says the report is an event even in a story of an outbreak.)
  const headings = told.filter((h) => h.trigger.heading);
  // (Every word of harm in the event's sentences, not only each trigger's first: "attacked houses …, killing four"
  // hurt people. Read only where an attack on property is told, which they decide.)
  const harmWords = told.some((h) => h.trigger.id === language.typeWords.propertyAttack?.id)
    ? harmWordsIn(input, scope)
    : [];
  const decision = decideType(headings.length > 0 ? headings : told, sides, anchor, language, harmWords);
  if (!decision) return null;
  if (headings.length > 0) fired(HEADING_NAMES_KIND);
  const armedActor = actors.some(
    (a) =>
      core.includes(a.sentence) &&
      a.value.role === "actor" &&
      a.value.inter !== null &&
      [1, 2, 3, 4, 8].includes(a.value.inter),
  );
  if (headings.length === 0 && !armedActor && !sides.crowdActs && agentlessHarmOnly(input, scope, decision)) {
    fired(AGENTLESS_HARM_ONLY);
    return null;
  }
  if (headings.length === 0 && !armedActor && nonConflictStory(input, scope, decision)) {
    fired(NON_CONFLICT_STORY);
    return null;
  }
  const trigger = decision.evidence[0] ?? (scope.first as TriggerHit);
  return { decision, taxonomy: subEventType(decision.subEvent), sides, trigger };
}

/** Where the victims decide the type, or people are taken or raped: the triggers whose words tell harm to people. */
const HARM_KINDS: readonly string[] = ["violence", "Abduction/forced disappearance", "Sexual violence"];
const harmTriggersOf = new WeakMap<CodingLanguage, TriggerEntry[]>();

/** Every word of harm to people in the event's sentences, with the words just before it. */
function harmWordsIn(input: CodingInput, scope: EventScope): { text: string; before: string }[] {
  const { context, language } = input;
  let triggers = harmTriggersOf.get(language);
  if (!triggers) {
    triggers = language.triggers.filter((entry) =>
      (Array.isArray(entry) ? entry : [entry]).some((rule: TriggerRule) => HARM_KINDS.includes(rule.points)),
    );
    harmTriggersOf.set(language, triggers);
  }
  const known = triggers;
  return scope.core.flatMap((i) =>
    triggerWordsIn(context, known, i).map((w) => ({
      text: context.text.slice(w.start, w.end),
      before: context.text.slice(Math.max(0, w.start - 30), w.start),
    })),
  );
}

/**
 * "Denied its planes carried out the strikes", "sanctions over the shelling": a trigger told only as what someone
 * denies, is accused of or is sanctioned over, within its own sentence.
 */
function attributedOnly(input: CodingInput, hit: TriggerHit): boolean {
  const { context, language } = input;
  const sentence = context.sentences[hit.sentence];
  if (!sentence) return false;
  const only = testRule(language.attributedOnly, context.text.slice(sentence.start, hit.start));
  if (only) fired(language.attributedOnly);
  return only;
}

/**
 * "Ten died", "a tank exploded": every word of the type in the event's sentences tells harm with no one doing it.
 * (Every word of the type: "an explosion caused by a landmine" names the device.)
 */
function agentlessHarmOnly(input: CodingInput, scope: EventScope, decision: TypeDecision): boolean {
  const { context, language, words } = input;
  const typeTriggers = triggersNamedIn(language.triggers, decision.evidence);
  const typeWords = scope.core.flatMap((i) =>
    triggerWordsIn(context, typeTriggers, i).map((w) => context.text.slice(w.start, w.end)),
  );
  const all = [...new Set([...decision.evidence.map((e) => e.text), ...typeWords])];
  // (Recorded only when every word is one: "killed" alone is no reason to drop an event.)
  const harmOnly = all.every((word) => language.agentlessHarm.pattern.test(word) && !words.killedWord.test(word));
  if (harmOnly) fired(language.agentlessHarm);
  return harmOnly || all.every((word) => words.blastWord.test(word));
}

/**
 * A story about a disaster or another non-conflict matter: violence in it is not an event, even where people seem to
 * do it ("a tsunami killed 222 people and injured 800"); protests, riots and agreements in it still are when their
 * own words say so, unless it is about diplomacy.
 */
function nonConflictStory(input: CodingInput, scope: EventScope, decision: TypeDecision): boolean {
  const { context, language } = input;
  const says = (test: (text: string) => boolean) => scope.core.some((i) => test(context.sentences[i]?.text ?? ""));
  if (!says((text) => testAnyRule(language.nonConflict, text))) return false;
  const crowdEvent =
    ["Protests", "Riots"].includes(subEventType(decision.subEvent).event_type) &&
    decision.evidence.some((e) => !generalViolenceTriggers(language).has(e.rule));
  // (Talks, a truce or a deal are what politics words tell: an agreement is an event unless it is diplomacy's.)
  const ownWords = crowdEvent || decision.subEvent === "Agreement";
  return !ownWords || says((text) => testRule(language.diplomacy, text));
}

/** The verbs in a sentence a crowd could do ("relatives … beat", "villagers clashed"), not "died". */
function crowdVerbsIn(
  context: ExtractContext,
  language: CodingLanguage,
  sentenceIndex: number,
): { start: number; text: string }[] {
  const sentence = context.sentences[sentenceIndex];
  if (!sentence) return [];
  return allMatches(LETTERS, sentence.text)
    .filter((word) => testRule(language.crowdViolence, word[0]))
    .map((word) => ({ start: sentence.start + (word.index ?? 0), text: word[0] }));
}
