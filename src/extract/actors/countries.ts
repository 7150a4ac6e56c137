import type { PatternRule, Rule } from "../../base/rule.js";
import { fired } from "../../base/trace.js";
import { words } from "../../base/words.js";
import type { ActorMention, PlaceMention } from "../../model/mentions.js";
import {
  type CrimeSigns,
  criminalOf,
  fillCountry,
  unidentifiedArmedGroup,
} from "../../sources/actors/acled-conventions.js";
import { iso2Of } from "../../sources/countries.js";
import type { Place } from "../../sources/gazetteer/gazetteer.js";
import type { ExtractSources } from "../../sources/index.js";
import { mainCountry } from "../main-country.js";
import { seatOf } from "../places/index.js";
import { placeValue } from "../places/ranking.js";
import type { ExtractContext } from "../types.js";

/**
 * The actors' countries and what the whole report says of them, after the actor and place mentions are found:
 * criminals among the victims, the country of a report that names none but its police's, the country in each
 * actor's name.
 */

export const COUNTRY_OF_ACTOR = {
  id: "place/country-of-actor",
  kind: "mention",
  description:
    'A report that names no place but whose police, own army or party names their country ("KDF soldiers") is there.',
  examples: ["KDF soldiers shot a man during a patrol.", "The ODM called supporters onto the streets."],
  counterexamples: ["KDF soldiers shot a man during a patrol in Garissa."],
} as const satisfies Rule;

export const FORCE_NAMED_BEFORE = {
  id: "place/force-named-before",
  kind: "mention",
  description:
    'A state force\'s words that name no country ("military reinforcements", "the troops"), in the sentence of the same kind of force that named one ("Turkish forces"), are that country\'s.',
  examples: [
    "On 4 May 2020, Turkish forces sent military reinforcements to their posts near Idlib, Syria.",
    "On 9 March 2021, Kenyan troops shelled al-Shabaab camps near Kismayo, Somalia, as army drones watched.",
  ],
  counterexamples: ["On 4 May 2020, military reinforcements arrived at posts near Idlib, Syria."],
} as const satisfies Rule;

/** A state force's country written as an ISO code by the lexicon ("ML" for FAMa). */
const ISO2_CODE = words(/^[A-Z]{2}$/);
/** GeoNames' feature codes of a country (PCLI, PCLD…). */
const COUNTRY_FEATURE = words(/^PCL/);
/** An acronym's capitals ("KDF", "FAMa"): an army named by its own acronym. */
const ACRONYM = words(/^\p{Lu}{2,}/u);
/** The country's place in an ACLED name template, dropped when no country is known. */
const COUNTRY_SLOT = words(/ \(\{country\}\)| of \{country\}/);

/** The country an actor names itself: an ISO code (FAMa → ML), or a name before or after it ("Myanmar army"). */
function ownCountry(named: string | null, sources: ExtractSources): string | null {
  if (!named) return null;
  if (ISO2_CODE.test(named)) return sources.gazetteer.country(named)?.name ?? null;
  return countryPlace(named, sources)?.country ?? null;
}

/** The gazetteer's country a name stands for ("Myanmar", "Kenya"), if any. */
function countryPlace(name: string, sources: ExtractSources): Place | undefined {
  return sources.gazetteer.candidates(name, 5).find((p) => COUNTRY_FEATURE.test(p.featureCode));
}

/**
 * "A man was shot by an armed man. The victim had charges against him for drug trafficking.": people whose criminal
 * past the report tells, in that sentence or the one before, are criminals to ACLED (a gang's members where it codes
 * gangs, so their killing is a clash between gangs).
 */
export function markCriminalVictims(context: ExtractContext, actors: ActorMention[], criminalPast: PatternRule): void {
  const told = context.sentences.flatMap((sentence, index) =>
    criminalPast.pattern.test(sentence.text) ? [index] : [],
  );
  if (told.length === 0) return;
  for (const actor of actors)
    if (
      actor.value.inter === 7 &&
      actor.value.role === "actor" &&
      told.some((index) => actor.sentence === index || actor.sentence === index - 1)
    ) {
      fired(criminalPast);
      actor.value.canonical = "Unidentified Gang ({country})";
      actor.value.inter = 3;
    }
}

/**
 * Words that name an actor only in some countries' reports ("US forces" are the Global Coalition in Syria) are
 * dropped elsewhere, and where they do name it, other readings of the same words ("US forces" as a state's) go.
 */
export function settleRegionalWords(actors: ActorMention[]): void {
  const named = actors.filter((a) => a.value.regional && !a.value.regionalOnly);
  const settled = actors.filter(
    (a) =>
      !a.value.regionalOnly && !named.some((n) => n !== a && n.start <= a.start && a.end <= n.end && !a.value.regional),
  );
  // (Not `splice(0, n, ...settled)`: spreading a long text's 200,000 mentions as arguments overflows the stack.)
  actors.length = 0;
  for (const actor of settled) actors.push(actor);
}

