import type { Mention } from "../model/index.js";
import type { ActorMention, AnyMention, DateMention, PlaceMention } from "../model/mentions.js";
import { segmentSentences } from "../segment/index.js";
import {
  type CrimeSigns,
  criminalOf,
  fillCountry,
  unidentifiedArmedGroup,
} from "../sources/actors/acled-conventions.js";
import { iso2Of } from "../sources/countries.js";
import type { Place } from "../sources/gazetteer/gazetteer.js";
import type { ExtractSources } from "../sources/index.js";
import { extractDates } from "./common/dates.js";
import { extractQuantities } from "./common/quantities.js";
import { EN } from "./locales/en/index.js";
import { FR } from "./locales/fr/index.js";
import type { Locale } from "./locales/locale.js";
import { extractPlaces, seatOf } from "./places/index.js";
import { placeValue } from "./places/ranking.js";
import { refineMentions } from "./refine/index.js";
import type { ExtractContext } from "./types.js";

export type { AnyMention } from "../model/mentions.js";
export type { ExtractSources } from "../sources/index.js";
export type { ExtractContext } from "./types.js";

const LOCALES: Record<string, Locale> = { en: EN, fr: FR };

/** The rules of a language, English when Vigil has none for it. */
export function localeFor(language: string | null): Locale {
  return LOCALES[language ?? "en"] ?? EN;
}

export interface MentionInput {
  text: string;
  published_at: string | null;
  language: string | null;
}

/**
 * CleanText → mentions: dates, actors and sources, places (never inside an actor's or source's words), quantities
 * with their scope, and attributions; generic actors get the document's main country.
 * @example extractMentions({ text, published_at: "2024-08-25", language: "en" }, sources)
 */
export function extractMentions(
  input: MentionInput,
  sources: ExtractSources,
): { context: ExtractContext; mentions: AnyMention[] } {
  const locale = localeFor(input.language);
  const context: ExtractContext = {
    text: input.text,
    sentences: segmentSentences(input.text),
    publishedDay: input.published_at?.slice(0, 10) ?? null,
    language: locale.code,
  };
  let dates = markDatelines(context, extractDates(context, locale.dates));
  // A report with no publication date but a dateline naming a day is dated by it, and its "on Thursday" resolves
  // against it ("date 2025-02" names a month, not a day to count back from).
  const dateline = dates.find((d) => d.value.dateline && d.value.stated && d.value.date && d.value.precision === 1);
  if (!context.publishedDay && dateline?.value.date) {
    context.publishedDay = dateline.value.date;
    dates = markDatelines(context, extractDates(context, locale.dates));
  }
  // (The latest date the text states: background dates come before the report's own time.)
  context.namingDay =
    context.publishedDay ??
    dates
      .filter((d) => d.value.stated && !d.value.future)
      .map((d) => d.value.date)
      .sort()
      .at(-1) ??
    null;
  const actors = locale.actors(context, sources.actors);
  const places = extractPlaces(context, sources.gazetteer, actors, locale.places, sources.boundaries);
  context.crimeSigns = {
    organisedCrime: locale.organisedCrime.test(context.text),
    execution: locale.executionStyle.test(context.text),
  };
  markCriminalVictims(context, actors, locale.criminalPast);
  // (Before the actors' countries are filled in: "KDF soldiers shot a man" names the man's country too.)
  // (Or none but where people came from: "attackers from South Sudan shot a KDF soldier".)
  if (places.every((place) => place.value.origin)) places.push(...countryOfActors(actors, sources));
  fillActorCountries(context.text, actors, places, sources, context.crimeSigns);
  settleRegionalWords(actors);
  const mentions = refineMentions([...dates, ...actors, ...places, ...extractQuantities(context, locale.quantities)]);
  locale.attributions(context, mentions);
  return { context, mentions };
}

