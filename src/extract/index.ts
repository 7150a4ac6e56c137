import { matches } from "../base/trace.js";
import type { Mention, Span } from "../model/index.js";
import type { ActorMention, AnyMention, PlaceMention } from "../model/mentions.js";
import { segmentSentences } from "../segment/index.js";
import type { ExtractSources } from "../sources/index.js";
import { countryOfActors, fillActorCountries, markCriminalVictims, settleRegionalWords } from "./actors/countries.js";
import { extractDates } from "./common/dates.js";
import { extractQuantities } from "./common/quantities.js";
import { EN } from "./locales/en/index.js";
import { ES } from "./locales/es/index.js";
import { FR } from "./locales/fr/index.js";
import { IT } from "./locales/it/index.js";
import type { Locale } from "./locales/locale.js";
import { PT } from "./locales/pt/index.js";
import { extractPlaces } from "./places/index.js";
import { refineMentions } from "./refine/index.js";
import { backgroundSentences, sentenceFacts } from "./sentence-facts.js";
import type { ExtractContext, MentionsFound } from "./types.js";

export type { AnyMention } from "../model/mentions.js";
export type { ExtractSources } from "../sources/index.js";
export { mainCountry } from "./main-country.js";
export type { ExtractContext, MentionsFound, SentenceFacts } from "./types.js";

const LOCALES: Record<string, Locale> = { en: EN, fr: FR, es: ES, pt: PT, it: IT };

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
 * with their scope, and attributions; generic actors get the document's main country. The facts found about the
 * report's sentences (`SentenceFacts`) go with them to coding.
 * The sentences are segmented here unless the caller already has them.
 * @example extractMentions({ text, published_at: "2024-08-25", language: "en" }, sources)
 */
export function extractMentions(
  input: MentionInput,
  sources: ExtractSources,
  sentences: Span[] = segmentSentences(input.text),
): MentionsFound {
  const locale = localeFor(input.language);
  const context: ExtractContext = {
    text: input.text,
    sentences,
    publishedDay: input.published_at?.slice(0, 10) ?? null,
    language: locale.code,
  };
  let dates = extractDates(context, locale.dates);
  // A report with no publication date but a dateline naming a day is dated by it, and its "on Thursday" resolves
  // against it ("date 2025-02" names a month, not a day to count back from).
  const dateline = dates.find((d) => d.value.dateline && d.value.stated && d.value.date && d.value.precision === 1);
  if (!context.publishedDay && dateline?.value.date) {
    context.publishedDay = dateline.value.date;
    dates = extractDates(context, locale.dates);
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
  const sentenceKinds = backgroundSentences(context, locale.quantities);
  const places = extractPlaces(context, sources.gazetteer, actors, locale.places, {
    boundaries: sources.boundaries,
    history: sentenceKinds.background,
  });
  context.crimeSigns = {
    organisedCrime: matches(locale.organisedCrime, context.text),
    execution: matches(locale.executionStyle, context.text),
  };
  markCriminalVictims(context, actors, locale.criminalPast);
  // (Before the actors' countries are filled in: "KDF soldiers shot a man" names the man's country too.)
  // (Or none but where people came from: "attackers from South Sudan shot a KDF soldier".)
  if (places.every((place) => place.value.origin)) places.push(...countryOfActors(actors, sources));
  fillActorCountries(context.text, actors, places, sources, context.crimeSigns, sentenceKinds.background);
  settleRegionalWords(actors);
  const mentions = refineMentions([...dates, ...actors, ...places, ...extractQuantities(context, locale.quantities)]);
  locale.attributions(context, mentions);
  const facts = sentenceFacts(
    sentenceKinds,
    mentions.filter((m): m is PlaceMention => m.kind === "place"),
    mentions.filter((m): m is ActorMention => m.kind === "actor"),
  );
  return { context, mentions, facts };
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
