import { prefilterOf } from "../../base/literal-prefilter.js";
import { everyMatch, execRule, firstMatch, type QuickPattern, quickPattern, testRule } from "../../base/quick-test.js";
import type { PatternRule, Rule } from "../../base/rule.js";
import { fired } from "../../base/trace.js";
import type { ExtractContext } from "../../extract/types.js";
import type { EvidenceSpan, Span } from "../../model/index.js";
import type { CodingLanguage, TriggerEntry, TriggerRule, TypeWords } from "../locales/coding-language.js";
import {
  ABDUCTED_AND_KILLED,
  ABDUCTION_OR_RAPE_OVER_ATTACK,
  AGREEMENT_AS_SETTING,
  AIR_STRIKE_ON_WEAPONS,
  ARMED_MEN_DO_NOT_RIOT,
  ARRESTS_AT_PROTEST,
  BRAWL_OVER_DISPUTE,
  CLASH_WON_TERRITORY,
  CROWD_ASSAULT_WITHOUT_DEMONSTRATION,
  CROWD_CLASHES_WITH_POLICE,
  CROWD_VIOLENCE,
  DAMAGE_WITHOUT_DEMONSTRATION,
  DEMONSTRATORS_WHO_ATTACK,
  DETAINED_AND_HARMED,
  FIGHTING_TOLD_AS_SUCH,
  FORCE_AGAINST_PROTEST,
  GRAVE_HARM_TO_PROTESTERS,
  GROUND_WEAPONS_IN_CLASH,
  INJURED_IN_INTERVENTION,
  INTERVENTION_IN_PROTEST,
  LOOTING_IN_PROTEST,
  MIXED_WEAPONS_CLASH,
  NO_FORCE_WITHOUT_PROTEST,
  NO_INTERVENTION_WITHOUT_PROTEST,
  ONE_SIDE_FIRING_ON_CIVILIANS,
  PROPERTY_ONLY,
  PROTEST_TURNED_VIOLENT,
  TAKEN_WITHOUT_FIGHT,
  TWO_ARMED_SIDES_CLASH,
  VIOLENCE_AGAINST_CIVILIANS,
  VIOLENCE_AGAINST_PROTESTERS,
  WEAPON_DECIDES,
  WEAPONS_DISRUPTED,
} from "./type-overrides.js";
import { type Tally, TypeScores } from "./type-scores.js";

const REMOTE_VIOLENCE = new Set([
  "Air/drone strike",
  "Shelling/artillery/missile attack",
  "Suicide bomb",
  "Remote explosive/landmine/IED",
  "Grenade",
  "Chemical weapon",
]);

const AERIAL_OR_SUICIDE = new Set(["Air/drone strike", "Suicide bomb", "Chemical weapon"]);
const ONE_SIDED_SPECIFIC = new Set(["Abduction/forced disappearance", "Sexual violence"]);

export interface TriggerHit {
  /** The trigger rule whose words these are. */
  trigger: TriggerRule;
  sentence: number;
  start: number;
  end: number;
  text: string;
  /** The words of its sentence just before it ("amid intensified clashes"). */
  before: string;
}

/** A language's trigger entry as matched: its rules, and one pattern for all of them with its quick test. */
interface MatchedTrigger {
  rules: readonly TriggerRule[];
  pattern: QuickPattern;
}

const matchedTriggers = new WeakMap<TriggerEntry, MatchedTrigger>();

/**
 * One pattern for an entry. The rules of a group become named alternatives (`t0`, `t1`…) in their order, so the
 * first match is the one the group's words always gave, and its group names the rule it belongs to.
 */
