import { sentenceIndexAt } from "../../../../base/spans.js";
import { fired, matches, matchOf } from "../../../../base/trace.js";
import { words } from "../../../../base/words.js";
import type { ActorMention } from "../../../../model/mentions.js";
import type { ActorLexicon, ActorMatch } from "../../../../sources/actors/actor-lexicon.js";
import type { ExtractContext } from "../../../types.js";
import { DEMONYMS } from "../places/demonyms.js";
import { herdersFight } from "./crowds.js";
import {
  CAPITALISED,
  CIVILIAN_THING,
  CLAUSE_START_BEFORE,
  LEXICON_RULES,
  PEOPLE_BEFORE_CIVILIANS,
  PEOPLE_WORD_IN_NAME,
  PEOPLES_SETTLEMENT,
  SELF_REPORT,
  SOURCE_LEXICON,
  SPEAKER,
  STATE_WORD_OF_CIVILIANS,
  SUPPOSED_FIGHTERS,
  TARGETED_PEOPLE,
} from "./lexicon-rules.js";
import { CIVILIANS_NATIONALITY, FORCE_COUNTRY, STATE_WEAPON } from "./named-rules.js";
import { ACCORDING_TO_BEFORE, HERDER_WORDS, PEOPLES_MILITIA_NAME } from "./words.js";

/** A name of more than one word ("Boko Haram"), where a bare people's name ("Fulani") is one. */
const SEVERAL_WORDS = words(/\s/);

type Role = ActorMention["value"]["role"];

/**
 * Every lexicon alias in the text as an actor, a party or a source (armed groups, state forces, generic "gunmen" or
 * "villagers", outlets and officials), but for the matches the words around them show are no actor of the event.
 */
export function lexiconActors(context: ExtractContext, lexicon: ActorLexicon): ActorMention[] {
  const { text } = context;
  const mentions: ActorMention[] = [];
  for (const match of lexicon.find(text)) {
    const after = text.slice(match.end, match.end + 20);
    const before = text.slice(Math.max(0, match.start - 40), match.start);
    if (noActor(text, match, before, after) || unnamedStateWeapon(text, match)) continue;
    const speaks =
      match.entry.kind !== "group" &&
      (SPEAKER.pattern.test(after) || ACCORDING_TO_BEFORE.test(before)) &&
      !reportsOwnAct(text, match);
    const role = match.entry.kind === "party" ? "party" : match.entry.kind === "source" || speaks ? "source" : "actor";
    mentions.push(lexiconMention(context, match, role));
  }
  return mentions;
}

/** Characters after a speaker that may say it did the act ("said on Tuesday that its warplanes hit"). */
const SELF_REPORT_REACH = 70;

/** "The army said it had recaptured the town": a state force that speaks of its own act is its actor too. */
function reportsOwnAct(text: string, match: ActorMatch): boolean {
  return match.entry.kind === "state" && matches(SELF_REPORT, text.slice(match.end, match.end + SELF_REPORT_REACH));
}

/** Whether the words around a match show it is no actor of the event; the filter that decides fires. */
function noActor(text: string, match: ActorMatch, before: string, after: string): boolean {
  const { entry } = match;
  const bareName = entry.kind === "group" && !SEVERAL_WORDS.test(match.text);
  return (
    (bareName && describesPeople(text, match, after)) ||
    (PEOPLES_MILITIA_NAME.test(entry.canonicalOn(null)) && matches(PEOPLES_SETTLEMENT, after)) ||
    (bareName && matches(TARGETED_PEOPLE, before)) ||
    (entry.inter === 7 && matches(CIVILIAN_THING, after)) ||
    (entry.inter === 1 && matches(STATE_WORD_OF_CIVILIANS, text.slice(match.end, match.end + 40))) ||
    (entry.inter === 7 &&
      CAPITALISED.test(match.text) &&
      !CLAUSE_START_BEFORE.test(before) &&
      matches(PEOPLE_WORD_IN_NAME, after)) ||
    (entry.inter !== 7 && matches(SUPPOSED_FIGHTERS, before))
  );
}

