import { execRule, testRule } from "../../base/quick-test.js";
import { fired } from "../../base/trace.js";
import type { ActorMention } from "../../model/mentions.js";
import {
  crowdAlone,
  type FrontLine,
  fillCountry,
  frontLineOn,
  statesFirst,
  unidentifiedArmedGroup,
} from "../../sources/actors/acled-conventions.js";
import { evidenceOf } from "../evidence.js";
import {
  ACTOR_CROWD_POLICE,
  ACTOR1_CROWD_BY_ACT,
  ACTOR1_FIRST_SIDE,
  ACTOR1_FRONT_LINE,
  ACTOR1_GOVERNMENT,
  ACTOR1_STATE_FIRST,
  ACTOR1_UNIDENTIFIED,
  ACTOR2_CROWD_ALONE,
  ACTOR2_CROWD_HIT_FORCES,
  ACTOR2_FRONT_LINE,
  ACTOR2_ONE_SIDED,
  ACTOR2_RIVAL_CROWD,
  ACTOR2_UNNAMED_CIVILIANS,
  TERRITORY_BY_TAKER,
} from "../fields/actor-rules.js";
import {
  associatedActor,
  type ChosenActor,
  chooseAttacker,
  chooseTarget,
  earlierSubject,
  isCrowdOrCivilian,
} from "../fields/actors.js";
import { triggerWordsIn } from "../fields/event-type.js";
import { type SubEventType, subEventType } from "../taxonomy.js";
import type { TypeStep } from "./01-type.js";
import type { PlaceStep } from "./03-place.js";
import type { CodingInput, EventScope } from "./input.js";

export interface ActorsStep {
  attacker: ChosenActor | null;
  target: ChosenActor | null;
  assoc1: ChosenActor | null;
  assoc2: ChosenActor | null;
  civilianTarget: boolean;
  /** The type, once who took territory has decided between regaining and overtaking it. */
  taxonomy: SubEventType;
}

/** ACLED's name and inter code of the crowd of each crowd sub-type. */
const CROWD_OF: Record<string, [string, number]> = {
  "Peaceful protest": ["Protesters", 6],
  "Protest with intervention": ["Protesters", 6],
  "Excessive force against protesters": ["Protesters", 6],
  "Violent demonstration": ["Rioters", 5],
  "Mob violence": ["Rioters", 5],
};

/**
 * Events ACLED codes with one side, and the only kinds of actor it names as a second: a peaceful protest has no
 * actor2 but counter-protesters (not the group protested against, nor the police beside it), a group's change of
 * activity none.
 */
const ONE_SIDED: Record<string, number[]> = {
  "Peaceful protest": [6],
  "Change to group/activity": [],
};

/** Strategic developments done to people or their property: their victims are civilians unless named. */
const PEOPLE_SUFFER = ["Looting/property destruction", "Arrests"];

const TERRITORIAL = ["Government regains territory", "Non-state actor overtakes territory"];

/** Fighting and fire, whose unnamed sides are a front line's two forces where one runs (`frontLineOn`). */
const FIRE = ["Battles", "Explosions/Remote violence"];

/**
 * Step 4, the actors: actor1 (the attacker, or the crowd named for what it did), the type's territorial sub-type
 * it decides, actor2 (the other side or the victims), their associated actors, and state forces first in a battle
 * where ACLED lists them first. `day` is the event's date, which dates a front line.
 */
