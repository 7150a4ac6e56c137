import { words } from "../../../../base/words.js";
import { wordStartAfter } from "../../../actors/word-start-after.js";

/**
 * English words the actor rules share: the lists and short patterns several rules read. Each rule that uses one
 * names it; what the words decide is said on the rule.
 */

/** "according to Haque", "according to the NRC": what comes before a source. */
export const ACCORDING_TO_BEFORE = wordStartAfter(/according\s+to\s+(?:the\s+|a\s+|an\s+)?$/i);

/** The words ACLED's herders go by: "herders", "herdsmen", "pastoralists". */
export const HERDER_WORDS = words(/^(?:herders?|herdsm[ae]n|pastoralists?)$/i);

/** A capitalised word just before a mention: the people a group word may be named after ("Misseriya herders"). */
export const PEOPLE_NAME_BEFORE = words(/(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]+)\s+$/u);

/**
 * Words written with a capital that name no people: articles, quantifiers and the kinds of militia themselves
 * ("Armed militias", "Local militia", "Rival herders"), compared in lower case.
 * @example NOT_A_PEOPLE.has("armed") // true
 */
export const NOT_A_PEOPLE: ReadonlySet<string> = new Set([
  "the",
  "a",
  "an",
  "local",
  "armed",
  "rival",
  "allied",
  "pro",
  "government",
  "youth",
  "self",
  "village",
  "community",
  "islamist",
  "jihadist",
  "ethnic",
  "communal",
  "clan",
  "tribal",
  "several",
  "some",
  "other",
  "suspected",
  "presumed",
  "alleged",
  "unidentified",
  "unknown",
  "private",
  "civilian",
  "militia",
  "transhumant",
  "nomadic",
  "angry",
  "two",
  "three",
  "many",
  "these",
  "those",
  "their",
  "his",
  "her",
  "its",
  "our",
  "when",
  "after",
  "as",
  "in",
  "on",
  "at",
  "by",
]);

/** Whether a capitalised word names no people (`NOT_A_PEOPLE`). */
export const namesNoPeople = (word: string): boolean => NOT_A_PEOPLE.has(word.toLowerCase());

/** Sentence-initial function words, written with a capital but no one's name: "Despite the support, …". */
export const CAPITALISED_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  "The",
  "A",
  "An",
  "This",
  "That",
  "It",
  "He",
  "She",
  "They",
  "We",
  "But",
  "And",
  "Despite",
  "Meanwhile",
  "However",
]);

/** A passive verb: "people from Dablo were killed" suffer what follows, they do not do it. */
export const PASSIVE_AUXILIARY = wordStartAfter(/(?:were|was|been|being)\b/);

/** A possessive between an outlet and its reporter: "Al Jazeera's Nicholas Haque". */
export const POSSESSIVE_BETWEEN = words(/^['’]s\s+$/);

/** The names ACLED gives a people's or a place's militia in its actor names ("Tiv Ethnic Militia (Nigeria)"). */
export const PEOPLES_MILITIA_NAME = wordStartAfter(/(Ethnic|Communal|Clan|Tribal) Militia\b/);
