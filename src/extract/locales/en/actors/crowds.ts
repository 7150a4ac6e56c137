import { allMatches, sentenceIndexAt } from "../../../../base/spans.js";
import { matches } from "../../../../base/trace.js";
import type { ActorMention } from "../../../../model/mentions.js";
import { FIGHTING_HERDERS } from "../../../../sources/actors/acled-conventions.js";
import type { ExtractContext } from "../../../types.js";
import { DEMONYMS } from "../places/demonyms.js";
import {
  ARMED_CROWD,
  CLASH_BETWEEN,
  FIGHTING_LAND_USERS,
  HARMED_BY,
  HERDERS_ACT,
  PARTY_CROWD,
  VILLAGE_CROWD,
  VIOLENT_AFTER,
} from "./crowd-rules.js";
import { HERDER_WORDS, namesNoPeople, PASSIVE_AUXILIARY, PEOPLE_NAME_BEFORE } from "./words.js";

/** Whether the people between `start` and `end` are the ones who fight, in the words around them. */
export function herdersFight(text: string, start: number, end: number): boolean {
  return (
    matches(HERDERS_ACT, text.slice(end, end + 80)) ||
    matches(CLASH_BETWEEN, text.slice(Math.max(0, start - 80), start)) ||
    matches(HARMED_BY, text.slice(Math.max(0, start - 80), start))
  );
}

/**
 * "youths from Banagbasson attacked a camp": a village's people who attack are that village's communal militia in
 * ACLED's terms (not civilians, not a mob).
 */
export function villageCrowds(context: ExtractContext, known: ActorMention[]): ActorMention[] {
  return allMatches(VILLAGE_CROWD.pattern, context.text).flatMap((match) => {
    const start = match.index;
    const end = start + match[0].length;
    const village = match[1] ?? "";
    const after = VIOLENT_AFTER.exec(context.text.slice(end, end + 80))?.[0];
    // (Not "people from Dablo were killed": a passive verb's subject suffers it.)
    if (!after || PASSIVE_AUXILIARY.test(after)) return [];
    if (known.some((m) => m.start < end && start < m.end && !m.value.generic)) return [];
    return [
      {
        kind: "actor",
        start,
        end,
        text: match[0],
        rule: VILLAGE_CROWD.id,
        confidence: 0.6,
        sentence: sentenceIndexAt(context.sentences, start),
        value: {
          name: match[0],
          canonical: `${village} Communal Militia ({country})`,
          inter: 4,
          role: "actor",
          generic: false,
          country: null,
        },
      } satisfies ActorMention,
    ];
  });
}

/**
 * Civilians who carry arms, or herders who fight, become a communal militia: "farmers equipped with firearms",
 * "herders attacked the village" (a people's militia, when named: "Misseriya pastoralists"); "herders were killed"
 * stay civilians.
 */
export function armCrowds(context: ExtractContext, mentions: ActorMention[]): void {
  const { text } = context;
  for (const [i, mention] of mentions.entries()) {
    if (mention.value.inter !== 7 || mention.value.role !== "actor") continue;
    if (ARMED_CROWD.pattern.test(text.slice(mention.end, mention.end + 80))) {
      mentions[i] = {
        ...mention,
        rule: ARMED_CROWD.id,
        value: { ...mention.value, canonical: "Unidentified Communal Militia ({country})", inter: 4 },
      };
      continue;
    }
    // (Farmers who fight herders are, in ACLED's coding, as often a mob as a militia: only their arms decide.)
    if (HERDER_WORDS.test(mention.text) && herdersFight(text, mention.start, mention.end))
      mentions[i] = fightingHerders(text, mention);
  }
}

function fightingHerders(text: string, mention: ActorMention): ActorMention {
  const people = PEOPLE_NAME_BEFORE.exec(text.slice(Math.max(0, mention.start - 40), mention.start))?.[1];
  const named = people && !namesNoPeople(people) && !DEMONYMS[people.toLowerCase()] ? people : null;
  return {
    ...mention,
    rule: FIGHTING_LAND_USERS.id,
    value: {
      ...mention.value,
      canonical: named ? `${named} Ethnic Militia ({country})` : "Unidentified Communal Militia ({country})",
      inter: 4,
      ...(!named ? { regional: [FIGHTING_HERDERS] } : {}),
    },
  };
}

/**
 * "members of Chhatra League", "BNP activists": a party's people acting as a crowd are, when violent, rioters in
 * ACLED's terms; when they march, the coding names them protesters. So are a community's members or "a group of
 * people" doing violence ("members of the Marma community assaulted…").
 */
export function partyCrowds(context: ExtractContext, known: ActorMention[]): ActorMention[] {
  return [...context.text.matchAll(PARTY_CROWD.pattern)].flatMap((match) => {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (known.some((m) => m.start < end && start < m.end && m.value.role === "actor" && !m.value.generic)) return [];
    const mention: ActorMention = {
      kind: "actor",
      start,
      end,
      text: match[0],
      rule: PARTY_CROWD.id,
      confidence: 0.6,
      sentence: sentenceIndexAt(context.sentences, start),
      value: {
        name: match[0],
        canonical: "Rioters ({country})",
        inter: 5,
        role: "actor",
        generic: true,
        country: null,
      },
    };
    return [mention];
  });
}
