import { execRule, testRule } from "../../base/quick-test.js";
import { fired } from "../../base/trace.js";
import type { ExtractContext } from "../../extract/types.js";
import type { EvidenceSpan } from "../../model/index.js";
import type { ActorMention } from "../../model/mentions.js";
import { evidenceOf } from "../evidence.js";
import type { CodingLanguage } from "../locales/coding-language.js";
import type { FieldWords } from "../locales/field-words.js";
import {
  ACTOR1_AGENT,
  ACTOR1_CLAIMED,
  ACTOR1_EARLIER_SUBJECT,
  ACTOR1_EITHER_GROUP,
  ACTOR1_NAMED_SUBJECT,
  ACTOR1_SUBJECT,
  ACTOR2_CIVILIAN_VICTIMS,
  ACTOR2_OTHER_SIDE,
  ASSOC_IDENTITY,
  ASSOC_PARTY,
} from "./actor-rules.js";
import type { Sides } from "./event-type.js";

export interface ChosenActor {
  name: string;
  inter: number;
  evidence: EvidenceSpan[];
}

/** ACLED's actor types (inter codes) by name. */
export const INTER_NAMES: Record<number, string> = {
  1: "State forces",
  2: "Rebel group",
  3: "Political militia",
  4: "Identity militia",
  5: "Rioters",
  6: "Protesters",
  7: "Civilians",
  8: "External/Other forces",
};

const isArmed = (a: ActorMention) =>
  a.value.role === "actor" && a.value.inter !== null && [1, 2, 3, 4, 8].includes(a.value.inter);
const isCivilian = (a: ActorMention) => a.value.role === "actor" && a.value.inter === 7;

function chosen(mention: ActorMention, rule?: string): ChosenActor {
  return {
    name: mention.value.canonical,
    inter: mention.value.inter ?? 3,
    evidence: [{ ...evidenceOf(mention), ...(rule ? { rule } : {}) }],
  };
}

/**
 * The attacker (actor1) of an event whose trigger is at `triggerAt` in sentence `anchor`:
 * 1. an armed actor before the trigger in that sentence ("Gunmen attacked…", not "soldiers were ambushed"), a
 *    named group first; when none, before another of the sentence's triggers ("… were killed when gunmen attacked");
 * 2. else the agent of a passive ("were killed by suspected jihadists");
 * 3. a named group the report holds responsible ("JNIM claimed…", "footage of the attack") replaces a generic
 *    attacker, but never one the report says is unclaimed; an unnamed attacker otherwise stays unnamed.
 */
