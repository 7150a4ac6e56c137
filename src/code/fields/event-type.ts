import { allMatches } from "../../base/spans.js";
import type { ExtractContext } from "../../extract/types.js";
import type { EvidenceSpan } from "../../model/index.js";
import type { Trigger } from "../locales/en/triggers.js";

const REMOTE_VIOLENCE = new Set([
  "Air/drone strike",
  "Shelling/artillery/missile attack",
  "Suicide bomb",
  "Remote explosive/landmine/IED",
  "Grenade",
  "Chemical weapon",
]);

const MISTREATMENT = /^(beat(en|ing)?|tortur(ed|e|ing)|execut(ed|ions?)|abus(ed|ing))$/i;
const INTERCEPTED = /intercept|(shot|shut) down|downed/i;
/** Weapons disrupted by people on the ground or intercepted, as opposed to depots or caches an air strike hit. */
const DISRUPTED_BY_HAND = new RegExp(
  `${INTERCEPTED.source}|defus|dismantl|foil|thwart|seiz|confiscat|recover|found|discover|locate|neutrali|clear|disposal|accident|premature`,
  "i",
);
const PROPERTY_DAMAGE = /vandali|torched|arson|set (\w+ ){0,3}(fire|ablaze|alight|on fire)|ransacked|smash/i;

/** Words for fighting that takes two sides, as opposed to one side's shooting. */
export const RECIPROCAL =
  /^(clash(es|ed)?|fighting|fought|battles?|firefights?|gunfights?|gun ?battles?|exchang(e|ed|ing) (of )?fire|return(ed|ing)? fire|fired back|shoot-?outs?|skirmish(es)?|confrontations?|affrontements?|combats?|accrochages?|heurts?)$/i;
/** Fighting with guns on both sides, whoever the sides. */
const FIREFIGHT = /shoot-?outs?|exchang\w* (of )?fire|return\w* fire|fired back|gunfights?|gun ?battles?|firefights?/i;
/** Words that make the fighting after them the setting of the event, not the event ("amid intensified clashes"). */
const SETTING = /\b(amid|amidst|during|after|following|since|despite|in the midst of)\s+(\S+\s+){0,2}$/i;
const AERIAL_OR_SUICIDE = new Set(["Air/drone strike", "Suicide bomb", "Chemical weapon"]);
const ONE_SIDED_SPECIFIC = new Set(["Abduction/forced disappearance", "Sexual violence"]);

export interface TriggerHit {
  trigger: Trigger;
  sentence: number;
  start: number;
  end: number;
  text: string;
  /** The words of its sentence just before it ("amid intensified clashes"). */
  before: string;
}