// "date 2024-03-11", "ABIDJAN, March 15, 2025", "Wednesday, 15 May 2024" at the start of a line.
// No "i" flag: with it, \p{Lu} would match lower-case letters too and any short clause would pass for a place.
const DATELINE_PREFIX =
  /^\s*(?:[Dd]ate\s+|\p{Lu}[\p{Lu} .'-]{2,30},\s*|(?:[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday),\s*)$/u;

/**
 * Dates at the top of a page that date the page, not the event: alone on a short line near the start, or after a
 * "date" label or an upper-case place ("ABIDJAN, March 15, 2025 (AFP) -").
 */
function markDatelines(context: ExtractContext, dates: DateMention[]): DateMention[] {
  for (const date of dates) {
    if (date.start > 400) continue;
    const lineStart = context.text.lastIndexOf("\n", date.start - 1) + 1;
    const lineEnd = context.text.indexOf("\n", date.end);
    const line = context.text.slice(lineStart, lineEnd === -1 ? context.text.length : lineEnd);
    const before = context.text.slice(lineStart, date.start);
    const aloneOnItsLine = line.length - date.text.length <= 25 && !/^(on|in|at|since|by)\b/i.test(date.text);
    if (aloneOnItsLine || DATELINE_PREFIX.test(before)) date.value.dateline = true;
  }
  return dates;
}

/** The country most of the document's places are in, weighted by confidence, and that its one-country groups name. */
export function mainCountry(places: PlaceMention[], actors: ActorMention[] = []): string | null {
  const weights = new Map<string, number>();
  for (const place of places) {
    if (!place.value.country) continue;
    // A country or a region named as such ("Shan State", "Yangon Region") says more than a town name, which may be
    // a word that happens to name a town somewhere else.
    const weight = place.value.precision === 3 ? 2 : 1;
    weights.set(place.value.country, (weights.get(place.value.country) ?? 0) + weight * place.confidence);
  }
  // A group that fights in one country only ("QSD fighters") vouches for that country among those the places name.
  for (const actor of actors) {
    const iso2 = actor.value.role === "actor" && !actor.value.generic && actor.value.inter !== 1 && actor.value.country;
    const named = iso2 && places.find((p) => p.value.iso3 && iso2Of(p.value.iso3) === iso2)?.value.country;
    if (named) weights.set(named, (weights.get(named) ?? 0) + 1);
  }
  return [...weights].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** The country an actor names itself: an ISO code (FAMa → ML), or a name before or after it ("Myanmar army"). */
function ownCountry(named: string | null, sources: ExtractSources): string | null {
  if (!named) return null;
  if (/^[A-Z]{2}$/.test(named)) return sources.gazetteer.country(named)?.name ?? null;
  return countryPlace(named, sources)?.country ?? null;
}

/** The gazetteer's country a name stands for ("Myanmar", "Kenya"), if any. */
function countryPlace(name: string, sources: ExtractSources): Place | undefined {
  return sources.gazetteer.candidates(name, 5).find((p) => /^PCL/.test(p.featureCode));
}

/**
 * "A man was shot by an armed man. The victim had charges against him for drug trafficking.": people whose criminal
 * past the report tells, in that sentence or the one before, are criminals to ACLED (a gang's members where it codes
 * gangs, so their killing is a clash between gangs).
 */
function markCriminalVictims(context: ExtractContext, actors: ActorMention[], criminalPast: RegExp): void {
  const told = context.sentences.flatMap((sentence, index) => (criminalPast.test(sentence.text) ? [index] : []));
  if (told.length === 0) return;
  for (const actor of actors)
    if (
      actor.value.inter === 7 &&
      actor.value.role === "actor" &&
      told.some((index) => actor.sentence === index || actor.sentence === index - 1)
    ) {
      actor.value.canonical = "Unidentified Gang ({country})";
      actor.value.inter = 3;
    }
}

/**
 * Words that name an actor only in some countries' reports ("US forces" are the Global Coalition in Syria) are
 * dropped elsewhere, and where they do name it, other readings of the same words ("US forces" as a state's) go.
 */
function settleRegionalWords(actors: ActorMention[]): void {
  const named = actors.filter((a) => a.value.regional && !a.value.regionalOnly);
  const settled = actors.filter(
    (a) =>
      !a.value.regionalOnly && !named.some((n) => n !== a && n.start <= a.start && a.end <= n.end && !a.value.regional),
  );
  actors.splice(0, actors.length, ...settled);
}

/**
 * "Military Forces of {country}": an acronym's own country (FAMa → Mali), else the document's main country;
 * unidentified armed men as ACLED names them there (`unidentifiedArmedGroup`). A state the gazetteer lacks keeps the
 * name the report gives it after "of" ("military forces of Artsakh").
 */
function fillActorCountries(
  text: string,
  actors: ActorMention[],
  places: PlaceMention[],
  sources: ExtractSources,
  signs: CrimeSigns,
): void {
  const documentCountry = mainCountry(places);
  const documentIso2 = iso2Of(places.find((p) => p.value.country === documentCountry)?.value.iso3 ?? null);
  for (const actor of actors) {
    const regional = actor.value.regional?.find((r) => documentIso2 && r.countries.includes(documentIso2));
    if (regional) {
      actor.value.canonical = regional.canonical;
      actor.value.inter = regional.inter;
      actor.value.listed = regional.listed;
      delete actor.value.regionalOnly;
    }
    if (!actor.value.canonical.includes("{country}")) continue;
    const named = actor.value.country;
    const statedAfter = named !== null && text.slice(actor.end, actor.end + 40).includes(`of ${named}`);
    actor.value.country = ownCountry(named, sources) ?? (statedAfter ? named : documentCountry);
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
      : actor.value.canonical.replace(/ \(\{country\}\)| of \{country\}/, "");
  }
}

/**
 * A report that names no place but whose police or a party name their country ("Kenyan police dispersed …",
 * "protests called by ODM leaders") is at least in that country: the first such actor's words stand for it, at
 * country precision.
 */
function countryOfActors(actors: ActorMention[], sources: ExtractSources): PlaceMention[] {
  for (const actor of actors) {
    // Police work at home, so do armies named by their own acronym ("KDF soldiers") and groups active in one
    // country; armies named after their country often abroad ("the Russian army struck Poltava").
    // (…and political parties are national: a report naming only the ODM is Kenyan.)
    if (actor.value.role === "source" || !actor.value.country) continue;
    const home =
      actor.value.role === "party" ||
      actor.value.canonical.startsWith("Police Forces") ||
      (actor.value.canonical.startsWith("Military Forces") && /^\p{Lu}{2,}/u.test(actor.text)) ||
      (!actor.value.generic && actor.value.inter !== 1);
    if (!home) continue;
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
        rule: "place/country-of-actor",
        confidence: 0.6,
        value: { ...placeValue([{ place: country, score: 0 }], "region"), ...seatOf(sources.gazetteer, country) },
      },
    ];
  }
  return [];
}

/** A mention in the output contract's shape: the value carries the attribution; the sentence index stays inside. */
export function toOutputMention(mention: AnyMention): Mention {
  const { kind, start, end, text, rule, confidence, value, attribution } = mention;
  return {
    kind,
    start,
    end,
    text,
    rule,
    confidence,
    value: { ...value, ...(attribution ? { attributed_to: attribution } : {}) },
  };
}