export function chooseAttacker(
  context: ExtractContext,
  language: CodingLanguage,
  actors: ActorMention[],
  anchor: number,
  triggers: { start: number; end: number }[],
): ChosenActor | null {
  const inSentence = actors.filter((a) => a.sentence === anchor && isArmed(a));
  const [main, ...others] = triggers;
  if (!main) return null;
  // ("… launched an attack on pro-Houthi forces and took control of …": the side attacked took nothing.)
  // (So is "militants" in "a crackdown on Taliban militants": the word names the group before it.)
  const object = (a: ActorMention): boolean => {
    const group = a.value.generic
      ? actors.find((b) => b !== a && a.start - b.end >= 0 && a.start - b.end <= 1)
      : undefined;
    const first = group ?? a;
    return testRule(language.objectBefore, context.text.slice(Math.max(0, first.start - 40), first.start));
  };
  const subjectsOf = (trigger: { start: number }) => {
    const found = inSentence
      .filter((a) => a.end <= trigger.start && !suffers(language, context.text.slice(a.end, trigger.start)))
      .sort((a, b) => b.end - a.end);
    return found.some((a) => !object(a)) ? found.filter((a) => !object(a)) : found;
  };
  const agent = inSentence.find(
    (a) => a.start >= main.end && testRule(language.agentAfter, context.text.slice(main.end, a.start)),
  );
  let before = subjectsOf(main);
  // "30 soldiers were killed when JNIM fighters attacked the base": the subject of the sentence's other verb.
  for (const other of others) if (before.length === 0 && !agent) before = subjectsOf(other);
  let named = before.find((a) => !a.value.generic);
  // "Tiv and Jukun militias clashed": of subjects joined by "and", the first named is actor1, as ACLED orders them.
  for (let i = named ? before.indexOf(named) + 1 : before.length; named && i < before.length; i++) {
    const earlier = before[i] as ActorMention;
    if (earlier.value.generic || !testRule(language.joined, context.text.slice(earlier.end, named.start))) break;
    named = earlier;
  }
  // "A police team … was attacked by armed youths": the agent of a passive verb is its doer, however far its subject;
  // so is the one who planted the device a vehicle struck ("an army truck struck an IED planted by JNIM").
  const wordsBefore = context.text.slice(Math.max(0, main.start - 30), main.start);
  const passiveMain = agent && (endsInPassive(language, wordsBefore) || testRule(language.struckDevice, wordsBefore));
  // "20 Taliban fighters were killed by Afghan military airstrikes": the agent of a passive verb before the trigger
  // did it, not the people who suffered it.
  const agentBefore = agent ? undefined : before.find((a) => agentOfPassiveBefore(context, language, a));
  // ("Turkish airstrikes hit Sidakan": the event's own word names the forces that did it.)
  const wielder = inSentence.find((a) => a.start <= main.start && a.end >= main.end);
  const subject = passiveMain ? agent : (agentBefore ?? named ?? before[0] ?? wielder ?? agent);
  const byAgent = subject !== undefined && (subject === agent || subject === agentBefore);
  if (subject && !subject.value.generic)
    return eitherOf(context, language, actors, subject, byAgent ? ACTOR1_AGENT.id : ACTOR1_NAMED_SUBJECT.id);
  const claimed = responsibleGroup(context, language, actors);
  if (claimed) return eitherOf(context, language, actors, claimed, ACTOR1_CLAIMED.id);
  return subject ? chosen(subject, byAgent ? ACTOR1_AGENT.id : ACTOR1_SUBJECT.id) : null;
}

/** Characters before an actor read for the passive verb it is the agent of ("were killed and six wounded by"). */
const AGENT_REACH = 60;

/** Whether the actor is the agent of a passive verb just before it ("were killed by Afghan military airstrikes"). */
function agentOfPassiveBefore(context: ExtractContext, language: CodingLanguage, actor: ActorMention): boolean {
  const sentenceStart = context.sentences[actor.sentence]?.start ?? 0;
  return testRule(
    language.agentBefore,
    context.text.slice(Math.max(sentenceStart, actor.start - AGENT_REACH), actor.start),
  );
}

/**
 * "The Military Police carried out an operation in the favela. A suspect was shot dead.": with no attacker in the
 * event's sentence, the armed subject of one of the two sentences before it, unless that subject suffers a verb
 * there ("Two soldiers were killed in an ambush.") or is not the sentence's subject.
 */
export function earlierSubject(
  context: ExtractContext,
  language: CodingLanguage,
  words: FieldWords,
  actors: ActorMention[],
  anchor: number,
): ChosenActor | null {
  for (let index = anchor - 1; index >= Math.max(0, anchor - 2); index--) {
    const sentence = context.sentences[index];
    if (!sentence) continue;
    const subject = actors.find((a) => a.sentence === index && isArmed(a));
    if (!subject || !words.subjectBefore.test(context.text.slice(sentence.start, subject.start))) continue;
    if (passiveNext(language, context.text.slice(subject.end, sentence.end))) continue;
    return chosen(subject, ACTOR1_EARLIER_SUBJECT.id);
  }
  return null;
}
/** Characters between people and a passive verb they are the subject of ("eight soldiers, were reportedly …"). */
const PASSIVE_REACH = 40;
const passiveEnding = new WeakMap<CodingLanguage, RegExp>();