export function codeActors(
  input: CodingInput,
  scope: EventScope,
  type: TypeStep,
  place: PlaceStep,
  day: string | null,
): ActorsStep {
  const { taxonomy: typed, sides } = type;
  const civilianTarget =
    typed.event_type === "Violence against civilians" ||
    (typed.event_type === "Explosions/Remote violence" && sides.civilians && sides.armedSides < 2);
  const front = FIRE.includes(typed.event_type) ? frontLineOn(place.country, day) : null;
  const attacker = asPolice(input, typed, actor1Of(input, scope, type, place.country, front));
  const taxonomy = territorialType(input, typed, attacker);
  const target = asPolice(
    input,
    typed,
    actor2Of(input, scope, type, taxonomy, attacker, civilianTarget, place.country) ??
      frontLineOtherSide(front, taxonomy, attacker),
  );
  const { context, language, actors } = input;
  const anchorStart = context.sentences[scope.anchor]?.start ?? type.trigger.start;
  const parties = actors.filter((a) => a.value.role === "party");
  const before = { start: anchorStart, end: type.trigger.start };
  const assoc1 = associatedActor(context, language, attacker, place.country, before, parties);
  const assoc2 = associatedActor(context, language, target, place.country, null, parties);
  const stateSecond = attacker && target?.inter === 1 && attacker.inter !== 1;
  if (taxonomy.event_type === "Battles" && stateSecond && statesFirst(place.country)) {
    const state = { ...target, evidence: target.evidence.map((e) => ({ ...e, rule: ACTOR1_STATE_FIRST.id })) };
    return { attacker: state, target: attacker, assoc1, assoc2, civilianTarget, taxonomy };
  }
  return { attacker, target, assoc1, assoc2, civilianTarget, taxonomy };
}

/** actor1: who did it (`chooseAttacker`), else a battle's first side, else an earlier sentence's subject. */
function actor1Of(
  input: CodingInput,
  scope: EventScope,
  type: TypeStep,
  country: string | null,
  front: FrontLine | null,
): ChosenActor | null {
  const { context, language, words, actors } = input;
  const { anchor } = scope;
  const trigger = type.trigger;
  const otherTriggers = triggerWordsIn(context, language.triggers, anchor).filter((w) => w.start !== trigger.start);
  const attacker =
    chooseAttacker(context, language, actors, anchor, [trigger, ...otherTriggers]) ??
    // (A battle's or a strategic development's first side in its sentence: "a convoy of military trucks headed for …".)
    (["Battles", "Strategic developments"].includes(type.taxonomy.event_type) && !type.sides.unseenAttacker
      ? firstSide(actors, anchor)
      : null) ??
    earlierSubject(context, language, words, actors, anchor);
  const crowd = crowdOf(input, anchor, type.decision.subEvent, attacker, country);
  if (crowd) return crowd;
  if (attacker || type.taxonomy.event_type === "Protests") return attacker;
  const government = governmentOf(input, anchor, type, country);
  if (government) return government;
  if (front) {
    fired(ACTOR1_FRONT_LINE);
    return { name: front.sides[0].name, inter: front.sides[0].inter, evidence: [] };
  }
  fired(ACTOR1_UNIDENTIFIED);
  return { name: unidentifiedArmedGroup(country, context.crimeSigns), inter: 3, evidence: [] };
}

/**
 * A strategic development with no armed actor, in a sentence that tells of a government, governor or authorities
 * ("the government extended the state of emergency"), is the Government of its country's, at the words that say so.
 */
function governmentOf(input: CodingInput, anchor: number, type: TypeStep, country: string | null): ChosenActor | null {
  const sentence = input.context.sentences[anchor];
  if (!country || !sentence || type.taxonomy.event_type !== "Strategic developments") return null;
  const found = execRule(input.words.government, sentence.text);
  if (!found) return null;
  fired(ACTOR1_GOVERNMENT);
  const start = sentence.start + found.index;
  return {
    name: fillCountry("Government of {country}", country),
    inter: 1,
    evidence: [{ start, end: start + found[0].length, text: found[0], rule: ACTOR1_GOVERNMENT.id, confidence: 0.6 }],
  };
}

/**
 * A crowd is named for what it did: protesters who riot are rioters, rioters who only march are protesters. (Its
 * words are the crowd's words, never those of the police or soldiers who faced it: "police fired tear gas at
 * striking doctors" has the doctors for protesters.) Null when the attacker already is the sub-type's crowd.
 */