function matchedTrigger(entry: TriggerEntry): MatchedTrigger {
  const known = matchedTriggers.get(entry);
  if (known) return known;
  const rules: readonly TriggerRule[] = isGroup(entry) ? entry : [entry];
  const [first] = rules;
  if (!first) throw new Error("an empty trigger group");
  const pattern =
    rules.length === 1
      ? first.pattern
      : new RegExp(rules.map((rule, i) => `(?<t${i}>${rule.pattern.source})`).join("|"), first.pattern.flags);
  const matched = { rules, pattern: quickPattern(pattern) };
  matchedTriggers.set(entry, matched);
  return matched;
}

function isGroup(entry: TriggerEntry): entry is readonly TriggerRule[] {
  return Array.isArray(entry);
}

/** The rule of an entry a match belongs to: for a group, the one whose named alternative matched. */
function ruleOf(matched: MatchedTrigger, match: RegExpExecArray): TriggerRule {
  if (matched.rules.length === 1 || !match.groups) return matched.rules[0] as TriggerRule;
  const index = matched.rules.findIndex((_, i) => match.groups?.[`t${i}`] !== undefined);
  return matched.rules[index] ?? (matched.rules[0] as TriggerRule);
}

/**
 * Every trigger of a report, first match of each trigger entry per sentence, in text order. Found once for all the
 * report's sentences: coding picks the sentences it reads, and a report with none holds no event.
 */