/**
 * "Eight soldiers were killed when…", "the AA was attacked by…": the subject of a passive trigger suffers the act.
 * Only near the verb: in "ISGS militants ambushed a patrol, five gendarmes were killed" ISGS is still the attacker.
 */
function suffers(language: CodingLanguage, between: string): boolean {
  return between.length <= PASSIVE_REACH && endsInPassive(language, between);
}

/** Text that ends in a passive auxiliary ("… were", "… was reportedly"), right before a verb. */
function endsInPassive(language: CodingLanguage, text: string): boolean {
  let ending = passiveEnding.get(language);
  if (!ending) {
    ending = new RegExp(`(?:${language.passive.pattern.source})\\s+(?:\\p{L}+\\s+)?$`, "iu");
    passiveEnding.set(language, ending);
  }
  const hit = ending.test(text);
  if (hit) fired(language.passive);
  return hit;
}

const passiveStarts = new WeakMap<CodingLanguage, RegExp[]>();

/**
 * Text after people that goes on with a passive auxiliary, at most `wordsBetween` words between ("Two soldiers were
 * killed", "soldiers, reportedly, were"; one word at most where a clause after them could hold another subject's).
 */
function passiveNext(language: CodingLanguage, text: string, wordsBetween: 1 | 2 = 2): boolean {
  let starts = passiveStarts.get(language);
  if (!starts) {
    starts = [1, 2].map(
      (n) => new RegExp(`^[\\s,]+(?:[\\p{L}-]+[\\s,]+){0,${n}}?(?:${language.passive.pattern.source})\\s`, "iu"),
    );
    passiveStarts.set(language, starts);
  }
  const hit = (starts[wordsBetween - 1] as RegExp).test(text);
  if (hit) fired(language.passive);
  return hit;
}

/** Characters between a group's name and the words that hold it responsible. */
const CLAIM_REACH = 60;

/**
 * "ISWAP or Boko Haram militants", "JNIM/ISGS": when the report names two groups either of which did it, ACLED codes
 * "A and/or B" (in the report's order); otherwise the group alone.
 */
function eitherOf(
  context: ExtractContext,
  language: CodingLanguage,
  actors: ActorMention[],
  group: ActorMention,
  rule: string,
): ChosenActor {
  const between = (a: ActorMention, b: ActorMention) => context.text.slice(a.end, b.start);
  const other = actors.find(
    (a) =>
      a !== group &&
      isArmed(a) &&
      !a.value.generic &&
      a.value.canonical !== group.value.canonical &&
      testRule(
        language.alternative,
        a.start >= group.end ? between(group, a) : a.end <= group.start ? between(a, group) : "-",
      ),
  );
  if (!other) return chosen(group, rule);
  const rank = (a: ActorMention) => a.value.listed ?? Number.POSITIVE_INFINITY;
  const [first, second] =
    rank(other) < rank(group) || (rank(other) === rank(group) && other.start < group.start)
      ? [other, group]
      : [group, other];
  // ("ISWAP or Boko Haram", where ACLED's name for Boko Haram since the split already is "ISWAP and/or Boko Haram".)
  const joined = [first, second].find(
    (a) =>
      a.value.canonical.includes(" and/or ") &&
      [first, second].every((b) => a.value.canonical.includes(b.value.canonical)),
  );
  return {
    name: joined?.value.canonical ?? `${first.value.canonical} and/or ${second.value.canonical}`,
    inter: group.value.inter ?? 3,
    evidence: [
      { ...evidenceOf(first), rule: ACTOR1_EITHER_GROUP.id },
      { ...evidenceOf(second), rule: ACTOR1_EITHER_GROUP.id },
    ],
  };
}

const responsibilityCues = new WeakMap<CodingLanguage, RegExp>();

