import { mayHold } from "../../../../base/literal-prefilter.js";
import { allMatches, overlapIndex, sentenceIndexAt } from "../../../../base/spans.js";
import { words } from "../../../../base/words.js";
import type { ActorMention } from "../../../../model/mentions.js";
import type { ExtractContext } from "../../../types.js";
import { COUNTRY_ABBREVIATIONS } from "../places/abbreviations.js";
import { DEMONYMS } from "../places/demonyms.js";
import {
  ACRONYM_FIGHTERS,
  CAPITAL_AFTER,
  DEMONYM_FORCES,
  LEADING_ARTICLE,
  MILITIA_GROUP,
  MILITIA_KIND,
  NAMED_GANG,
  NAMED_MILITIA,
  NAMED_ORGANISATION,
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
  if (!mayHold(NAMED_MILITIA.pattern, context.text)) return militias;
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
  if (!mayHold(NAMED_GANG.pattern, context.text)) return gangs;
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

/** Words in a full name that make the organisation a rebel group (ACLED's inter 2) rather than a militia (3). */
const REBEL_NAME = words(/\b(Liberation|Revolutionary|Front|Army|Movement|Resistance|Insurgents?)\b/);
const BRACKETED_ACRONYM = /\(\p{Lu}[\p{Lu}\d-]{1,7}\)/u;
const INITIALS = /(?<![\p{L}'’-])\p{Lu}/gu;

/**
 * "the Kuki National Army (KNA)", then "KNA cadres"; "RF militants": armed organisations the lexicon does not
 * know, named by their acronym as ACLED names groups ("KNA: Kuki National Army"), every time the acronym recurs.
 */
export function namedOrganisations(context: ExtractContext, known: ActorMention[]): ActorMention[] {
  const { text } = context;
  // (Asked of every match: the known actors' words and spans once, not a scan of them all each time.)
  const knownWords = new Set(known.map((m) => text.slice(m.start, m.end)));
  const knownSpans = overlapIndex(known);
  const names = new Map<string, { canonical: string; inter: number }>();
  // (The full-name pattern tries every capitalised word; most texts have no acronym in brackets to end one.)
  const organisations = BRACKETED_ACRONYM.test(text) ? text.matchAll(NAMED_ORGANISATION.pattern) : [];
  for (const match of organisations) {
    const { acronym = "" } = match.groups ?? {};
    const name = fromFirstInitial(match.groups?.name ?? "", acronym);
    if (!name || !spellsInitials(acronym, name) || knownWords.has(acronym)) continue;
    names.set(acronym, {
      canonical: `${acronym}: ${name}`,
      inter: REBEL_NAME.test(name) ? 2 : 3,
    });
  }
  const found: ActorMention[] = [];
  for (const [acronym, { canonical, inter }] of names)
    for (const match of text.matchAll(new RegExp(`(?<![\\p{L}\\d])${acronym}(?![\\p{L}\\d])`, "gu")))
      found.push(namedActor(context, match.index, acronym, NAMED_ORGANISATION.id, canonical, inter));
  const fighters = mayHold(ACRONYM_FIGHTERS.pattern, text) ? text.matchAll(ACRONYM_FIGHTERS.pattern) : [];
  for (const match of fighters) {
    const acronym = match.groups?.acronym ?? "";
    if (names.has(acronym) || COUNTRY_ABBREVIATIONS[acronym] || knownWords.has(acronym)) continue;
    found.push(namedActor(context, match.index, acronym, ACRONYM_FIGHTERS.id, acronym, 2));
  }
  return found.filter((m) => !knownSpans.some(m.start, m.end));
}

/** The name from its word that opens the acronym: "Fighters of the Kuki National Army" (KNA) → "Kuki National Army". */
function fromFirstInitial(name: string, acronym: string): string | null {
  const first = [...name.matchAll(INITIALS)].find((m) => m[0] === acronym.charAt(0));
  return first ? name.slice(first.index) : null;
}

/** Whether an acronym's letters are the initials of the name's capitalised words, in order ("KNA", "Kuki National Army"). */
function spellsInitials(acronym: string, name: string): boolean {
  const initials = [...name.matchAll(INITIALS)].map((m) => m[0]).join("");
  let at = 0;
  for (const letter of acronym.replace(/[\d-]/g, "")) {
    at = initials.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
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
