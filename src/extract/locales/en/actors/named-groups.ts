import { allMatches, sentenceIndexAt } from "../../../../base/spans.js";
import { words } from "../../../../base/words.js";
import type { ActorMention } from "../../../../model/mentions.js";
import type { ExtractContext } from "../../../types.js";
import { DEMONYMS } from "../places/demonyms.js";
import {
  CAPITAL_AFTER,
  DEMONYM_FORCES,
  LEADING_ARTICLE,
  MILITIA_GROUP,
  MILITIA_KIND,
  NAMED_GANG,
  NAMED_MILITIA,
  NOT_A_GANG_NAME,
} from "./named-rules.js";
import { namesNoPeople } from "./words.js";

const BETWEEN_WORDS = words(/\s+/);

const overlapsAny = (known: ActorMention[], start: number, end: number) =>
  known.some((m) => m.start < end && start < m.end);

/**
 * "Tiv militias", "Tiv and Jukun Ethnic Militias", "Bani Ali tribesmen": a people's or place's militia that no
 * lexicon can list in full, named as ACLED names them.
 */
export function namedMilitias(context: ExtractContext, known: ActorMention[]): ActorMention[] {
  const militias: ActorMention[] = [];
  for (const match of context.text.matchAll(NAMED_MILITIA.pattern)) {
    const kind = MILITIA_KIND[(match[MILITIA_GROUP.kind] ?? match[MILITIA_GROUP.men] ?? "").toLowerCase()] ?? "Ethnic";
    let at = match.index ?? 0;
    for (const name of [match[MILITIA_GROUP.first], match[MILITIA_GROUP.second]]) {
      if (!name) continue;
      const start = context.text.indexOf(name, at);
      const end = start + name.length;
      at = end;
      // A group the lexicon knows ("Shabaab militia"), a country's people ("Nigerian militia") or a common word
      // ("Armed militias") is not a named militia.
      if (overlapsAny(known, start, end) || namesNoPeople(name) || DEMONYMS[name.toLowerCase()]) continue;
      militias.push(namedActor(context, start, name, NAMED_MILITIA.id, `${name} ${kind} Militia ({country})`, 4));
    }
  }
  return militias;
}

/** "members of Gente Nueva Gang", "the Los Pinas Cartel": a gang the lexicon does not know, as "<Name> Gang". */
export function namedGangs(context: ExtractContext, known: ActorMention[]): ActorMention[] {
  const gangs: ActorMention[] = [];
  for (const match of context.text.matchAll(NAMED_GANG.pattern)) {
    const written = match[1] ?? "";
    const name = written.replace(LEADING_ARTICLE, "");
    const start = (match.index ?? 0) + written.length - name.length;
    const end = start + name.length;
    // (Nor a people's gangs, "Haitian gang", nor a title-case headline: "… Haitian Gang Releases Over 500 Inmates".)
    const headline = CAPITAL_AFTER.test(context.text.slice(match.index + match[0].length));
    if (
      !name ||
      headline ||
      NOT_A_GANG_NAME.test(name) ||
      name.split(BETWEEN_WORDS).some((word) => DEMONYMS[word.toLowerCase()]) ||
      overlapsAny(known, start, end)
    )
      continue;
    const gang = namedActor(context, start, name, NAMED_GANG.id, `${name} Gang`, 3);
    gangs.push({ ...gang, value: { ...gang.value, criminal: true } });
  }
  return gangs;
}

/** An actor a rule names from the text: a militia or gang named after its people, place or own name. */
function namedActor(
  context: ExtractContext,
  start: number,
  name: string,
  rule: string,
  canonical: string,
  inter: number,
): ActorMention {
  return {
    kind: "actor",
    start,
    end: start + name.length,
    text: name,
    rule,
    confidence: 0.7,
    sentence: sentenceIndexAt(context.sentences, start),
    value: { name, canonical, inter, role: "actor", generic: false, country: null },
  };
}

/**
 * "Nigerien forces", "Israeli security forces": "forces" alone may be anyone's ("Houthi forces"), a country's people
 * before it make them that country's military.
 */
export function countryForces(context: ExtractContext, known: ActorMention[]): ActorMention[] {
  const forces: ActorMention[] = [];
  for (const match of allMatches(DEMONYM_FORCES.pattern, context.text)) {
    const country = DEMONYMS[(match[1] ?? "").toLowerCase()];
    const start = match.index;
    const end = start + match[0].length;
    // (Words some countries' reports give another meaning, "Saudi forces" in Yemen, are settled later.)
    const named = (m: ActorMention) => !m.value.generic && !m.value.regionalOnly;
    if (!country || known.some((m) => m.start < end && start < m.end && named(m))) continue;
    forces.push({
      kind: "actor",
      start,
      end,
      text: match[0],
      rule: DEMONYM_FORCES.id,
      confidence: 0.7,
      sentence: sentenceIndexAt(context.sentences, start),
      value: {
        name: match[0],
        canonical: "Military Forces of {country}",
        inter: 1,
        role: "actor",
        generic: true,
        country,
      },
    });
  }
  return forces;
}