export function findTriggers(sentences: readonly Span[], triggers: readonly TriggerEntry[]): TriggerHit[] {
  const hits: TriggerHit[] = [];
  const prefilter = prefilterOf(triggers, (entry) => (isGroup(entry) ? entry : [entry]).map((rule) => rule.pattern));
  for (const [index, sentence] of sentences.entries()) {
    const may = prefilter?.mayMatch(sentence.text);
    for (const [i, entry] of triggers.entries()) {
      if (may && !may[i]) continue;
      const matched = matchedTrigger(entry);
      const match = firstMatch(matched.pattern, sentence.text);
      if (!match) continue;
      const trigger = ruleOf(matched, match);
      fired(trigger);
      const start = sentence.start + match.index;
      const before = sentence.text.slice(Math.max(0, match.index - 30), match.index);
      hits.push({ trigger, sentence: index, start, end: start + match[0].length, text: match[0], before });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** The entries of a trigger list whose rules the evidence names (the riot arson rule names all the riot words). */
export function triggersNamedIn(triggers: readonly TriggerEntry[], evidence: readonly EvidenceSpan[]): TriggerEntry[] {
  const named = new Set(evidence.map((e) => e.rule));
  return triggers.filter((entry) => matchedTrigger(entry).rules.some((rule) => named.has(rule.id)));
}

/** Every place in one sentence any trigger matches, not only each trigger's first: "attack … killed" has two. */
export function triggerWordsIn(
  context: ExtractContext,
  triggers: readonly TriggerEntry[],
  index: number,
): { start: number; end: number }[] {
  const sentence = context.sentences[index];
  if (!sentence) return [];
  const words: { start: number; end: number }[] = [];
  for (const entry of triggers) {
    for (const match of everyMatch(matchedTrigger(entry).pattern, sentence.text)) {
      const start = sentence.start + (match.index ?? 0);
      words.push({ start, end: start + match[0].length });
    }
  }
  return words.sort((a, b) => a.start - b.start);
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
  language: Pick<CodingLanguage, "grievance" | "typeWords">,
): Map<number, { start: number; end: number }> {
  const aboutFrom = new Map<number, { start: number; end: number }>();
  for (const hit of hits) {
    if (hit.trigger.points !== "Peaceful protest" || aboutFrom.has(hit.sentence)) continue;
    const sentence = context.sentences[hit.sentence];
    if (!sentence) continue;
    const rest = context.text.slice(hit.end, sentence.start + sentence.text.length);
    const opening = execRule(language.grievance, rest);
    if (!opening) continue;
    const start = hit.end + opening.index;
    // (The clause ends at a comma or at the protesters' next verb: "… over the demolition of their market and
    // attacked the task force".)
    const clauseEnd = execRule(language.typeWords.clauseEnd, context.text.slice(start));
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

export interface TypeDecision {
  subEvent: string;
  score: number;
  margin: number;
  /** The trigger words that point to the type. */
  evidence: EvidenceSpan[];
  /** The codebook's overrides that chose the type over what its words alone point to, each at the words it read. */
  overrides: EvidenceSpan[];
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
  /** The sentences that name an armed actor (state forces among them): where force against a crowd can be told. */
  armedIn: ReadonlySet<number>;
  /** The sentences that name protesters. */
  protestersIn: ReadonlySet<number>;
}

/** What decides the target of each trigger word: the sides, and fighting told in the event. */
interface Reading {
  sides: Sides;
  anchorSentence: number;
  words: TypeWords;
  /** Fighting told as such makes the event's killing the clash's (`FIGHTING_TOLD_AS_SUCH`). */
  fought: boolean;
  /** The crowd demonstrates and attacks (`DEMONSTRATORS_WHO_ATTACK`). */
  crowdRiots: boolean;
  /** Someone is told killed, hurt, taken or fought: an attack on property is then the attack on them (`PROPERTY_ONLY`). */
  peopleHarmed: boolean;
}

/**
 * Sums trigger weights per sub-event type, nearer the first trigger sentence counting more, resolves generic
 * violence by the sides involved, and applies the codebook's overrides (`TYPE_OVERRIDES`: a protest met with force,
 * an explosion that kills is still an explosion). The overrides that chose the type come with it.
 */
export function decideType(
  hits: TriggerHit[],
  sides: Sides,
  anchorSentence: number,
  language: Pick<CodingLanguage, "killing" | "typeWords">,
  harmWords: readonly { text: string; before: string }[] = [],
): TypeDecision | null {
  const words = language.typeWords;
  const reading: Reading = {
    sides,
    anchorSentence,
    words,
    fought: foughtAsSuch(hits, sides, words),
    crowdRiots: crowdRiots(hits, sides, anchorSentence, words),
    peopleHarmed: peopleHarmed(hits, harmWords, language.killing, words),
  };
  const scores = scoreHits(hits, reading);
  const hadProtest = scores.has("Peaceful protest");
  resolveProtest(scores, hits, sides, words);
  resolveRiot(scores, hits, sides, hadProtest, words);
  const weapon = resolveWeapons(scores, hits, reading);
  resolveOneSided(scores, hits, language.killing, words, weapon);
  resolveTerritory(scores, hits, language.killing, words);
  if (!reading.peopleHarmed) resolveProperty(scores, hits, anchorSentence, words);
  if (!hadProtest && !sides.protesters) scores.drop("Excessive force against protesters", NO_FORCE_WITHOUT_PROTEST);
  return best(scores);
}

/**
 * "An intense shoot-out broke out and a man was killed": fighting told as such makes its killing the clash's,
 * bystanders or not (people with no crowd among them: police clashing with protesters is no battle).
 */
function foughtAsSuch(hits: TriggerHit[], sides: Sides, words: TypeWords): boolean {
  return (
    !sides.protesters &&
    !sides.rioters &&
    sides.armedSides >= 1 &&
    hits.some((h) => fightingTold(h, words) && (testRule(words.firefight, h.text) || sides.nonStateArmed))
  );
}

/** A word of fighting between two sides told as what happened, not as its setting ("amid clashes"). */
function fightingTold(hit: TriggerHit, words: TypeWords): boolean {
  return (
    hit.trigger.points === "Armed clash" && testRule(words.reciprocal, hit.text) && !testRule(words.setting, hit.before)
  );
}

/** The sentence of the trigger word an evidence span was made from. */
function sentenceOf(hits: TriggerHit[], span: EvidenceSpan): number | undefined {
  return hits.find((h) => h.start === span.start)?.sentence;
}

/**
 * Demonstrators who attack, or a crowd that demonstrates and attacks, riot: the codebook's violent demonstration.
 * (Demonstrated, and then acted: "demonstrated over new levies and attacked the officers", not "staged a protest
 * demanding justice for a classmate stabbed to death".)
 */
function crowdRiots(hits: TriggerHit[], sides: Sides, anchorSentence: number, words: TypeWords): boolean {
  const crowdAct = hits.find((h) => h.start === sides.crowdActsAt);
  return (
    sides.protestersAct ||
    (crowdAct !== undefined &&
      testRule(words.thenActed, crowdAct.before) &&
      hits.some(
        (h) => h.trigger.points === "Peaceful protest" && h.sentence === anchorSentence && h.start < crowdAct.start,
      ))
  );
}

/** Each trigger word counted for the type the sides make of it, weighed down the further from the anchor. */
function scoreHits(hits: TriggerHit[], reading: Reading): TypeScores {
  const scores = new TypeScores();
  for (const hit of hits) {
    // ("… burned homes after the peace deal was signed": a deal told as the setting is not what happened.)
    if (hit.trigger.points === "Agreement" && testRule(reading.words.setting, hit.before)) {
      fired(AGREEMENT_AS_SETTING);
      continue;
    }
    // (An attack on property where people are hurt is told by the words of their harm; one told after the event's
    // sentence is part of it: "attacked the villages … They burnt down houses".)
    if (
      hit.trigger.id === reading.words.propertyAttack?.id &&
      (reading.peopleHarmed || hit.sentence !== reading.anchorSentence)
    )
      continue;
    const decay = 1 / (1 + 0.5 * Math.abs(hit.sentence - reading.anchorSentence));
    const { target, overrides } = targetOf(hit, reading);
    const weight = hit.trigger.weight * decay;
    const span: EvidenceSpan = {
      start: hit.start,
      end: hit.end,
      text: hit.text,
      rule: hit.trigger.id,
      confidence: Number(Math.min(0.95, 0.4 + weight / 8).toFixed(2)),
    };
    scores.add(target, weight, hit.trigger.weight, span, overrides);
  }
  return scores;
}

/** The type one trigger word counts for, and the overrides that chose it over the word's own, in order. */
function targetOf(
  hit: TriggerHit,
  { sides, fought, crowdRiots, words }: Reading,
): { target: string; overrides: Rule[] } {
  const overrides: Rule[] = [];
  let target = hit.trigger.points;
  const choose = (rule: Rule, subEvent: string) => {
    fired(rule);
    overrides.push(rule);
    target = subEvent;
  };
  if (crowdRiots && ["violence", "Attack", "Armed clash"].includes(target))
    choose(DEMONSTRATORS_WHO_ATTACK, "Violent demonstration");
  if (target === "violence") {
    if (fought) choose(FIGHTING_TOLD_AS_SUCH, "Armed clash");
    else if (sides.armedSides >= 2 && !sides.civilians) choose(TWO_ARMED_SIDES_CLASH, "Armed clash");
    else if (sides.protesters) choose(VIOLENCE_AGAINST_PROTESTERS, "Excessive force against protesters");
    else choose(VIOLENCE_AGAINST_CIVILIANS, "Attack");
  }
  const reciprocal = testRule(words.reciprocal, hit.text);
  // Shooting at civilians is an attack on them; fighting between two sides, whoever they are, stays a clash
  // ("clashes between herders and farmers" are communal militias fighting, in the codebook).
  if (target === "Armed clash" && sides.armedSides < 2 && sides.civilians && !reciprocal)
    choose(ONE_SIDE_FIRING_ON_CIVILIANS, "Attack");
  // People who clash with the police or the army, no armed group among them, are a mob to the codebook
  // ("street vendors clashed with municipal police"); an exchange of fire stays a battle.
  if (
    target === "Armed clash" &&
    sides.armedSides === 1 &&
    sides.civilians &&
    !sides.nonStateArmed &&
    reciprocal &&
    !testRule(words.firefight, hit.text)
  )
    choose(CROWD_CLASHES_WITH_POLICE, "Mob violence");
  if ((target === "Attack" || target === "Armed clash") && (sides.crowdActs || sides.mobJustice))
    choose(CROWD_VIOLENCE, "Mob violence");
  // Fighting over a quarrel with no armed group in it is a brawl between people: the codebook's mob violence.
  if (target === "Armed clash" && sides.armedSides === 0 && sides.dispute) choose(BRAWL_OVER_DISPUTE, "Mob violence");
  return { target, overrides };
}

/**
 * Force against a protest, in words that say so, is the protest's event, whatever the words for the protest itself
 * ("three die in protest crackdown. Thousands marched …"); so are arrests where a protest is told, and protesters
 * killed or gravely hurt by whoever was sent against them; a death a protest is about is not ("demanding justice
 * for a man beaten to death": its words are the grievance's, already set apart).
 */
function resolveProtest(scores: TypeScores, hits: TriggerHit[], sides: Sides, words: TypeWords): void {
  const protest = scores.get("Peaceful protest");
  // (Made by the forces named where the arrest or the harm is told: "He was arrested in connection with a case" is
  // what the protest is about; and harm told beside protesters: "… Gunmen killed four farmers in Gwoza" is not.)
  const byForces = (e: EvidenceSpan) => sides.armedIn.has(sentenceOf(hits, e) ?? -1);
  const toProtesters = (e: EvidenceSpan) => byForces(e) && sides.protestersIn.has(sentenceOf(hits, e) ?? -1);
  if (protest && scores.get("Arrests")?.evidence.some(byForces))
    scores.absorb("Protest with intervention", "Arrests", ARRESTS_AT_PROTEST);
  const intervention = scores.get("Protest with intervention");
  if (protest && intervention) scores.lend("Protest with intervention", ["Peaceful protest"], INTERVENTION_IN_PROTEST);
  const force = scores.get("Excessive force against protesters");
  const forceWords = forceTriggersOf(hits);
  const forceNamed = force?.evidence.some((e) => forceWords.has(e.rule));
  const protestOver = ["Peaceful protest", "Protest with intervention"];
  // (Protesters only injured where forces intervened: the intervention's harm, not lethal force.)
  const injuryOnly = force?.evidence.every((e) => !forceWords.has(e.rule) && testRule(words.injuryOnly, e.text));
  if (protest && intervention && force && injuryOnly) {
    fired(words.injuryOnly);
    scores.absorb("Protest with intervention", "Excessive force against protesters", INJURED_IN_INTERVENTION);
    return;
  }
  // (Not the victims of a bomb at a rally: the bomb decides, `WEAPON_DECIDES`.)
  const bombed = scores.entries().some(([name]) => REMOTE_VIOLENCE.has(name));
  if (protest && force && (forceNamed || intervention))
    scores.lend("Excessive force against protesters", protestOver, FORCE_AGAINST_PROTEST);
  else if (
    protest &&
    force &&
    !bombed &&
    force.evidence.some((e) => testRule(words.graveHarm, e.text) && toProtesters(e))
  )
    scores.lend("Excessive force against protesters", protestOver, GRAVE_HARM_TO_PROTESTERS);
  if (!protest) scores.drop("Protest with intervention", NO_INTERVENTION_WITHOUT_PROTEST);
}

/** The ids of the triggers that name force against protesters themselves (not an override that lent the type). */
function forceTriggersOf(hits: TriggerHit[]): Set<string> {
  return new Set(
    hits.filter((h) => h.trigger.points === "Excessive force against protesters").map((h) => h.trigger.id),
  );
}

/**
 * A demonstration whose participants riot, burn, stone or destroy property is a violent demonstration, however
 * peaceful its start (the codebook's rule); intervention or live fire against it does not change that. A crowd that stones or
 * fights people with no demonstration told is mob violence ("vendors pelted the officers with stones"). Vandalism
 * and arson with no demonstration nor rioting named are mob violence when a crowd does it or people are hurt ("party
 * members vandalized a house and beat its owner"), and property destruction otherwise ("unknown men torched two
 * cars").
 */
function resolveRiot(scores: TypeScores, hits: TriggerHit[], sides: Sides, protest: boolean, words: TypeWords): void {
  if (protest) scores.absorb("Violent demonstration", "Looting/property destruction", LOOTING_IN_PROTEST);
  const riot = scores.get("Violent demonstration");
  if (!riot) return;
  if (protest) {
    // (Live fire met by a crowd that riots is the riot's, as is harm told with no word of force on the crowd: the
    // codebook's excessive force is on a peaceful crowd. Protesters shot, killed or fired on stay that.)
    const force = scores.get("Excessive force against protesters");
    const forceWords = forceTriggersOf(hits);
    const forceOnCrowd = force?.evidence.some((e) => forceWords.has(e.rule) && e.rule !== words.liveFire?.id);
    const protestKinds = ["Peaceful protest", "Protest with intervention"];
    if (force && !forceOnCrowd) protestKinds.push("Excessive force against protesters");
    scores.lend("Violent demonstration", protestKinds, PROTEST_TURNED_VIOLENT);
    for (const name of protestKinds) scores.remove(name);
    return;
  }
  const peopleHarmed = ["Mob violence", "Attack", "Armed clash"].some((name) =>
    scores.get(name)?.evidence.some((e) => !testRule(words.propertyDamage, e.text)),
  );
  // Armed men who burn, vandalise or fight the police with no crowd around are no riot: it is their attack, their
  // clash with a second armed side, or their destruction of property when no one is hurt.
  const armedNotCrowd = sides.nonStateArmed && !sides.crowdActs && !sides.rioters && !sides.protesters;
  if (armedNotCrowd)
    scores.absorb(
      !peopleHarmed ? "Looting/property destruction" : sides.armedSides >= 2 ? "Armed clash" : "Attack",
      "Violent demonstration",
      ARMED_MEN_DO_NOT_RIOT,
    );
  else if (!sides.protesters && riot.evidence.every((e) => testRule(words.crowdAssault, e.text)))
    scores.absorb("Mob violence", "Violent demonstration", CROWD_ASSAULT_WITHOUT_DEMONSTRATION);
  else if (riot.evidence.every((e) => testRule(words.propertyDamage, e.text)))
    scores.absorb(
      peopleHarmed || sides.crowdActs ? "Mob violence" : "Looting/property destruction",
      "Violent demonstration",
      DAMAGE_WITHOUT_DEMONSTRATION,
    );
}

/** The weapon that decides the event, if any: its type and tally. */
type Weapon = [string, Tally] | undefined;

/**
 * Weapons seized, defused or intercepted where the event is told are what was disrupted, not an attack with them;
 * an air strike on a depot or cache is an air strike. Then a weapon named in the event decides its type over
 * generic violence words, however often those recur, and a bombing of a rally is an explosion, not a protest.
 */
function resolveWeapons(scores: TypeScores, hits: TriggerHit[], { sides, anchorSentence, words }: Reading): Weapon {
  const disrupted = hits.filter((h) => h.trigger.points === "Disrupted weapons use" && h.sentence === anchorSentence);
  if (scores.has("Air/drone strike") && !disrupted.some((h) => testRule(words.disruptedByHand, h.text)))
    scores.absorb("Air/drone strike", "Disrupted weapons use", AIR_STRIKE_ON_WEAPONS);
  else if (disrupted.length > 0)
    for (const name of REMOTE_VIOLENCE)
      if (name !== "Air/drone strike" || disrupted.some((h) => testRule(words.intercepted, h.text)))
        scores.absorb("Disrupted weapons use", name, WEAPONS_DISRUPTED);
  // (Undecayed: "A car bomb exploded" two sentences after a subtitle's "killed" still names the weapon.)
  const weapons = scores.entries().filter(([name, tally]) => REMOTE_VIOLENCE.has(name) && tally.named >= 2.5);
  const strongest = weapons.sort((a, b) => b[1].score - a[1].score)[0];
  if (!strongest) return undefined;
  // …except in fighting told as such where the event is told ("a clash broke out … artillery shells landed",
  // "exchanged fire and used rocket-propelled grenades"), or fire answered with fire anywhere in it ("… fired
  // mortar shells at the base. The soldiers returned fire"): ground weapons used in a clash are the clash's.
  const foughtInAnchor = hits.some(
    (h) => fightingTold(h, words) && (h.sentence === anchorSentence || testRule(words.firefight, h.text)),
  );
  const groundWeapon = !AERIAL_OR_SUICIDE.has(strongest[0]);
  if (scores.has("Armed clash") && foughtInAnchor && groundWeapon) {
    for (const [name] of weapons) scores.absorb("Armed clash", name, GROUND_WEAPONS_IN_CLASH);
    return strongest;
  }
  // …and heavy weapons fired along with small arms: an exchange of fire, not fire on villages. Between two armed
  // sides anywhere in the event ("fired mortars at the positions of … Monitors counted 7 shots of small arms"); and
  // in a monitor's count of blasts where no civilians are told ("observed 28 explosions/shots involving small arms").
  if (groundWeapon && mixedWithDirectFire(scores, hits, sides, words)) {
    for (const [name] of weapons) scores.absorb("Armed clash", name, MIXED_WEAPONS_CLASH);
    return strongest;
  }
  // The killing the weapon did is the weapon's event: its words add to the weapon's score.
  scores.lend(strongest[0], ["Attack", "Armed clash"], WEAPON_DECIDES);
  for (const name of ["Attack", "Armed clash", "Peaceful protest", "Protest with intervention"])
    scores.drop(name, WEAPON_DECIDES, [strongest[0]]);
  return strongest;
}

/** Small arms fired in the event with its heavy weapons: by two armed sides, or in a monitor's count of blasts. */
function mixedWithDirectFire(scores: TypeScores, hits: TriggerHit[], sides: Sides, words: TypeWords): boolean {
  const directFireIn = new Set(
    scores
      .get("Armed clash")
      ?.evidence.filter((e) => e.rule === words.directFire.id)
      .map((e) => sentenceOf(hits, e)),
  );
  if (sides.armedSides >= 2) return directFireIn.size > 0;
  const countedIn = hits.filter((h) => h.trigger.id === words.monitorCount.id).map((h) => h.sentence);
  return !sides.civilians && countedIn.some((sentence) => directFireIn.has(sentence));
}

/**
 * Abduction and sexual violence are what a raid was for, whatever shooting came with it, unless people were killed,
 * wounded or mistreated in it: "abducted and executed", "kidnapped … later found beaten" are an attack (the
 * codebook's rule). Harm told with the abduction or after it: a killing told before it is often another, earlier
 * one. People detained and then killed, beaten or tortured were attacked, not arrested.
 */
function resolveOneSided(
  scores: TypeScores,
  hits: TriggerHit[],
  killing: PatternRule,
  words: TypeWords,
  weapon: Weapon,
): void {
  const specific = scores.entries().some(([name, tally]) => ONE_SIDED_SPECIFIC.has(name) && tally.score >= 1.5);
  const abductions = hits.filter((h) => h.trigger.points === "Abduction/forced disappearance");
  const harmed = (hit: TriggerHit) =>
    testRule(killing, hit.text) || testRule(words.graveHarm, hit.text) || testRule(words.mistreatment, hit.text);
  const killedAbducted = hits.some((hit) => harmed(hit) && abductions.some((h) => h.sentence <= hit.sentence));
  if (scores.has("Attack") && hits.some((h) => testRule(killing, h.text) || testRule(words.mistreatment, h.text)))
    scores.drop("Arrests", DETAINED_AND_HARMED, ["Attack"]);
  if (killedAbducted) scores.absorb("Attack", "Abduction/forced disappearance", ABDUCTED_AND_KILLED);
  else if (specific && !weapon) scores.drop("Attack", ABDUCTION_OR_RAPE_OVER_ATTACK, [...ONE_SIDED_SPECIFIC]);
}

const TERRITORY_TAKEN = ["Non-state actor overtakes territory", "Government regains territory"];

/**
 * A place taken as its holders withdrew, or with "no clash", "without a fight" told, and no fighting nor killing
 * told beside it, changed hands without violence: the codebook's non-violent transfer of territory.
 */
function resolveTerritory(scores: TypeScores, hits: TriggerHit[], killing: PatternRule, words: TypeWords): void {
  const fighting = hits.some((h) => testRule(killing, h.text) || fightingTold(h, words));
  if (scores.has("Non-violent transfer of territory") && !fighting) {
    for (const taken of TERRITORY_TAKEN) scores.absorb("Non-violent transfer of territory", taken, TAKEN_WITHOUT_FIGHT);
    return;
  }
  // (A clash that ends with a place taken is the taking: "… fought for hours before recapturing the village".)
  const taken = TERRITORY_TAKEN.find((name) => scores.has(name));
  if (taken) scores.absorb(taken, "Armed clash", CLASH_WON_TERRITORY);
}

/**
 * Whether the event hurts anyone: a word of killing, grave harm or mistreatment anywhere in its sentences
 * (`harmWords`, else its triggers), or of abduction or rape, not told as having spared people ("no one was injured");
 * or fighting told as such.
 */
function peopleHarmed(
  hits: TriggerHit[],
  harmWords: readonly { text: string; before: string }[],
  killing: PatternRule,
  words: TypeWords,
): boolean {
  const harm = (w: { text: string; before: string }) =>
    !spared(w, words) &&
    (testRule(killing, w.text) || testRule(words.graveHarm, w.text) || testRule(words.mistreatment, w.text));
  return (
    harmWords.some(harm) ||
    hits.some(
      (h) =>
        h.trigger.id !== words.propertyAttack?.id &&
        (harm(h) || (ONE_SIDED_SPECIFIC.has(h.trigger.points) && !spared(h, words)) || fightingTold(h, words)),
    )
  );
}

/** A word of harm told as having spared people: "no one was injured", "without killing anyone". */
function spared(hit: { before: string }, words: TypeWords): boolean {
  const none = testRule(words.noHarm, hit.before);
  if (none) fired(words.noHarm);
  return none;
}

/**
 * An attack told on property that hurt no one is property destruction: the words of the attack ("IS claimed the
 * attack") count for it (the codebook's rule).
 */
function resolveProperty(scores: TypeScores, hits: TriggerHit[], anchorSentence: number, words: TypeWords): void {
  // (Where the event is told: "attacked the villages … and burnt down houses" is the attack on the villages.)
  const told = hits.some((h) => h.trigger.id === words.propertyAttack?.id && h.sentence === anchorSentence);
  if (!told || !scores.has("Looting/property destruction")) return;
  for (const name of ["Attack", "Armed clash"]) scores.absorb("Looting/property destruction", name, PROPERTY_ONLY);
}

/** The type with the highest score, if the words say enough, and its margin over the next. */
function best(scores: TypeScores): TypeDecision | null {
  const ranked = scores.entries().sort((a, b) => b[1].score - a[1].score);
  const [first, second] = ranked;
  if (!first || first[1].score < 1.2) return null;
  return {
    subEvent: first[0],
    score: first[1].score,
    margin: first[1].score - (second?.[1].score ?? 0),
    evidence: first[1].evidence,
    overrides: first[1].overrides,
  };
}