function crowdOf(
  input: CodingInput,
  anchor: number,
  subEvent: string,
  attacker: ChosenActor | null,
  country: string | null,
): ChosenActor | null {
  const named = CROWD_OF[subEvent];
  if (!named || (attacker && attacker.inter === named[1])) return null;
  fired(ACTOR1_CROWD_BY_ACT);
  const crowd = input.actors.find((a) => a.sentence === anchor && isCrowdOrCivilian(a.value.inter));
  return {
    name: withCountry(named[0], country),
    inter: named[1],
    evidence: attacker && isCrowdOrCivilian(attacker.inter) ? attacker.evidence : crowd ? [evidenceOf(crowd)] : [],
  };
}

/**
 * actor2 (`chooseTarget`): a crowd's victims are the civilians after the verb (the crowd itself, often "residents",
 * is not its own target); civilians unnamed in violence against them; none of a kind a one-sided event does not have.
 */
function actor2Of(
  input: CodingInput,
  scope: EventScope,
  type: TypeStep,
  taxonomy: SubEventType,
  attacker: ChosenActor | null,
  civilianTarget: boolean,
  country: string | null,
): ChosenActor | null {
  const crowdVictims = taxonomy.sub_event_type === "Mob violence";
  if (crowdVictims && crowdAlone(country)) {
    fired(ACTOR2_CROWD_ALONE);
    return null;
  }
  const candidates = input.actors.filter((a) => !crowdVictims || a.start > type.trigger.start);
  let target =
    (crowdVictims ? forcesTheCrowdHit(input, candidates, scope.anchor) : null) ??
    chooseTarget(candidates, scope.core, attacker, civilianTarget || crowdVictims);
  // ("Two groups of students clashed": a mob that fights another crowd fights rioters, not civilians.)
  if (crowdVictims && (!target || target.inter === 7) && crowdsFight(input, scope.anchor)) {
    fired(ACTOR2_RIVAL_CROWD);
    const nationality = target ? (/\(([^)]+)\)$/.exec(target.name)?.[1] ?? country) : country;
    target = { name: withCountry("Rioters", nationality), inter: 5, evidence: target?.evidence ?? [] };
  }
  // (A crowd's one-sided violence has victims, unnamed as people or not: "villagers beat a suspected thief"; so have
  // looting and arrests, whose victims are people or their property.)
  if (!target && (civilianTarget || crowdVictims || PEOPLE_SUFFER.includes(taxonomy.sub_event_type))) {
    fired(ACTOR2_UNNAMED_CIVILIANS);
    target = { name: withCountry("Civilians", country), inter: 7, evidence: [] };
  }
  const secondSides = ONE_SIDED[taxonomy.sub_event_type];
  if (target && secondSides && !secondSides.includes(target.inter)) {
    fired(ACTOR2_ONE_SIDED);
    return null;
  }
  return target;
}

/** A battle on a front line whose actor1 is one of its forces and whose other side is unnamed: the other force. */
function frontLineOtherSide(
  front: FrontLine | null,
  taxonomy: SubEventType,
  attacker: ChosenActor | null,
): ChosenActor | null {
  if (!front || taxonomy.event_type !== "Battles" || !attacker) return null;
  const [first, second] = front.sides;
  const other = attacker.name === first.name ? second : attacker.name === second.name ? first : null;
  if (!other) return null;
  fired(ACTOR2_FRONT_LINE);
  return { name: other.name, inter: other.inter, evidence: [] };
}

/** Words at most between a crowd's verb and the people it hit ("attacked and pelted stones at a police team"). */
const CROWD_OBJECT_GAP = 5;

/**
 * "A mob attacked police officers enforcing the curfew": state forces a crowd's violence reaches first (the first
 * people after the event's trigger and the sentence's first verb of violence, a few words after it with no
 * punctuation between) are its victims, as ACLED codes a mob against the police.
 */