/** "airstrikes" with no nationality before them name no one ("Turkish airstrikes" name Turkey's forces). */
function unnamedStateWeapon(text: string, match: ActorMatch): boolean {
  if (!match.entry.namedOnly) return false;
  const before = FORCE_COUNTRY.pattern.exec(text.slice(Math.max(0, match.start - 30), match.start))?.[1];
  if (before && DEMONYMS[before.toLowerCase()]) {
    fired(STATE_WEAPON);
    return false;
  }
  return true;
}

/**
 * "Fulani civilians", "the Fulani community": a people's bare name before the people it describes; but
 * "Fulani pastoralists clashed with farmers" are the Fulani's militia.
 */
function describesPeople(text: string, match: ActorMatch, after: string): boolean {
  const people = PEOPLE_BEFORE_CIVILIANS.pattern.exec(after);
  if (!people) return false;
  if (HERDER_WORDS.test(people[1] ?? "") && herdersFight(text, match.start, match.end + people[0].length)) return false;
  fired(PEOPLE_BEFORE_CIVILIANS);
  return true;
}

function lexiconMention(context: ExtractContext, match: ActorMatch, role: Role): ActorMention {
  const { entry } = match;
  const day = context.namingDay ?? context.publishedDay;
  const rule = role === "source" ? (entry.kind === "source" ? SOURCE_LEXICON : SPEAKER) : LEXICON_RULES[entry.kind];
  return {
    kind: "actor",
    start: match.start,
    end: match.end,
    text: match.text,
    rule: rule.id,
    confidence: entry.kind === "group" ? 0.9 : entry.kind === "source" ? 0.85 : 0.6,
    sentence: sentenceIndexAt(context.sentences, match.start),
    value: {
      name: match.text,
      canonical: entry.canonicalOn(day),
      inter: role === "source" ? null : entry.inter,
      role,
      generic: entry.kind === "generic" || (entry.kind === "state" && entry.country === null),
      country: countryOfEntry(context.text, match),
      ...(entry.listed === undefined ? {} : { listed: entry.listed }),
      ...(entry.heartlands && role === "actor" ? { heartlands: entry.heartlands } : {}),
      ...(match.regionalOnly ? { regionalOnly: true as const } : {}),
      ...(match.regional.length ? { regional: regionalReadings(match, day) } : {}),
    },
  };
}

/**
 * An acronym's own country (FAMa → ML), the country a state force's words name, or the one country a group is
 * active in ("NPA rebels" are in the Philippines).
 */
function countryOfEntry(text: string, match: ActorMatch): string | null {
  const { entry } = match;
  return (
    entry.country ??
    (entry.force ? namedCountry(text, match.start, match.end) : null) ??
    (entry.kind === "generic" && entry.inter === 7 ? civiliansNationality(text, match.start) : null) ??
    ((entry.kind === "group" || entry.kind === "party") && entry.countries.length === 1
      ? (entry.countries[0] ?? null)
      : null)
  );
}

/** What the same words mean in reports from other countries ("Islamic State" in Mali). */
function regionalReadings(match: ActorMatch, day: string | null) {
  return match.regional.map((e) => ({
    countries: e.countries,
    canonical: e.canonicalOn(day),
    inter: e.inter,
    ...(e.listed === undefined ? {} : { listed: e.listed }),
  }));
}

/**
 * "Palestinian fishermen", "Eritrean refugees": civilians a nationality's word describes are that country's, as
 * ACLED names civilians, wherever the event. (Only a demonym: "Nairobi residents" are no country's people.)
 */
function civiliansNationality(text: string, start: number): string | null {
  const before = CIVILIANS_NATIONALITY.pattern.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  const country = before ? DEMONYMS[before.toLowerCase()] : undefined;
  if (!country) return null;
  fired(CIVILIANS_NATIONALITY);
  return country;
}

/** "the Myanmar army", "Nigerian troops", "military forces of Artsakh": a state force that names its country. */
function namedCountry(text: string, start: number, end: number): string | null {
  const before = matchOf(FORCE_COUNTRY, text.slice(Math.max(0, start - 30), start))?.[1];
  if (before) return DEMONYMS[before.toLowerCase()] ?? before;
  const after = FORCE_COUNTRY.after.exec(text.slice(end, end + 40))?.[1] ?? null;
  if (after) fired(FORCE_COUNTRY);
  return after;
}