/**
 * "Military Forces of {country}": an acronym's own country (FAMa → Mali), else the document's main country (its places
 * outside `history` sentences first);
 * unidentified armed men as ACLED names them there (`unidentifiedArmedGroup`). A state the gazetteer lacks keeps the
 * name the report gives it after "of" ("military forces of Artsakh").
 */
export function fillActorCountries(
  text: string,
  actors: ActorMention[],
  places: PlaceMention[],
  sources: ExtractSources,
  signs: CrimeSigns,
  history: ReadonlySet<number>,
): void {
  const documentCountry = mainCountry(places, [], history);
  const documentIso2 = iso2Of(places.find((p) => p.value.country === documentCountry)?.value.iso3 ?? null);
  let namedForce: { sentence: number; template: string; country: string } | null = null;
  for (const actor of actors) {
    readRegionally(actor, documentIso2);
    const template = actor.value.canonical;
    if (!template.includes("{country}")) continue;
    const named = actor.value.country;
    const statedAfter = named !== null && text.slice(actor.end, actor.end + 40).includes(`of ${named}`);
    const own = ownCountry(named, sources) ?? (statedAfter ? named : null);
    const earlier = !own && actor.value.inter === 1 ? sameForceBefore(namedForce, actor, template) : null;
    actor.value.country = own ?? earlier ?? documentCountry;
    if (own && actor.value.inter === 1) namedForce = { sentence: actor.sentence, template, country: own };
    nameAfterCountry(actor, signs);
  }
}

/**
 * "Turkish forces brought military reinforcements to Idleb": a state force's words that name no country, in the
 * sentence of the same kind of force that named one, are that force, not the document country's.
 */
function sameForceBefore(
  named: { sentence: number; template: string; country: string } | null,
  actor: ActorMention,
  template: string,
): string | null {
  if (!named || named.sentence !== actor.sentence || named.template !== template) return null;
  fired(FORCE_NAMED_BEFORE);
  return named.country;
}

/** Words with a reading of their own in the document's country ("Islamic State" in Mali) take it. */
function readRegionally(actor: ActorMention, documentIso2: string | null): void {
  const regional = actor.value.regional?.find((r) => documentIso2 && r.countries.includes(documentIso2));
  if (!regional) return;
  actor.value.canonical = regional.canonical;
  actor.value.inter = regional.inter;
  actor.value.listed = regional.listed;
  delete actor.value.regionalOnly;
}

/** The actor's name as ACLED writes it in its country: unidentified men and gangs as they are named there. */
function nameAfterCountry(actor: ActorMention, signs: CrimeSigns): void {
  if (actor.value.canonical.startsWith("Unidentified Armed Group ("))
    actor.value.canonical = unidentifiedArmedGroup(actor.value.country, signs);
  else if (actor.value.canonical.startsWith("Unidentified Gang (")) {
    const criminal = criminalOf(actor.value.country);
    actor.value.canonical = criminal.canonical;
    actor.value.inter = criminal.inter;
    actor.value.criminal = true;
  }
  // With no country known, the name says only what kind of actor it is: "Unidentified Armed Group".
  actor.value.canonical = actor.value.country
    ? fillCountry(actor.value.canonical, actor.value.country)
    : actor.value.canonical.replace(COUNTRY_SLOT, "");
}

/**
 * Police work at home, so do armies named by their own acronym ("KDF soldiers") and groups active in one country;
 * armies named after their country often abroad ("the Russian army struck Poltava"). Political parties are national.
 */
function worksAtHome(actor: ActorMention): boolean {
  return (
    actor.value.role === "party" ||
    actor.value.canonical.startsWith("Police Forces") ||
    (actor.value.canonical.startsWith("Military Forces") && ACRONYM.test(actor.text)) ||
    (!actor.value.generic && actor.value.inter !== 1)
  );
}

/**
 * A report that names no place but whose police or a party name their country ("Kenyan police dispersed …",
 * "protests called by ODM leaders") is at least in that country: the first such actor's words stand for it, at
 * country precision.
 */
export function countryOfActors(actors: ActorMention[], sources: ExtractSources): PlaceMention[] {
  for (const actor of actors) {
    if (actor.value.role === "source" || !actor.value.country || !worksAtHome(actor)) continue;
    const country = countryPlace(ownCountry(actor.value.country, sources) ?? actor.value.country, sources);
    if (!country) continue;
    const { start, end, text, sentence } = actor;
    return [
      {
        kind: "place",
        start,
        end,
        text,
        sentence,
        rule: COUNTRY_OF_ACTOR.id,
        confidence: 0.6,
        value: { ...placeValue([{ place: country, score: 0 }], "region"), ...seatOf(sources.gazetteer, country) },
      },
    ];
  }
  return [];
}