/** A named armed group the report holds responsible near its name ("JNIM claimed the attack", "blamed on JNIM"). */
function responsibleGroup(
  context: ExtractContext,
  language: CodingLanguage,
  actors: ActorMention[],
): ActorMention | null {
  let responsibility = responsibilityCues.get(language);
  if (!responsibility) {
    const { source, flags } = language.responsibility.pattern;
    responsibility = new RegExp(source, flags.includes("g") ? flags : `${flags}g`);
    responsibilityCues.set(language, responsibility);
  }
  for (const actor of actors) {
    if (actor.value.generic || !isArmed(actor) || actor.value.inter === 1) continue;
    const sentence = context.sentences[actor.sentence];
    if (!sentence || testRule(language.deniedResponsibility, sentence.text)) continue;
    // The claim must be about the group, near its name: "JNIM claimed the attack", "blamed on JNIM"; not "the
    // government has long accused the Fulani community" two clauses from the attack.
    for (const cue of sentence.text.matchAll(responsibility)) {
      const at = sentence.start + (cue.index ?? 0);
      const gap = at >= actor.end ? at - actor.end : actor.start - (at + cue[0].length);
      if (gap > CLAIM_REACH) continue;
      fired(language.responsibility);
      return actor;
    }
  }
  return null;
}

/** The other side: civilians for one-sided violence, else the first armed actor in the event that is not actor1. */
export function chooseTarget(
  actors: ActorMention[],
  coreSentences: number[],
  actor1: ChosenActor | null,
  civilianTarget: boolean,
): ChosenActor | null {
  const inEvent = actors.filter((a) => coreSentences.includes(a.sentence));
  if (civilianTarget) {
    const civilians = inEvent.find(isCivilian);
    return civilians ? chosen(civilians, ACTOR2_CIVILIAN_VICTIMS.id) : null;
  }
  // (actor1 may be "A and/or B": neither is the other side, nor is the lexicon's own "A and/or B".)
  const actor1Groups = actor1 ? [actor1.name, ...actor1.name.split(" and/or ")] : [];
  // (A gang's victims may share the gang's name: "armed men shot a drug dealer" in Mexico, gang against gang.)
  const actor1Words = new Set(actor1?.evidence.map((e) => e.start));
  const otherSide = (a: ActorMention) =>
    (!actor1Groups.includes(a.value.canonical) && !sameState(a.value.canonical, actor1?.name)) ||
    (a.value.criminal === true && !actor1Words.has(a.start));
  const other = inEvent.find((a) => isArmed(a) && otherSide(a) && !namesGroupBefore(a, inEvent));
  return other ? chosen(other, ACTOR2_OTHER_SIDE.id) : null;
}

// ACLED's names of a state's forces: "Military Forces of Mali", "Police Forces of Brazil Military Police".
const STATE_FORCES = /^(?:Military|Police) Forces(?: of (.+))?$/;

