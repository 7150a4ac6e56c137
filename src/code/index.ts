import { daysBetween } from "../base/calendar.js";
import { testAnyRule, testRule } from "../base/quick-test.js";
import { allMatches } from "../base/spans.js";
import { backgroundCueName, isBackgroundSentence } from "../extract/common/quantities.js";
import { localeFor, mainCountry } from "../extract/index.js";
import type { ExtractContext } from "../extract/types.js";
import type { EvidenceMap, EvidenceSpan, VigilEvent } from "../model/index.js";
import type {
  ActorMention,
  AnyMention,
  DateMention,
  PlaceMention,
  PlaceValue,
  QuantityMention,
} from "../model/mentions.js";
import { statesFirst, unidentifiedArmedGroup } from "../sources/actors/acled-conventions.js";
import { iso2Of } from "../sources/countries.js";
import type { AdminLevel, Gazetteer } from "../sources/gazetteer/gazetteer.js";
import { evidenceOf } from "./evidence.js";
import {
  associatedActor,
  type ChosenActor,
  chooseAttacker,
  chooseTarget,
  earlierSubject,
  INTER_NAMES,
  isCrowdOrCivilian,
  sidesOf,
} from "./fields/actors.js";
import { chooseDate, chooseMonthDayHint, chooseWeekdayHint } from "./fields/date.js";
import {
  decideType,
  findTriggers,
  grievanceSpans,
  type TriggerHit,
  triggersNamedIn,
  triggerWordsIn,
  withoutGrievances,
} from "./fields/event-type.js";
import { countFatalities } from "./fields/fatalities.js";
import { writeNote } from "./fields/notes.js";
import { choosePlace } from "./fields/place.js";
import type { CodingLanguage } from "./locales/coding-language.js";
import { EN_CODING } from "./locales/en/index.js";
import { FR_CODING } from "./locales/fr/index.js";
import { subEventType } from "./taxonomy.js";

export { TAXONOMY } from "./taxonomy.js";

const CODING: Record<string, CodingLanguage> = { en: EN_CODING, fr: FR_CODING };

const byKind = <K extends AnyMention["kind"]>(mentions: AnyMention[], kind: K) =>
  mentions.filter((m): m is Extract<AnyMention, { kind: K }> => m.kind === kind);

/**
 * Sentences about history, yearly tolls, national totals or a photo (`history`): their words never code the event.
 * Sentences about disasters and other non-conflict matters (`offTopic`) give no trigger or figure, but may still
 * say where and when ("causing several stories to collapse" in a strike's report).
 */