/** Every trigger in the given sentences, first match of each trigger per sentence. */
export function findTriggers(context: ExtractContext, triggers: Trigger[], sentences: number[]): TriggerHit[] {
  const hits: TriggerHit[] = [];
  for (const index of sentences) {
    const sentence = context.sentences[index];
    if (!sentence) continue;
    for (const trigger of triggers) {
      const match = trigger.pattern.exec(sentence.text);
      if (!match) continue;
      const start = sentence.start + match.index;
      const before = sentence.text.slice(Math.max(0, match.index - 30), match.index);
      hits.push({ trigger, sentence: index, start, end: start + match[0].length, text: match[0], before });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** What a protest may be about without being it: a killing, an arrest, a bombing it denounces. */
const GRIEVANCE_KINDS = new Set([
  "violence",
  "Armed clash",
  "Attack",
  "Abduction/forced disappearance",
  "Sexual violence",
  "Arrests",
  "Looting/property destruction",
  ...REMOTE_VIOLENCE,
]);

/**
 * "staged a human chain demanding punishment for those behind the rape accusations", "rallied against the bombing of
 * the VC's house": what a protest is about, from the word that opens its grievance to the end of its clause, one
 * span at most per sentence. Its violence is another event, not this one's type, and its places are not the scene
 * ("condemning the aggression on Gaza" in a protest in Dhaka).
 */
export function grievanceSpans(
  context: ExtractContext,
  hits: TriggerHit[],
  grievance: RegExp,
): Map<number, { start: number; end: number }> {
  const aboutFrom = new Map<number, { start: number; end: number }>();
  for (const hit of hits) {
    if (hit.trigger.points !== "Peaceful protest" || aboutFrom.has(hit.sentence)) continue;
    const sentence = context.sentences[hit.sentence];
    if (!sentence) continue;
    const rest = context.text.slice(hit.end, sentence.start + sentence.text.length);
    const opening = grievance.exec(rest);
    if (!opening) continue;
    const start = hit.end + opening.index;
    // (The clause ends at a comma or at the protesters' next verb: "… over the demolition of their market and
    // attacked the task force".)
    const clauseEnd = /[,;.:]|\s(?:and|then|before)\s+(?:\p{L}+ly\s+)?\p{L}+ed\b/u.exec(context.text.slice(start));
    aboutFrom.set(hit.sentence, { start, end: clauseEnd ? start + clauseEnd.index : context.text.length });
  }
  return aboutFrom;
}

/** Trigger words outside what a protest is about (`grievanceSpans`). */
export function withoutGrievances(
  hits: TriggerHit[],
  aboutFrom: Map<number, { start: number; end: number }>,
): TriggerHit[] {
  return hits.filter((hit) => {
    const about = aboutFrom.get(hit.sentence);
    return !about || !GRIEVANCE_KINDS.has(hit.trigger.points) || hit.start < about.start || hit.start >= about.end;
  });
}

const globalPatterns = new WeakMap<Trigger, RegExp>();

/** Every place in one sentence any trigger matches, not only each trigger's first: "attack … killed" has two. */
export function triggerWordsIn(
  context: ExtractContext,
  triggers: Trigger[],
  index: number,
): { start: number; end: number }[] {
  const sentence = context.sentences[index];
  if (!sentence) return [];
  const words: { start: number; end: number }[] = [];
  for (const trigger of triggers) {
    let pattern = globalPatterns.get(trigger);
    if (!pattern) {
      pattern = new RegExp(trigger.pattern.source, `${trigger.pattern.flags.replace("g", "")}g`);
      globalPatterns.set(trigger, pattern);
    }
    for (const match of allMatches(pattern, sentence.text)) {
      const start = sentence.start + (match.index ?? 0);
      words.push({ start, end: start + match[0].length });
    }
  }
  return words.sort((a, b) => a.start - b.start);
}

export interface TypeDecision {
  subEvent: string;
  score: number;
  margin: number;
  evidence: EvidenceSpan[];
}

/** Victims decide what generic violence is: two armed sides fighting is a clash; armed men on civilians an attack. */
export interface Sides {
  armedSides: number;
  civilians: boolean;
  protesters: boolean;
  rioters: boolean;
  /** Armed people not the state's (rebels, militias, gangs, unnamed gunmen) take part. */
  nonStateArmed: boolean;
  /** The only armed people in the event's sentence suffer it: whoever attacked them is not named there. */
  unseenAttacker: boolean;
  /** The victims are taken for criminals and no state force nor armed group is in the event: mob justice. */
  mobJustice: boolean;
  /** A quarrel is told behind the fighting ("over a land dispute", "with sticks and axes"). */
  dispute: boolean;
  /** A crowd, not an armed group, does the violence: "residents lynched", "supporters of X clashed with Y's". */
  crowdActs: boolean;
  /** Where the crowd's first such verb is. */
  crowdActsAt: number | null;
  /** Protesters do the violence: "protesters demonstrated … and attacked the task force". */
  protestersAct: boolean;
}

const THEN_ACTED = /\b(and|then)\s+(?:\p{L}+ly\s+)?$/u;

/**
 * Sums trigger weights per sub-event type, nearer the first trigger sentence counting more, resolves generic
 * violence by the sides involved, and applies the codebook's combinations (a protest met with force, an
 * explosion that kills is still an explosion).
 */
export function decideType(
  hits: TriggerHit[],
  sides: Sides,
  anchorSentence: number,
  killingWords: RegExp,
): TypeDecision | null {
  const scores = new Map<string, { score: number; named: number; evidence: EvidenceSpan[] }>();
  const add = (subEvent: string, weight: number, hit: TriggerHit) => {
    const entry = scores.get(subEvent) ?? { score: 0, named: 0, evidence: [] };
    entry.score += weight;
    entry.named += hit.trigger.weight;
    entry.evidence.push({
      start: hit.start,
      end: hit.end,
      text: hit.text,
      rule: `en/trigger/${hit.trigger.name}`,
      confidence: Number(Math.min(0.95, 0.4 + weight / 8).toFixed(2)),
    });
    scores.set(subEvent, entry);
  };
  // The codebook's combinations: one sub-type's words count for another ("looted" in a protest makes it violent).
  const absorb = (into: string, from: string) => {
    const source = scores.get(from);
    if (!source) return;
    scores.delete(from);
    const target = scores.get(into);
    if (!target) return scores.set(into, source);
    target.score += source.score;
    target.named += source.named;
    target.evidence.push(...source.evidence);
  };
  // "An intense shoot-out broke out and a man was killed": fighting told as such makes its killing the clash's,
  // bystanders or not (people with no crowd among them: police clashing with protesters is no battle).
  const fought =
    !sides.protesters &&
    !sides.rioters &&
    sides.armedSides >= 1 &&
    hits.some(
      (h) =>
        h.trigger.points === "Armed clash" &&
        RECIPROCAL.test(h.text) &&
        !SETTING.test(h.before) &&
        (FIREFIGHT.test(h.text) || sides.nonStateArmed),
    );
  // Demonstrators who attack, or a crowd that demonstrates and attacks, riot: the codebook's violent demonstration.
  // (Demonstrated, and then acted: "demonstrated over new levies and attacked the officers", not "staged a protest
  // demanding justice for a classmate stabbed to death".)
  const crowdAct = hits.find((h) => h.start === sides.crowdActsAt);
  const crowdRiots =
    sides.protestersAct ||
    (crowdAct !== undefined &&
      THEN_ACTED.test(crowdAct.before) &&
      hits.some(
        (h) => h.trigger.points === "Peaceful protest" && h.sentence === anchorSentence && h.start < crowdAct.start,
      ));
  for (const hit of hits) {
    // ("… burned homes after the peace deal was signed": a deal told as the setting is not what happened.)
    if (hit.trigger.points === "Agreement" && SETTING.test(hit.before)) continue;
    const decay = 1 / (1 + 0.5 * Math.abs(hit.sentence - anchorSentence));
    let target = hit.trigger.points;
    if (crowdRiots && ["violence", "Attack", "Armed clash"].includes(target)) target = "Violent demonstration";
    if (target === "violence")
      target =
        fought || (sides.armedSides >= 2 && !sides.civilians)
          ? "Armed clash"
          : sides.protesters
            ? "Excessive force against protesters"
            : "Attack";
    // Shooting at civilians is an attack on them; fighting between two sides, whoever they are, stays a clash
    // ("clashes between herders and farmers" are communal militias fighting, in the codebook).
    if (target === "Armed clash" && sides.armedSides < 2 && sides.civilians && !RECIPROCAL.test(hit.text))
      target = "Attack";
    // People who clash with the police or the army, no armed group among them, are a mob to the codebook
    // ("street vendors clashed with municipal police"); an exchange of fire stays a battle.
    if (
      target === "Armed clash" &&
      sides.armedSides === 1 &&
      sides.civilians &&
      !sides.nonStateArmed &&
      RECIPROCAL.test(hit.text) &&
      !FIREFIGHT.test(hit.text)
    )
      target = "Mob violence";
    if ((target === "Attack" || target === "Armed clash") && (sides.crowdActs || sides.mobJustice))
      target = "Mob violence";
    // Fighting over a quarrel with no armed group in it is a brawl between people: the codebook's mob violence.
    if (target === "Armed clash" && sides.armedSides === 0 && sides.dispute) target = "Mob violence";
    add(target, hit.trigger.weight * decay, hit);
  }
  const protest = scores.get("Peaceful protest");
  const intervention = scores.get("Protest with intervention");
  if (protest && intervention) intervention.score += protest.score;
  // Force against a protest, in words that say so, is the protest's event, whatever the words for the protest itself
  // ("three die in protest crackdown. Thousands marched …"); a death a protest is about is not ("demanding justice
  // for a man beaten to death").
  const force = scores.get("Excessive force against protesters");
  const forceNamed = force?.evidence.some((e) => e.rule.endsWith("/excessive-force"));
  if (protest && force && (forceNamed || intervention)) force.score += protest.score + (intervention?.score ?? 0);
  if (!protest) scores.delete("Protest with intervention");
  // A demonstration whose participants riot, burn, stone or destroy property is a violent demonstration, however
  // peaceful its start (the codebook's rule); intervention against it does not change that. Vandalism and arson
  // with no demonstration nor rioting named are mob violence when a crowd does it or people are hurt ("party members
  // vandalized a house and beat its owner"), and property destruction otherwise ("unknown men torched two cars").
  if (protest) absorb("Violent demonstration", "Looting/property destruction");
  const riot = scores.get("Violent demonstration");
  const peopleHarmed = ["Mob violence", "Attack", "Armed clash"].some((name) =>
    scores.get(name)?.evidence.some((e) => !PROPERTY_DAMAGE.test(e.text)),
  );
  // Armed men who burn, vandalise or fight the police with no crowd around are no riot: it is their attack, their
  // clash with a second armed side, or their destruction of property when no one is hurt.
  const armedNotCrowd = sides.nonStateArmed && !sides.crowdActs && !sides.rioters && !sides.protesters;
  if (riot && !protest && armedNotCrowd)
    absorb(
      !peopleHarmed ? "Looting/property destruction" : sides.armedSides >= 2 ? "Armed clash" : "Attack",
      "Violent demonstration",
    );
  else if (riot && !protest && riot.evidence.every((e) => PROPERTY_DAMAGE.test(e.text)))
    absorb(peopleHarmed || sides.crowdActs ? "Mob violence" : "Looting/property destruction", "Violent demonstration");
  if (protest && riot) {
    riot.score += protest.score + (intervention?.score ?? 0);
    scores.delete("Peaceful protest");
    scores.delete("Protest with intervention");
  }
  // Weapons seized, defused or intercepted where the event is told are what was disrupted, not an attack with them;
  // an air strike on a depot or cache is an air strike.
  const disrupted = hits.filter((h) => h.trigger.points === "Disrupted weapons use" && h.sentence === anchorSentence);
  if (scores.has("Air/drone strike") && !disrupted.some((h) => DISRUPTED_BY_HAND.test(h.text)))
    absorb("Air/drone strike", "Disrupted weapons use");
  else if (disrupted.length > 0)
    for (const name of REMOTE_VIOLENCE)
      if (name !== "Air/drone strike" || disrupted.some((h) => INTERCEPTED.test(h.text)))
        absorb("Disrupted weapons use", name);
  // A weapon named in the event decides its type over generic violence words, however often those recur; and a
  // bombing of a rally is an explosion, not a protest.
  // (Undecayed: "A car bomb exploded" two sentences after a subtitle's "killed" still names the weapon.)
  const weapon = [...scores].filter(([name, entry]) => REMOTE_VIOLENCE.has(name) && entry.named >= 2.5);
  const [strongestName, strongestWeapon] = weapon.sort((a, b) => b[1].score - a[1].score)[0] ?? [];
  // …except in fighting told as such where the event is told ("a clash broke out … artillery shells landed",
  // "exchanged fire and used rocket-propelled grenades"): ground weapons used in a clash are the clash's.
  const clash = scores.get("Armed clash");
  const foughtInAnchor = hits.some(
    (h) =>
      h.sentence === anchorSentence &&
      h.trigger.points === "Armed clash" &&
      RECIPROCAL.test(h.text) &&
      !SETTING.test(h.before),
  );
  if (clash && strongestWeapon && foughtInAnchor && !AERIAL_OR_SUICIDE.has(strongestName as string)) {
    for (const [name] of weapon) absorb("Armed clash", name);
  } else if (strongestWeapon) {
    // The killing the weapon did is the weapon's event: its words add to the weapon's score.
    for (const name of ["Attack", "Armed clash", "Peaceful protest", "Protest with intervention"]) {
      if (name === "Attack" || name === "Armed clash") strongestWeapon.score += scores.get(name)?.score ?? 0;
      scores.delete(name);
    }
  }
  // Likewise abduction and sexual violence are what a raid was for, whatever shooting came with it.
  const specific = [...scores].some(([name, entry]) => ONE_SIDED_SPECIFIC.has(name) && entry.score >= 1.5);
  // …unless the abducted were killed: "abducted and executed" is an attack (the codebook's rule). Said in the same
  // sentence: a killing told elsewhere in the story is often another, earlier one.
  const killedAbducted = hits.some(
    (killing) =>
      killingWords.test(killing.text) &&
      hits.some((h) => h.trigger.points === "Abduction/forced disappearance" && h.sentence === killing.sentence),
  );
  // …and people detained and then killed, beaten or tortured were attacked, not arrested.
  if (scores.has("Attack") && hits.some((h) => killingWords.test(h.text) || MISTREATMENT.test(h.text)))
    scores.delete("Arrests");
  if (killedAbducted && scores.has("Attack")) scores.delete("Abduction/forced disappearance");
  else if (specific && !strongestWeapon) scores.delete("Attack");
  if (!protest && !sides.protesters) scores.delete("Excessive force against protesters");
  const ranked = [...scores].sort((a, b) => b[1].score - a[1].score);
  const [best, second] = ranked;
  if (!best || best[1].score < 1.2) return null;
  return {
    subEvent: best[0],
    score: best[1].score,
    margin: best[1].score - (second?.[1].score ?? 0),
    evidence: best[1].evidence,
  };
}