function forcesTheCrowdHit(input: CodingInput, afterTrigger: ActorMention[], anchor: number): ChosenActor | null {
  const { context, language } = input;
  const sentence = context.sentences[anchor];
  if (!sentence) return null;
  const verb = [...sentence.text.matchAll(/\p{L}+/gu)].find((word) => testRule(language.crowdViolence, word[0]));
  if (!verb) return null;
  const verbEnd = sentence.start + (verb.index ?? 0) + verb[0].length;
  const hit = afterTrigger
    .filter((a) => a.sentence === anchor && a.start >= verbEnd && a.value.role === "actor")
    .find((a) => a.value.inter === 1 || a.value.inter === 7);
  if (hit?.value.inter !== 1) return null;
  const gap = context.text.slice(verbEnd, hit.start);
  if (/[,;.:]/.test(gap) || gap.split(/\s+/).filter(Boolean).length > CROWD_OBJECT_GAP) return null;
  fired(ACTOR2_CROWD_HIT_FORCES);
  return { name: hit.value.canonical, inter: 1, evidence: [{ ...evidenceOf(hit), rule: ACTOR2_CROWD_HIT_FORCES.id }] };
}

/** Whether the event's sentence tells fighting that takes two sides ("clashed", "fought", "a fight broke out"). */
function crowdsFight(input: CodingInput, anchor: number): boolean {
  const { context, language } = input;
  return triggerWordsIn(context, language.triggers, anchor).some((word) =>
    testRule(language.typeWords.reciprocal, context.text.slice(word.start, word.end)),
  );
}

/** Protests and riots: crowds that a state meets with its police. */
const CROWD_EVENTS = ["Protests", "Riots"];

/** "Security forces dispersed the protesters": a state's forces named by no branch, facing a crowd, are its police. */
function asPolice(input: CodingInput, typed: SubEventType, actor: ChosenActor | null): ChosenActor | null {
  if (!CROWD_EVENTS.includes(typed.event_type)) return actor;
  if (!actor?.name.startsWith("Military Forces") || actor.evidence.length === 0) return actor;
  const { context, language } = input;
  if (!actor.evidence.every((e) => testRule(language.securityForces, context.text.slice(e.start, e.end)))) return actor;
  fired(ACTOR_CROWD_POLICE);
  return { ...actor, name: actor.name.replace(/^Military Forces/, "Police Forces") };
}

/**
 * Who takes territory decides the sub-type: state forces regain it, anyone else overtakes it. A group the lexicon
 * counts as a state's forces (the Taliban, the Houthis' authorities) but that the report calls rebels, insurgents or
 * fighters is told as fighting the state, and overtakes.
 */
function territorialType(input: CodingInput, taxonomy: SubEventType, attacker: ChosenActor | null): SubEventType {
  if (!attacker || !TERRITORIAL.includes(taxonomy.sub_event_type)) return taxonomy;
  fired(TERRITORY_BY_TAKER);
  const state = attacker.inter === 1 && !calledInsurgents(input, attacker);
  return subEventType(state ? "Government regains territory" : "Non-state actor overtakes territory");
}

/** "Houthi rebels", "Taliban fighters": the name's last word, or the words just after it, call its men insurgents. */
function calledInsurgents(input: CodingInput, actor: ChosenActor): boolean {
  const { context, language } = input;
  const pattern = language.typeWords.insurgentName;
  return actor.evidence.some(
    (e) =>
      testRule(pattern, e.text.slice(e.text.lastIndexOf(" ") + 1)) ||
      testRule(pattern, context.text.slice(e.end, e.end + 30)),
  );
}

/** "Fighting broke out between AA and the Myanmar military": with no subject, state forces are the first side. */
function firstSide(actors: ActorMention[], anchor: number): ChosenActor | null {
  const armed = actors.filter(
    (a) => a.sentence === anchor && a.value.role === "actor" && a.value.inter !== null && a.value.inter <= 4,
  );
  const side = armed.find((a) => a.value.inter === 1) ?? armed[0];
  return side
    ? {
        name: side.value.canonical,
        inter: side.value.inter ?? 3,
        evidence: [{ ...evidenceOf(side), rule: ACTOR1_FIRST_SIDE.id }],
      }
    : null;
}

export function withCountry(name: string, country: string | null): string {
  return country ? `${name} (${country})` : name;
}