function backgroundSentences(
  context: ExtractContext,
  quantities: QuantityMention[],
  language: CodingLanguage,
): { history: Set<number>; captions: Set<number>; offTopic: Set<number> } {
  const quantityLanguage = localeFor(context.language).quantities;
  const history = new Set(quantities.filter((q) => q.value.scope === "background").map((q) => q.sentence));
  const offTopic = new Set<number>();
  const captions = new Set<number>();
  context.sentences.forEach((sentence, index) => {
    if (isBackgroundSentence(quantityLanguage, sentence.text, context.publishedDay)) history.add(index);
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

const LETTERS = /\p{L}+/gu;

const DEFAULT_ATTACKER: Record<string, [string, number]> = {
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

/**
 * Mentions → events in the ACLED taxonomy. The event is anchored on the first sentence that reports violence,
 * protest or a strategic development outside background sentences; its type comes from the trigger words of the
 * event's sentences, and every field carries the words that decided it. Events the report says are separate
 * follow it (separateEvents); looting, missing, wounded and abducted people in an event are recorded as its tags.
 * Admin areas are named as on the event's day when `naming` (the gazetteer) is given.
 */
export function codeEvents(
  context: ExtractContext,
  mentions: AnyMention[],
  naming?: Pick<Gazetteer, "adminNameOn">,
): VigilEvent[] {
  const language = CODING[context.language] ?? EN_CODING;
  const quantities = byKind(mentions, "quantity");
  // (Not the groups an aside names: "members of Los Pinas Cartel, who are allies of the CJNG, ambushed". Its verbs
  // stay: "to disperse workers, who had pelted stones," tells the event.)
  const asides = [...context.text.matchAll(language.aside)].map((m) => ({
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
  const actors = byKind(mentions, "actor").filter((a) => !startsWithin(asides, a));
  const allSentences = context.sentences.map((_, i) => i);
  let { history, captions, offTopic } = backgroundSentences(context, quantities, language);
  let background = new Set([...history, ...offTopic]);
  let eventSentences = allSentences.filter((i) => !background.has(i));
  const triggersIn = (sentences: number[]) => {
    const all = findTriggers(context, language.triggers, sentences);
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
  const first = hits[0];
  if (!first) return [];
  const input: CodingInput = {
    context,
    language,
    naming,
    quantities,
    actors,
    hits,
    eventSentences,
    history,
    captions,
    background,
    dates: byKind(mentions, "date"),
    places: byKind(mentions, "place"),
    grievances,
  };
  const primary = codeEventAt(input, first.sentence, new Set());
  if (!primary) return [];
  const separate = separateEvents(input, first.sentence, primary);
  if (separate.length === 0) return [primary];
  // The first event's sentences end where a separate one begins, and its figures and tags are not the other's.
  const elsewhere = new Set(separate.flatMap((e) => e.sentences));
  const cut = codeEventAt(input, first.sentence, elsewhere) ?? primary;
  return [cut, ...separate.map((e) => e.event)];
}

interface CodingInput {
  context: ExtractContext;
  language: CodingLanguage;
  naming: Pick<Gazetteer, "adminNameOn"> | undefined;
  quantities: QuantityMention[];
  actors: ActorMention[];
  dates: DateMention[];
  places: PlaceMention[];
  hits: TriggerHit[];
  /** Sentences that may code an event: not background. */
  eventSentences: number[];
  /** What protests are about (`grievanceSpans`): their places are no scene. */
  grievances: { start: number; end: number }[];
  history: Set<number>;
  captions: Set<number>;
  background: Set<number>;
}

/** A separate event is only told in the days around the first: further off, it is the story's history. */
const SEPARATE_EVENT_MAX_DAYS = 7;

/**
 * Events after the first that the report says are separate ("in a separate attack", "elsewhere,"), each coded from
 * its own sentence, kept when it differs from the first in place or day: a "separate" sentence about the same town
 * and day adds to the first event instead.
 */
function separateEvents(
  input: CodingInput,
  firstAnchor: number,
  primary: VigilEvent,
): { event: VigilEvent; sentences: number[] }[] {
  const { context, language } = input;
  const quantityLanguage = localeFor(context.language).quantities;
  const told = (i: number) => testRule(language.separateEvent, context.sentences[i]?.text ?? "");
  // Figures in "in another attack…" sentences are kept off the first event as another event's (scope
  // "other-event"); here that other event is coded, from them.
  const otherEvent = (i: number) =>
    backgroundCueName(quantityLanguage, context.sentences[i]?.text ?? "", context.publishedDay) === "other-event";
  const candidates = context.sentences.map((_, i) => i).filter((i) => i > firstAnchor && told(i));
  const hits = [
    ...input.hits.filter((h) => candidates.includes(h.sentence)),
    ...findTriggers(context, language.triggers, candidates.filter(otherEvent)),
  ];
  const found: { event: VigilEvent; sentences: number[] }[] = [];
  for (const anchor of [...new Set(hits.map((h) => h.sentence))].sort((a, b) => a - b)) {
    const own = (sentences: Set<number>) => new Set([...sentences].filter((i) => i !== anchor));
    const separate: CodingInput = {
      ...input,
      hits,
      eventSentences: [anchor],
      history: own(input.history),
      background: own(input.background),
      quantities: input.quantities.map((q) =>
        q.sentence === anchor && q.value.scope_evidence?.rule.endsWith("/scope/other-event")
          ? { ...q, value: { ...q.value, scope: "event" } }
          : q,
      ),
    };
    // A separate event is told in one sentence; the next ones return to the main story more often than not.
    const others = new Set(context.sentences.map((_, j) => j).filter((j) => j !== anchor));
    const event = codeEventAt(separate, anchor, others);
    if (event && apartFrom(event, primary)) found.push({ event, sentences: [anchor] });
  }
  return found;
}

function apartFrom(event: VigilEvent, primary: VigilEvent): boolean {
  const gap = event.event_date && primary.event_date ? Math.abs(daysBetween(event.event_date, primary.event_date)) : 0;
  if (gap > SEPARATE_EVENT_MAX_DAYS) return false;
  const otherPlace = !!event.location && !!primary.location && event.location !== primary.location;
  return otherPlace || gap > 1;
}

/** An event's sentences: its anchor and the next three, background and other events' sentences aside. */
function coreOf(input: CodingInput, anchor: number, elsewhere: Set<number>): number[] {
  return input.eventSentences.filter((i) => i >= anchor && i - anchor <= 3 && !elsewhere.has(i));
}

/** One event anchored on a sentence that reports it, coded from that sentence and the next three. */
function codeEventAt(input: CodingInput, anchor: number, elsewhere: Set<number>): VigilEvent | null {
  const { context, language, naming, quantities, actors, hits, history, captions, background } = input;
  // Another event's sentences say nothing of this one's date or place.
  const dates = input.dates.filter((d) => !elsewhere.has(d.sentence));
  const places = input.places.filter((p) => !elsewhere.has(p.sentence));
  const first = hits.find((h) => h.sentence === anchor) as TriggerHit;
  const core = coreOf(input, anchor, elsewhere);
  const armedActor = actors.some(
    (a) =>
      core.includes(a.sentence) &&
      a.value.role === "actor" &&
      a.value.inter !== null &&
      [1, 2, 3, 4, 8].includes(a.value.inter),
  );
  const nonConflict = core.some((i) => testAnyRule(language.nonConflict, context.sentences[i]?.text ?? ""));

  // (Not the violence a protest is about, nor what a relative clause tells of someone: "demanding punishment for a
  // student, who beat a teacher to death".)
  const crowdVerbs = crowdVerbsIn(context, language, anchor).filter(
    (verb) =>
      !startsWithin(input.grievances, verb) &&
      !language.relativeBefore.test(context.text.slice(Math.max(0, verb.start - 30), verb.start)),
  );
  const sides = sidesOf(context, language, actors, core, anchor, crowdVerbs);
  const type = decideType(
    hits.filter((h) => core.includes(h.sentence)),
    sides,
    anchor,
    language,
  );
  if (!type) return null;
  // "Ten died", "a tank exploded": harm with no one doing it is not coded without an armed actor or a crowd doing it.
  // (Every word of the type in the event's sentences: "an explosion caused by a landmine" names the device.)
  const typeTriggers = triggersNamedIn(language.triggers, type.evidence);
  const typeWords = core.flatMap((i) =>
    triggerWordsIn(context, typeTriggers, i).map((w) => context.text.slice(w.start, w.end)),
  );
  const words = [...new Set([...type.evidence.map((e) => e.text), ...typeWords])];
  const deathOrBlastOnly =
    words.every((word) => language.agentlessHarm.test(word) && !/^killed$/i.test(word)) ||
    words.every((word) => /^(explosions?|exploded|blasts?)$/i.test(word));
  if (deathOrBlastOnly && !armedActor && !sides.crowdActs) return null;
  // Protests and riots at a factory or over a visit are still events, when their own words say so; violence in a
  // disaster story is not, even where people seem to do it ("a tsunami killed 222 people and injured 800").
  const crowdEvent =
    ["Protests", "Riots"].includes(subEventType(type.subEvent).event_type) &&
    type.evidence.some((e) => !/\/trigger\/(violence|clash)$/.test(e.rule));
  const diplomacy = core.some((i) => testRule(language.diplomacy, context.sentences[i]?.text ?? ""));
  if (nonConflict && !armedActor && (!crowdEvent || diplomacy)) return null;
  let taxonomy = subEventType(type.subEvent);
  const typeTrigger = type.evidence[0] ?? first;

  const reporting = new Set(hits.flatMap((h) => (elsewhere.has(h.sentence) ? [] : [h.sentence])));
  const date = chooseDate(dates, core, anchor, context.publishedDay, captions, reporting);
  const weekdayHint = date ? null : chooseWeekdayHint(dates, core);
  const monthDayHint = date ? null : chooseMonthDayHint(dates, core);
  // (A country a protest is about, "condemning the aggression on Gaza" in Dhaka, is not where it was; at home the
  // words are too often the scene's: "protested against attacks in the Kakuma camp".)
  const about = (p: PlaceMention) => startsWithin(input.grievances, p);
  const homes = new Set(places.filter((p) => !about(p)).map((p) => p.value.country));
  const sceneCandidates = homes.size === 0 ? places : places.filter((p) => !about(p) || homes.has(p.value.country));
  const place = choosePlace(
    sceneCandidates,
    core,
    anchor,
    typeTrigger.start,
    history,
    mainCountry(sceneCandidates, actors as ActorMention[]),
    context.text,
    language.stateOwner,
  );
  const country = place?.value.country ?? null;
  // ACLED places an event the report puts only in a region or a country at its capital, at precision 3.
  const seat = place?.value.precision === 3 ? place.value.seat : undefined;
  const civilianTarget =
    taxonomy.event_type === "Violence against civilians" ||
    (taxonomy.event_type === "Explosions/Remote violence" && sides.civilians && sides.armedSides < 2);

  let attacker =
    chooseAttacker(context, language, actors as ActorMention[], anchor, [
      typeTrigger,
      ...triggerWordsIn(context, language.triggers, anchor).filter((word) => word.start !== typeTrigger.start),
    ]) ??
    // (A battle's or a strategic development's first side in its sentence: "a convoy of military trucks headed for …".)
    (["Battles", "Strategic developments"].includes(taxonomy.event_type) && !sides.unseenAttacker
      ? firstSide(actors as ActorMention[], anchor)
      : null) ??
    earlierSubject(context, language, actors as ActorMention[], anchor);
  const fallback = DEFAULT_ATTACKER[type.subEvent];
  // A crowd is named for what it did: protesters who riot are rioters, rioters who only march are protesters.
  // (Its words are the crowd's words, never those of the police or soldiers who faced it: "police fired tear gas at
  // striking doctors" has the doctors for protesters.)
  if (fallback && (!attacker || attacker.inter !== fallback[1])) {
    const crowd = (actors as ActorMention[]).find((a) => a.sentence === anchor && isCrowdOrCivilian(a.value.inter));
    attacker = {
      name: withCountry(fallback[0], country),
      inter: fallback[1],
      evidence: attacker && isCrowdOrCivilian(attacker.inter) ? attacker.evidence : crowd ? [evidenceOf(crowd)] : [],
    };
  }
  if (!attacker && taxonomy.event_type !== "Protests")
    attacker = { name: unidentifiedArmedGroup(country, context.crimeSigns), inter: 3, evidence: [] };
  const territory = territorialType(taxonomy.sub_event_type, attacker);
  if (territory) taxonomy = subEventType(territory);
  // A crowd's victims are the civilians after the verb; the crowd itself, often "residents", is not its own target.
  const crowdVictims = taxonomy.sub_event_type === "Mob violence";
  let target = chooseTarget(
    (actors as ActorMention[]).filter((a) => !crowdVictims || a.start > typeTrigger.start),
    core,
    attacker,
    civilianTarget || crowdVictims,
  );
  if (!target && civilianTarget) target = { name: withCountry("Civilians", country), inter: 7, evidence: [] };
  const secondSides = ONE_SIDED[taxonomy.sub_event_type];
  if (target && secondSides && !secondSides.includes(target.inter)) target = null;
  const anchorStart = context.sentences[anchor]?.start ?? typeTrigger.start;
  const parties = (actors as ActorMention[]).filter((a) => a.value.role === "party");
  const assoc1 = associatedActor(
    context,
    language,
    attacker,
    country,
    { start: anchorStart, end: typeTrigger.start },
    parties,
  );
  const assoc2 = associatedActor(context, language, target, country, null, parties);
  if (
    taxonomy.event_type === "Battles" &&
    attacker &&
    target?.inter === 1 &&
    attacker.inter !== 1 &&
    statesFirst(country)
  )
    [attacker, target] = [
      { ...target, evidence: target.evidence.map((e) => ({ ...e, rule: "code/actor1/state-listed-first" })) },
      attacker,
    ];

  // Only figures in the event's own sentences: tolls elsewhere in a page are often other events' or furniture.
  const counted = countFatalities(
    context,
    // Deaths without a number ("mass graves") are often told a few sentences later: they may count from further on.
    // (Not the deaths a protest is about: "against those responsible for the shooting that killed 7 people".)
    quantities.filter(
      (q) =>
        !startsWithin(input.grievances, q) &&
        (core.includes(q.sentence) ||
          (q.value.low === null &&
            !background.has(q.sentence) &&
            !elsewhere.has(q.sentence) &&
            q.sentence - anchor <= 6 &&
            q.sentence > anchor)),
    ),
  );
  // "detained two herders and executed them": a killing the event's type rests on, with no figure, is a toll unknown.
  const killingWithoutFigure =
    counted.fatalities === 0 ? type.evidence.find((e) => testRule(language.killing, e.text)) : undefined;
  const deaths = killingWithoutFigure
    ? {
        ...counted,
        fatalities: null,
        evidence: [{ ...killingWithoutFigure, rule: "code/fatalities/killing-without-figure" }],
      }
    : counted;
  const tags = tagsOf(
    hits.filter((h) => !elsewhere.has(h.sentence)),
    quantities.filter((q) => !elsewhere.has(q.sentence)),
    background,
    type.subEvent,
  );
  const evidence: EvidenceMap = {
    event_type: [...type.evidence, ...type.overrides],
    sub_event_type: [...type.evidence, ...type.overrides],
    ...(date?.mention ? { event_date: [evidenceOf(date.mention)] } : {}),
    ...(weekdayHint ? { weekday_hint: [evidenceOf(weekdayHint)] } : {}),
    ...(monthDayHint ? { month_day_hint: [evidenceOf(monthDayHint)] } : {}),
    ...(place ? placeEvidence(place) : {}),
    ...(attacker?.evidence.length ? { actor1: attacker.evidence } : {}),
    ...(target?.evidence.length ? { actor2: target.evidence } : {}),
    ...(assoc1 ? { assoc_actor_1: assoc1.evidence } : {}),
    ...(assoc2 ? { assoc_actor_2: assoc2.evidence } : {}),
    ...(deaths.evidence.length ? { fatalities: deaths.evidence } : {}),
    ...(civilianTarget && target?.evidence.length ? { civilian_targeting: target.evidence } : {}),
  };
  const event: VigilEvent = {
    event_date: date?.date ?? null,
    time_precision: date?.precision ?? null,
    ...(weekdayHint ? { weekday_hint: weekdayHint.value.weekday ?? null } : {}),
    ...(monthDayHint ? { month_day_hint: monthDayHint.value.monthDay ?? null } : {}),
    disorder_type: taxonomy.disorder_type,
    event_type: taxonomy.event_type,
    sub_event_type: taxonomy.sub_event_type,
    actor1: attacker?.name ?? null,
    assoc_actor_1: assoc1?.name ?? null,
    inter1: attacker ? (INTER_NAMES[attacker.inter] ?? null) : null,
    actor2: target?.name ?? null,
    assoc_actor_2: assoc2?.name ?? null,
    inter2: target ? (INTER_NAMES[target.inter] ?? null) : null,
    interaction: attacker
      ? [attacker, target]
          .filter(Boolean)
          .map((a) => INTER_NAMES[a?.inter ?? 0])
          .join("-")
      : null,
    civilian_targeting: civilianTarget ? "Civilian targeting" : null,
    country,
    iso3: place?.value.iso3 ?? null,
    admin1: adminName(naming, place, seat, "region", date?.date),
    admin2: adminName(naming, place, seat, "province", date?.date),
    admin3: null,
    location: place
      ? place.value.relative?.distance_km
        ? (place.value.relative.nearest[0] ?? place.value.name)
        : (seat?.name ?? place.value.name)
      : null,
    latitude: seat?.latitude ?? place?.value.latitude ?? null,
    longitude: seat?.longitude ?? place?.value.longitude ?? null,
    geo_precision: place?.value.precision ?? null,
    fatalities: deaths.fatalities,
    fatalities_low: deaths.low,
    fatalities_high: deaths.high,
    notes: null,
    tags,
    confidence: confidenceOf(type.margin, date !== null, place, attacker !== null),
    evidence,
  };
  event.notes = writeNote(event);
  return event;
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

/** Who takes territory decides the sub-type: state forces regain it, anyone else overtakes it. */
function territorialType(subEvent: string, attacker: ChosenActor | null): string | null {
  if (!attacker || !["Government regains territory", "Non-state actor overtakes territory"].includes(subEvent))
    return null;
  return attacker.inter === 1 ? "Government regains territory" : "Non-state actor overtakes territory";
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
        evidence: [{ ...evidenceOf(side), rule: "code/actor1/first-side" }],
      }
    : null;
}

/** The place's admin area named as on the event's day (renamed and split areas, see Gazetteer.adminNameOn). */
function adminName(
  naming: Pick<Gazetteer, "adminNameOn"> | undefined,
  place: PlaceMention | null,
  seat: PlaceValue["seat"],
  level: AdminLevel,
  day: string | undefined,
): string | null {
  const admins = seat ?? place?.value;
  const name = level === "region" ? admins?.admin1 : admins?.admin2;
  const iso2 = iso2Of(place?.value.iso3 ?? null);
  const province = admins?.admin2 ?? undefined;
  return name && naming && iso2 && day ? naming.adminNameOn(iso2, level, name, day, province) : (name ?? null);
}

function withCountry(name: string, country: string | null): string {
  return country ? `${name} (${country})` : name;
}

/** Whether a mention or word starts inside one of the spans (an aside, what a protest is about). */
function startsWithin(spans: { start: number; end: number }[], at: { start: number }): boolean {
  return spans.some((span) => at.start >= span.start && at.start < span.end);
}

function placeEvidence(place: PlaceMention): EvidenceMap {
  const span: EvidenceSpan = evidenceOf(place);
  return {
    location: [span],
    latitude: [span],
    longitude: [span],
    country: [span],
    admin1: [span],
    admin2: [span],
    geo_precision: [span],
  };
}

/** What else the report says happened in the same event: looting, missing, wounded, abducted people. */
function tagsOf(
  hits: { trigger: { tag?: string } }[],
  quantities: QuantityMention[],
  background: Set<number>,
  subEvent: string,
): string[] {
  const tags = new Set<string>();
  if (subEvent !== "Looting/property destruction" && hits.some((h) => h.trigger.tag === "looting")) tags.add("looting");
  for (const q of quantities) {
    if (
      background.has(q.sentence) ||
      q.value.scope !== "event" ||
      !["wounded", "missing", "abducted"].includes(q.value.counts)
    )
      continue;
    tags.add(q.value.low !== null ? `${q.value.counts}: ${q.value.low}` : q.value.counts);
  }
  return [...tags];
}

function confidenceOf(margin: number, dated: boolean, place: PlaceMention | null, attributed: boolean): number {
  const typeConfidence = Math.min(0.95, 0.5 + margin / 6);
  const parts = [typeConfidence, dated ? 0.9 : 0.4, place ? place.confidence : 0.3, attributed ? 0.85 : 0.5];
  return Number((parts.reduce((a, b) => a + b, 0) / parts.length).toFixed(2));
}
