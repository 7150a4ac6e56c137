import type { PatternRule, Rule } from "../../../../base/rule.js";
import { words } from "../../../../base/words.js";
import { wordStartAfter } from "../../../actors/word-start-after.js";

/**
 * Crowds that ACLED names by what they do: a village's people who attack are its communal militia, farmers with
 * guns a communal militia, herders who fight a (people's) militia, a party's violent supporters rioters.
 */

export const VILLAGE_CROWD = {
  id: "en/actor/village-crowd",
  kind: "mention",
  description:
    "A village's people who attack (\"youths from Banagbasson attacked a camp\") are that village's communal militia.",
  examples: [
    "On Friday, youths from Kambele attacked a police post.",
    "A group of men from the village of Dakoro abducted two herders.",
  ],
  counterexamples: ["People from Dablo were killed in the raid."],
  pattern: words(
    /(?<![\p{L}-])(?:(?:a\s+(?:group|number)\s+of\s+)?(?:people|youths?|young\s+men|villagers|residents|inhabitants|men))\s+from\s+(?:the\s+(?:village|town|community)\s+of\s+)?(\p{Lu}[\p{L}'’-]+)/gu,
  ),
} as const satisfies PatternRule;

/** What the village's people do, read after them: a violent verb within the clause. */
export const VIOLENT_AFTER = words(
  /^(?:[^.;]{0,50}?)\s(?:attacked|killed|beat|burned|burnt|lynched|stormed|raided|assaulted|hacked|abducted|kidnapped|executed|captured)\b/u,
);

export const ARMED_CROWD = {
  id: "en/actor/armed-crowd",
  kind: "mention",
  description: 'Civilians a report arms ("farmers equipped with firearms") are a communal militia, not civilians.',
  examples: [
    "Farmers armed with machetes attacked a herders' camp near Lafia.",
    "Villagers with guns and bows chased the raiders.",
  ],
  counterexamples: ["Farmers fled their fields near Lafia."],
  pattern: words(
    /^\s+(?:\([^)]{0,40}\)\s+)?(?:who were\s+)?(?:equipped|armed)?\s*with\s+(?:\w+\s+){0,2}(?:firearms|guns|rifles|machetes?|knives|cutlass(?:es)?|bows|arrows|spears|sharp weapons|weapons)\b/i,
  ),
} as const satisfies PatternRule;

/** Decided by `HERDERS_ACT`, `CLASH_BETWEEN` or `HARMED_BY` on a herders' word (`HERDER_WORDS`). */
export const FIGHTING_LAND_USERS = {
  id: "en/actor/fighting-land-users",
  kind: "mention",
  description:
    'Herders who fight are a communal militia (a people\'s, when named: "Misseriya pastoralists"), not civilians.',
  examples: ["Herders attacked farmers in Guma on Tuesday.", "Clashes between farmers and herders left four dead."],
  counterexamples: ["Herders were killed by gunmen in Guma."],
} as const satisfies Rule;

export const HERDERS_ACT = {
  id: "en/actor/herders-act",
  kind: "cue",
  description: 'A violent verb right after herders ("herders attacked", "pastoralists and farmers clashed").',
  examples: ["Pastoralists and farmers clashed over a water point.", "Herders reportedly torched four houses."],
  pattern: words(
    /^(?:\s*\([^)]{0,40}\))?(?:\s+(?:and|or)(?:\s+[\p{L}'’-]+){1,3}?)?\s+(?:(?:allegedly|reportedly|also|then|\p{L}+ly)\s+)?(?:attack(?:ed)?|kill(?:ed)?|clash(?:ed)?|fought|wounded|injured|hacked|shot|stabbed|burn(?:ed|t)|raided|stormed|beat|assaulted|invaded|torched|destroyed|abducted|kidnapped|opened fire|set fire)\b/iu,
  ),
} as const satisfies PatternRule;

export const CLASH_BETWEEN = {
  id: "en/actor/clash-between",
  kind: "cue",
  description: 'Herders named as a side of a fight ("clashes between farmers and herders").',
  examples: ["Fighting between farmers and herders spread to three villages."],
  pattern: wordStartAfter(
    /(?:clash(?:es|ed)?|fighting|fights?|confrontations?)\s+between\s+(?:[^.;]{0,40}\s+and\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+)?$/iu,
  ),
} as const satisfies PatternRule;

export const HARMED_BY = {
  id: "en/actor/harmed-by",
  kind: "cue",
  description: 'Herders named as the agents of harm ("a farmer was hacked to death by herdsmen").',
  examples: ["A farmer was hacked to death by herders in his field."],
  pattern: wordStartAfter(
    /(?:attacked|killed|murdered|wounded|injured|hacked|shot|stabbed|beaten|assaulted|ambushed|raided)\s+(?:\p{L}+\s+){0,3}?by\s+(?:(?:a|the|some|suspected|alleged|presumed|armed|transhumant|nomadic|local|several|\d+)\s+)*(?:\p{Lu}[\p{L}'’-]*\s+)?$/iu,
  ),
} as const satisfies PatternRule;

export const PARTY_CROWD = {
  id: "en/actor/party-crowd",
  kind: "mention",
  description:
    'A party\'s or community\'s people acting violently ("BNP activists attacked", "members of the Marma community assaulted") are rioters.',
  examples: [
    "Supporters of the Awami League attacked a rival office in Dhaka.",
    "A group of youths stoned a police car in Kisumu.",
  ],
  counterexamples: ["Members of the Marma community gathered at the temple."],
  pattern: wordStartAfter(
    /(?:(?:members|supporters|activists|cadres|followers|workers|loyalists|youths)\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,4}(?:League|Party|Congress|Movement)|(?:party|League)\s+(?:members|supporters|activists|cadres|loyalists)|(?:(?:members|youths|people)\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:community|communities|clan|tribe|village)|a\s+group\s+of\s+(?:people|villagers|residents|youths|men|farmers|herders|locals))(?=\s+(?:\w+ly\s+)?(?:attacked|assaulted|beat|lynched|clashed|fought|stabbed|hacked|torched|killed|burned|burnt|vandali[sz]ed|stoned|injured|captured|set|engaged)\b))/giu,
  ),
} as const satisfies PatternRule;