/** One state's forces, whatever the branch: "Military Forces of Brazil Military Police" and "Police Forces of Brazil". */
function sameState(a: string, b: string | undefined): boolean {
  // (With no country known, "Military Forces" and "Police Forces" are still one state's.)
  const state = (name: string) => {
    const forces = STATE_FORCES.exec(name);
    return forces ? (forces[1] ?? "") : undefined;
  };
  const [x, y] = [state(a), b === undefined ? undefined : state(b)];
  return x !== undefined && y !== undefined && (x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `));
}

/** "JNIM militants": the generic word right after a group's name is that group, not a second side. */
function namesGroupBefore(mention: ActorMention, actors: ActorMention[]): boolean {
  return (
    mention.value.generic &&
    actors.some(
      (b) =>
        b !== mention && isArmed(b) && !b.value.generic && mention.start - b.end >= 0 && mention.start - b.end <= 1,
    )
  );
}

/**
 * Who takes part: how many distinct armed sides (each state's forces, each named group, unnamed gunmen), civilians,
 * crowds; and whether a crowd, and no armed actor, is the subject of one of `crowdVerbs`.
 */
export function sidesOf(
  context: ExtractContext,
  language: CodingLanguage,
  actors: ActorMention[],
  coreSentences: number[],
  anchor: number,
  crowdVerbs: { start: number; text: string }[],
): Sides {
  const inEvent = actors.filter((a) => coreSentences.includes(a.sentence) && a.value.role === "actor");
  const inAnchor = inEvent.filter((a) => a.sentence === anchor);
  const actedAt = (inters: number[]) => crowdVerbWhere(context, language, inAnchor, crowdVerbs, inters);
  const crowdActsAt = actedAt([5, 7])?.start ?? null;
  const armed = armedSidesAmong(context, language, inEvent, inEvent);
  const unseenAttacker = attackerUnseen(context, language, anchor, inAnchor);
  return {
    armedSides: armed.length + (unseenAttacker ? 1 : 0),
    unseenAttacker,
    dispute: coreSentences.some((i) => testRule(language.dispute, context.sentences[i]?.text ?? "")),
    // (Villagers armed with machetes who kill a suspected robber are a mob, not a militia; gunmen who do, attackers.)
    mobJustice:
      testRule(language.mobJustice, context.sentences[anchor]?.text ?? "") &&
      !inEvent.some((a) => isArmed(a) && a.value.inter !== 4) &&
      inEvent.some((a) => a.value.inter === 4 || a.value.inter === 5 || a.value.inter === 7),
    nonStateArmed: inEvent.some((a) => isArmed(a) && a.value.inter !== 1 && a.value.inter !== 8),
    // ("… attacked an alleged drug dealer. The man died.": beside a criminal victim, a later "man" is that victim;
    // "gunmen ambushed police officers. Three men died.": beside two armed sides, later dead are among them.)
    civilians: (inEvent.some((a) => a.value.criminal) ||
    armedSidesAmong(context, language, inAnchor, inEvent).length >= 2
      ? inAnchor
      : inEvent
    ).some(isCivilian),
    protesters: inEvent.some((a) => a.value.inter === 6),
    armedIn: new Set(inEvent.filter(isArmed).map((a) => a.sentence)),
    protestersIn: new Set(inEvent.filter((a) => a.value.inter === 6).map((a) => a.sentence)),
    rioters: inEvent.some((a) => a.value.inter === 5),
    crowdActs: crowdActsAt !== null,
    crowdActsAt,
    protestersAct: actedAt([6]) !== undefined,
  };
}

/** Characters of a verb and what follows it read for a passive without its auxiliary ("killed in a raid"). */
const REDUCED_PASSIVE_REACH = 40;

/**
 * The first of the verbs a crowd (of the given inter codes) does: the people just before it are such a crowd doing it
 * (not "a man was killed") and no armed actor stands before it. (Where the first such verb is: a crowd that
 * demonstrated before it rioted.)
 */
function crowdVerbWhere(
  context: ExtractContext,
  language: CodingLanguage,
  inAnchor: ActorMention[],
  crowdVerbs: { start: number; text: string }[],
  inters: number[],
): { start: number; text: string } | undefined {
  return crowdVerbs.find(({ start }) => {
    const subjects = inAnchor.filter((a) => a.end <= start);
    // ("Twelve villagers killed in a raid": a participle with no object after it is a passive without "were".)
    if (testRule(language.reducedPassive, context.text.slice(start, start + REDUCED_PASSIVE_REACH))) return false;
    return (
      !subjects.some(isArmed) &&
      subjects.some(
        (a) =>
          inters.includes(a.value.inter ?? 0) &&
          !testRule(language.passive, context.text.slice(a.end, start)) &&
          start - a.end < 80,
      )
    );
  });
}

/**
 * The distinct armed sides among the mentions: each state's forces (one state's, whatever the branch: see
 * `sameState`), each named group, unnamed gunmen, criminals. ("ISWAP or Boko Haram militants": two groups either of
 * which did it are one side.)
 */
function armedSidesAmong(
  context: ExtractContext,
  language: CodingLanguage,
  mentions: ActorMention[],
  inEvent: ActorMention[],
): string[] {
  const eitherOfBefore = (a: ActorMention) =>
    inEvent.some(
      (b) => b.end <= a.start && isArmed(b) && testRule(language.alternative, context.text.slice(b.end, a.start)),
    );
  const sides: string[] = [];
  for (const a of mentions.filter((b) => isArmed(b) && !namesGroupBefore(b, inEvent) && !eitherOfBefore(b))) {
    const side = a.value.criminal
      ? "criminals"
      : a.value.generic && a.value.inter !== 1
        ? "unnamed"
        : a.value.canonical;
    if (!sides.some((known) => known === side || sameState(known, side))) sides.push(side);
  }
  return sides;
}

/**
 * "A drug dealer was found dead", "two soldiers were shot": armed people who only suffer the violence had an attacker
 * the report leaves unnamed, a side of its own.
 */
function attackerUnseen(
  context: ExtractContext,
  language: CodingLanguage,
  anchor: number,
  inAnchor: ActorMention[],
): boolean {
  const anchorEnd = (context.sentences[anchor]?.start ?? 0) + (context.sentences[anchor]?.text.length ?? 0);
  const armedInAnchor = inAnchor.filter(isArmed);
  return (
    armedInAnchor.length > 0 &&
    armedInAnchor.every((a) => passiveNext(language, context.text.slice(a.end, anchorEnd), 1))
  );
}

/** Rioters, protesters and civilians: the people ACLED names associated actors for. */
export const isCrowdOrCivilian = (inter: number | null | undefined): boolean => [5, 6, 7].includes(inter ?? 0);

/**
 * Who a crowd or its civilian victims are, as ACLED's associated actors ("Students (Kenya); Women (Kenya)", "AL:
 * Awami League"): the parties and identity words of the actor's own words and of the few words before them
 * ("striking teachers"), else, for a crowd the text names no other way, of the words before the event's trigger
 * ("teachers and nurses marched").
 */
export function associatedActor(
  context: ExtractContext,
  language: CodingLanguage,
  actor: ChosenActor | null,
  country: string | null,
  before: { start: number; end: number } | null,
  parties: ActorMention[],
): ChosenActor | null {
  if (!actor || !isCrowdOrCivilian(actor.inter)) return null;
  // (…and the people listed with them: "teachers and nurses".)
  const listedAfter = (end: number) =>
    end + (execRule(language.listedAfter, context.text.slice(end, end + 60))?.[0].length ?? 0);
  const stretches = actor.evidence.length
    ? actor.evidence.map((e) => ({ start: Math.max(0, e.start - 30), end: listedAfter(e.end) }))
    : before
      ? [before]
      : [];
  const names: string[] = [];
  const evidence: EvidenceSpan[] = [];
  const add = (name: string, span: EvidenceSpan) => {
    if (names.includes(name)) return;
    names.push(name);
    evidence.push(span);
  };
  for (const stretch of stretches) {
    // A party named in the crowd's words is its associated actor as ACLED names it ("AL: Awami League").
    for (const party of parties.filter((p) => p.start >= stretch.start && p.end <= stretch.end))
      add(party.value.canonical, { ...evidenceOf(party), rule: ASSOC_PARTY.id });
    const words = context.text.slice(stretch.start, stretch.end);
    for (const rule of language.identities) {
      const match = execRule(rule, words);
      if (!match) continue;
      const start = stretch.start + match.index;
      const span = {
        start,
        end: start + match[0].length,
        text: match[0],
        rule: ASSOC_IDENTITY.id,
        confidence: 0.6,
      };
      add(country ? `${rule.label} (${country})` : rule.label, span);
    }
  }
  return names.length ? { name: names.join("; "), inter: actor.inter, evidence } : null;
}
