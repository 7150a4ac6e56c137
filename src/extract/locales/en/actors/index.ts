import { allMatches, sentenceIndexAt } from "../../../../base/spans.js";
import type { ActorMention } from "../../../../model/mentions.js";
import { FIGHTING_HERDERS } from "../../../../sources/actors/acled-conventions.js";
import type { ActorLexicon } from "../../../../sources/actors/actor-lexicon.js";
import type { ExtractContext } from "../../../types.js";
import { DEMONYMS } from "../places/demonyms.js";

/** "residents said", "soldiers told AFP": a group word followed by a reporting verb speaks, it does not act. */
const SPEAKS_AFTER =
  /^,?\s+(said|say|says|told|reported|reports|stated|added|confirmed|claimed|described|recounted)\b/i;
const PEOPLE_TARGETED_BEFORE =
  /\b(target(ed|ing|s)?|against|members of|killings? of|massacres? of|attacks? on)\s+(the\s+)?(ethnic\s+)?$/i;
const PEOPLE_AFTER =
  /^\s+(civilians?|communit(y|ies)|villagers?|villages?|residents?|people|population|women|children|families|elders|farmers?|pastoralists?|herders?|traders?|worshippers|displaced|IDPs|man|woman|boy|girl|child|youth)\b/i;
/** "a civilian vehicle", "men in civilian clothes": the civilian word describes a thing, not people in the event. */
const THING_AFTER =
  /^\s+(vehicles?|cars?|trucks?|buses|bus|aircraft|airports?|infrastructure|areas?|zones?|targets?|objects?|propert(y|ies)|buildings?|facilit(y|ies)|clothes|clothing|attire|dress|administration|government|authorit(y|ies)|institutions?|courts?|rule)\b/i;
/** "a convoy of traders", "a patrol of villagers": a state word for a group of people, said of civilians or vehicles. */
const OF_CIVILIANS =
  /^\s+of\s+(?:the\s+|some\s+|\d+\s+)?(civilians?|villagers?|traders?|merchants?|farmers?|herders?|pastoralists?|passengers?|pilgrims?|refugees?|displaced|students?|workers?|trucks?|vehicles?|buses|cars?|lorries)\b/i;
/** "killed two men suspected of being militants": people the report does not take for fighters are no armed side. */
const SUPPOSED_BEFORE =
  /\b(suspected of being|accused of being|mistak(?:en|ing) (?:him|her|them) for|mistaken for)\s+(?:an?\s+|the\s+)?(?:members?\s+of\s+)?(?:an?\s+|the\s+)?$/i;
/** "a Fulani camp": a people's settlement is its civilians' (a group's camp, "the GNA camp", stays the group's). */
const SETTLEMENT_AFTER = /^\s+(camps?|hamlets?|settlements?)\b/i;
const PEOPLES_MILITIA = /\b(Ethnic|Communal|Clan|Tribal) Militia\b/;
const ACCORDING_TO = /\baccording\s+to\s+(?:the\s+|a\s+|an\s+)?$/i;
// A person's name: "Nicholas Haque", "Col. Abdoul Diallo", "Haque".
const PERSON_NAME =
  /(?<![\p{L}'’])\p{Lu}[\p{Ll}\p{M}-]+(?:['’](?!s\b)\p{L}+)?(?:\s+\p{Lu}[\p{Ll}\p{M}-]+(?:['’](?!s\b)\p{L}+)?){0,2}/gu;
// A person's verb follows the name directly: "Haque said"; "Dakar, Senegal, claimed" is a place in an apposition.
const SAYS_DIRECTLY =
  /^\s+(said|says|told|added|stated|reported|claimed|continued|explained|warned|wrote|tweeted|noted|insisted|declared|announced|confirmed|denied|urged|argued|asked)\b/i;

/**
 * English actor mentions: every lexicon alias (armed groups, state forces, generic "gunmen"/"villagers"), with
 * reporters, outlets, officials and witnesses marked as sources rather than actors; plus named people who speak
 * ("Haque said", "according to Haque", "Al Jazeera's Nicholas Haque") as sources.
 */
export function extractActors(context: ExtractContext, lexicon: ActorLexicon): ActorMention[] {
  const { text } = context;
  const mentions: ActorMention[] = [];
  for (const match of lexicon.find(text)) {
    const after = text.slice(match.end, match.end + 20);
    const before = text.slice(Math.max(0, match.start - 40), match.start);
    // "Fulani civilians", "the Fulani community": a people's bare name before the people it describes are victims
    // or bystanders, not the group's militia (the civilian word is an actor mention of its own).
    // ("Fulani pastoralists clashed with farmers" is the Fulani's militia.)
    const people = PEOPLE_AFTER.exec(after);
    if (
      match.entry.kind === "group" &&
      !/\s/.test(match.text) &&
      people &&
      !(HERDERS.test(people[1] ?? "") && herdersFight(text, match.start, match.end + people[0].length))
    )
      continue;
    if (PEOPLES_MILITIA.test(match.entry.canonicalOn(null)) && SETTLEMENT_AFTER.test(after)) continue;
    // "the killings targeted members of the Fulani ethnic group": a people named as the target is not its militia.
    if (match.entry.kind === "group" && !/\s/.test(match.text) && PEOPLE_TARGETED_BEFORE.test(before)) continue;
    if (match.entry.inter === 7 && THING_AFTER.test(after)) continue;
    if (match.entry.inter === 1 && OF_CIVILIANS.test(text.slice(match.end, match.end + 40))) continue;
    // "near Nam Hkai and Man Loi": a people word written with a capital inside a sentence, before another
    // capitalised word, is part of a name.
    if (
      match.entry.inter === 7 &&
      /^\p{Lu}/u.test(match.text) &&
      /^\s+\p{Lu}/u.test(after) &&
      !/[.!?:]\s*$|^\s*$/.test(before)
    )
      continue;
    if (match.entry.inter !== 7 && SUPPOSED_BEFORE.test(before)) continue;
    const speaks = match.entry.kind !== "group" && (SPEAKS_AFTER.test(after) || ACCORDING_TO.test(before));
    const role = match.entry.kind === "party" ? "party" : match.entry.kind === "source" || speaks ? "source" : "actor";
    mentions.push({
      kind: "actor",
      start: match.start,
      end: match.end,
      text: match.text,
      rule:
        role === "source"
          ? match.entry.kind === "source"
            ? "en/actor/source-lexicon"
            : "en/actor/speaker"
          : `en/actor/${match.entry.kind}-lexicon`,
      confidence: match.entry.kind === "group" ? 0.9 : match.entry.kind === "source" ? 0.85 : 0.6,
      sentence: sentenceIndexAt(context.sentences, match.start),
      value: {
        name: match.text,
        canonical: match.entry.canonicalOn(context.namingDay ?? context.publishedDay),
        inter: role === "source" ? null : match.entry.inter,
        role,
        generic: match.entry.kind === "generic" || (match.entry.kind === "state" && match.entry.country === null),
        // (A group active in one country only is that country's: "NPA rebels" are in the Philippines.)
        country:
          match.entry.country ??
          (match.entry.force ? namedCountry(text, match.start, match.end) : null) ??
          ((match.entry.kind === "group" || match.entry.kind === "party") && match.entry.countries.length === 1
            ? (match.entry.countries[0] ?? null)
            : null),
        ...(match.entry.listed === undefined ? {} : { listed: match.entry.listed }),
        ...(match.regionalOnly ? { regionalOnly: true as const } : {}),
        ...(match.regional.length
          ? {
              regional: match.regional.map((e) => ({
                countries: e.countries,
                canonical: e.canonicalOn(context.namingDay ?? context.publishedDay),
                inter: e.inter,
                ...(e.listed === undefined ? {} : { listed: e.listed }),
              })),
            }
          : {}),
      },
    });
  }
  armCrowds(context, mentions);
  mentions.push(...speakingPeople(context, mentions));
  mentions.push(...namedMilitias(context, mentions));
  mentions.push(...namedGangs(context, mentions));
  mentions.push(...partyCrowds(context, mentions));
  mentions.push(...countryForces(context, mentions));
  const villages = villageCrowds(context, mentions);
  return [...mentions.filter((m) => !villages.some((v) => v.start <= m.start && m.end <= v.end)), ...villages].sort(
    (a, b) => a.start - b.start,
  );
}

// "youths from Banagbasson attacked a camp", "villagers from Ponga (Zonse, Boulgou) abducted 23 people": a village's
// people who attack are that village's communal militia in ACLED's terms (not civilians, not a mob).
const VILLAGE_CROWD =
  /(?<![\p{L}-])(?:(?:a\s+(?:group|number)\s+of\s+)?(?:people|youths?|young\s+men|villagers|residents|inhabitants|men))\s+from\s+(?:the\s+(?:village|town|community)\s+of\s+)?(\p{Lu}[\p{L}'’-]+)/gu;
const VIOLENT_AFTER =
  /^(?:[^.;]{0,50}?)\s(?:attacked|killed|beat|burned|burnt|lynched|stormed|raided|assaulted|hacked|abducted|kidnapped|executed|captured)\b/u;

function villageCrowds(context: ExtractContext, known: ActorMention[]): ActorMention[] {
  return allMatches(VILLAGE_CROWD, context.text).flatMap((match) => {
    const start = match.index;
    const end = start + match[0].length;
    const village = match[1] ?? "";
    const after = VIOLENT_AFTER.exec(context.text.slice(end, end + 80))?.[0];
    // (Not "people from Dablo were killed": a passive verb's subject suffers it.)
    if (!after || /\b(?:were|was|been|being)\b/.test(after)) return [];
    if (known.some((m) => m.start < end && start < m.end && !m.value.generic)) return [];
    return [
      {
        kind: "actor",
        start,
        end,
        text: match[0],
        rule: "en/actor/village-crowd",
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

// "farmers equipped with firearms", "individuals with machetes": people a report arms are a communal militia in
// ACLED's terms, not civilians.
const ARMED_WITH =
  /^\s+(?:\([^)]{0,40}\)\s+)?(?:who were\s+)?(?:equipped|armed)?\s*with\s+(?:\w+\s+){0,2}(?:firearms|guns|rifles|machetes?|knives|cutlass(?:es)?|bows|arrows|spears|sharp weapons|weapons)\b/i;
// "herders attacked the village", "pastoralists and farmers clashed", "clashes between herders and farmers": herders
// who fight are communal militias in ACLED's terms (a people's, when named: "Misseriya pastoralists"), not civilians
// and not a mob; "herders were killed" stay civilians.
const HERDERS = /^(?:herders?|herdsm[ae]n|pastoralists?)$/i;
const FIGHTS_AFTER =
  /^(?:\s*\([^)]{0,40}\))?(?:\s+(?:and|or)(?:\s+[\p{L}'’-]+){1,3}?)?\s+(?:(?:allegedly|reportedly|also|then|\p{L}+ly)\s+)?(?:attack(?:ed)?|kill(?:ed)?|clash(?:ed)?|fought|wounded|injured|hacked|shot|stabbed|burn(?:ed|t)|raided|stormed|beat|assaulted|invaded|torched|destroyed|abducted|kidnapped|opened fire|set fire)\b/iu;
const FIGHTING_BETWEEN_BEFORE =
  /\b(?:clash(?:es|ed)?|fighting|fights?|confrontations?)\s+between\s+(?:[^.;]{0,40}\s+and\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+)?$/iu;
const AGENT_OF_HARM_BEFORE =
  /\b(?:attacked|killed|murdered|wounded|injured|hacked|shot|stabbed|beaten|assaulted|ambushed|raided)\s+(?:\p{L}+\s+){0,3}?by\s+(?:(?:a|the|some|suspected|alleged|presumed|armed|transhumant|nomadic|local|several|\d+)\s+)*(?:\p{Lu}[\p{L}'’-]*\s+)?$/iu;
const PEOPLE_NAME_BEFORE = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]+)\s+$/u;

/** Whether the people between `start` and `end` are the ones who fight, in the words around them. */
function herdersFight(text: string, start: number, end: number): boolean {
  return (
    FIGHTS_AFTER.test(text.slice(end, end + 80)) ||
    FIGHTING_BETWEEN_BEFORE.test(text.slice(Math.max(0, start - 80), start)) ||
    AGENT_OF_HARM_BEFORE.test(text.slice(Math.max(0, start - 80), start))
  );
}

function armCrowds(context: ExtractContext, mentions: ActorMention[]): void {
  const { text } = context;
  for (const [i, mention] of mentions.entries()) {
    if (mention.value.inter !== 7 || mention.value.role !== "actor") continue;
    if (ARMED_WITH.test(text.slice(mention.end, mention.end + 80))) {
      mentions[i] = {
        ...mention,
        rule: "en/actor/armed-crowd",
        value: { ...mention.value, canonical: "Unidentified Communal Militia ({country})", inter: 4 },
      };
      continue;
    }
    // (Farmers who fight herders are, in ACLED's coding, as often a mob as a militia: only their arms decide.)
    if (!HERDERS.test(mention.text) || !herdersFight(text, mention.start, mention.end)) continue;
    const people = PEOPLE_NAME_BEFORE.exec(text.slice(Math.max(0, mention.start - 40), mention.start))?.[1];
    const named = people && !NOT_A_PEOPLE.test(people) && !DEMONYMS[people.toLowerCase()] ? people : null;
    mentions[i] = {
      ...mention,
      rule: "en/actor/fighting-land-users",
      value: {
        ...mention.value,
        canonical: named ? `${named} Ethnic Militia ({country})` : "Unidentified Communal Militia ({country})",
        inter: 4,
        ...(!named ? { regional: [FIGHTING_HERDERS] } : {}),
      },
    };
  }
}

// "members of Chhatra League", "supporters of the Awami League", "BNP activists": a party's people acting as a crowd
// are, when violent, rioters in ACLED's terms; when they march, the coding names them protesters. So are a
// community's members or "a group of people" doing violence ("members of the Marma community assaulted…").
const PARTY_CROWD =
  /\b(?:(?:members|supporters|activists|cadres|followers|workers|loyalists|youths)\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,4}(?:League|Party|Congress|Movement)|(?:party|League)\s+(?:members|supporters|activists|cadres|loyalists)|(?:(?:members|youths|people)\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:community|communities|clan|tribe|village)|a\s+group\s+of\s+(?:people|villagers|residents|youths|men|farmers|herders|locals))(?=\s+(?:\w+ly\s+)?(?:attacked|assaulted|beat|lynched|clashed|fought|stabbed|hacked|torched|killed|burned|burnt|vandali[sz]ed|stoned|injured|captured|set|engaged)\b))/giu;

function partyCrowds(context: ExtractContext, known: ActorMention[]): ActorMention[] {
  return [...context.text.matchAll(PARTY_CROWD)].flatMap((match) => {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (known.some((m) => m.start < end && start < m.end && m.value.role === "actor" && !m.value.generic)) return [];
    const mention: ActorMention = {
      kind: "actor",
      start,
      end,
      text: match[0],
      rule: "en/actor/party-crowd",
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

// "Tiv militias", "Tiv and Jukun Ethnic Militias", "a village's communal militia": a people's or place's militia that no
// lexicon can list in full, named as ACLED names them.
// (Tribes' names may open with an Arabic word for "the" or "sons of": "Bani Ali", "Al Badi".)
const MILITIA_NAME = String.raw`(?:(?:Al|Bani|Beni|Banu|Ahl|Abu|El|Ould)\s+)?(?!(?:Ethnic|Communal|Clan|Tribal|Militia)\b)\p{Lu}[\p{L}'’-]+`;
const NAMED_MILITIA = new RegExp(
  String.raw`(?<![\p{L}'’-])(${MILITIA_NAME})(?:\s+and\s+(${MILITIA_NAME}))?\s+` +
    String.raw`(?:(?:([Ee]thnic|[Cc]ommunal|[Cc]lan|[Tt]ribal)\s+)?[Mm]iliti(?:a|as|amen)|([Tt]ribesmen|[Cc]lansmen|[Rr]aiders))\b`,
  "gu",
);
const NOT_A_PEOPLE =
  /^(the|a|an|local|armed|rival|allied|pro|government|youth|self|village|community|islamist|jihadist|ethnic|communal|clan|tribal|several|some|other|suspected|presumed|alleged|unidentified|unknown|private|civilian|militia|transhumant|nomadic|angry|two|three|many|these|those|their|his|her|its|our|when|after|as|in|on|at|by)$/i;
const MILITIA_KIND: Record<string, string> = {
  communal: "Communal",
  clan: "Clan",
  tribal: "Tribal",
  tribesmen: "Tribal",
  clansmen: "Clan",
};

function namedMilitias(context: ExtractContext, known: ActorMention[]): ActorMention[] {
  const militias: ActorMention[] = [];
  for (const match of context.text.matchAll(NAMED_MILITIA)) {
    // ("Bani Ali and Al Badi tribesmen", "Turkana raiders": a people's armed men are its militia too.)
    const kind = MILITIA_KIND[(match[3] ?? match[4] ?? "").toLowerCase()] ?? "Ethnic";
    let at = match.index ?? 0;
    for (const name of [match[1], match[2]]) {
      if (!name) continue;
      const start = context.text.indexOf(name, at);
      const end = start + name.length;
      at = end;
      // A group the lexicon knows ("Shabaab militia", "Fulani militias"), a country's people ("Nigerian militia")
      // or a common word ("Armed militias") is not a named militia.
      if (known.some((m) => m.start < end && start < m.end) || NOT_A_PEOPLE.test(name) || DEMONYMS[name.toLowerCase()])
        continue;
      militias.push({
        kind: "actor",
        start,
        end,
        text: name,
        rule: "en/actor/named-militia",
        confidence: 0.7,
        sentence: sentenceIndexAt(context.sentences, start),
        value: {
          name,
          canonical: `${name} ${kind} Militia ({country})`,
          inter: 4,
          role: "actor",
          generic: false,
          country: null,
        },
      });
    }
  }
  return militias;
}

// "members of Gente Nueva Gang", "Los Salazar Gangs", "the Los Pinas Cartel": a gang the lexicon does not know is
// named as ACLED names gangs, "<Name> Gang".
const NAMED_GANG =
  /(?<![\p{L}'’-])((?:(?:Los|Las|La|El|Le|Les)\s+)?\p{Lu}[\p{L}'’-]+(?:\s+(?:de\s+)?\p{Lu}[\p{L}'’-]+){0,2})\s+(?:[Gg]angs?|[Cc]artel)\b/gu;
// (A sentence's capitalised first word is no name: "Tribal gangs burned homes", "Rival cartels clashed".)
const NOT_A_GANG_NAME =
  /^(?:The|A|An|Armed|Rival|Criminal|Drug|Local|Street|Unidentified|Members?|Suspected|Alleged|Tribal|Ethnic|Youth|Political|Notorious|Violent|Organi[sz]ed|Several|Two|Three|Many|Other|Both)\b/;

function namedGangs(context: ExtractContext, known: ActorMention[]): ActorMention[] {
  const gangs: ActorMention[] = [];
  for (const match of context.text.matchAll(NAMED_GANG)) {
    const name = (match[1] ?? "").replace(/^(?:The|the)\s+/, "");
    const start = (match.index ?? 0) + (match[1] ?? "").length - name.length;
    const end = start + name.length;
    // (Nor a people's gangs, "Haitian gang", nor a title-case headline: "… Haitian Gang Releases Over 500 Inmates".)
    const headline = /^\s+\p{Lu}/u.test(context.text.slice(match.index + match[0].length));
    if (
      !name ||
      headline ||
      NOT_A_GANG_NAME.test(name) ||
      name.split(/\s+/).some((word) => DEMONYMS[word.toLowerCase()]) ||
      known.some((m) => m.start < end && start < m.end)
    )
      continue;
    gangs.push({
      kind: "actor",
      start,
      end,
      text: name,
      rule: "en/actor/named-gang",
      confidence: 0.7,
      sentence: sentenceIndexAt(context.sentences, start),
      value: {
        name,
        canonical: `${name} Gang`,
        inter: 3,
        role: "actor",
        generic: false,
        country: null,
        criminal: true,
      },
    });
  }
  return gangs;
}

// "Nigerien forces", "Israeli security forces": "forces" alone may be anyone's ("Houthi forces"), a country's people
// before it make them that country's military.
const DEMONYM_FORCES =
  /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]+)\s+(?:(?:government|state|security|armed|military)\s+)?forces?\b/gu;

function countryForces(context: ExtractContext, known: ActorMention[]): ActorMention[] {
  const forces: ActorMention[] = [];
  for (const match of allMatches(DEMONYM_FORCES, context.text)) {
    const country = DEMONYMS[(match[1] ?? "").toLowerCase()];
    const start = match.index;
    const end = start + match[0].length;
    // (Words some countries' reports give another meaning, "Saudi forces" in Yemen, are settled later.)
    if (!country || known.some((m) => m.start < end && start < m.end && !m.value.regionalOnly)) continue;
    forces.push({
      kind: "actor",
      start,
      end,
      text: match[0],
      rule: "en/actor/demonym-forces",
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

// "the Myanmar army", "Nigerian troops", "military forces of Artsakh": a state force that names its country.
const COUNTRY_BEFORE = /(?:^|[^\p{L}])(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)\s+$/u;
const COUNTRY_AFTER = /^\s+(?:forces\s+)?of\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)/u;

function namedCountry(text: string, start: number, end: number): string | null {
  const before = COUNTRY_BEFORE.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  if (before) {
    const demonym = DEMONYMS[before.toLowerCase()];
    return demonym ?? before;
  }
  return COUNTRY_AFTER.exec(text.slice(end, end + 40))?.[1] ?? null;
}

function speakingPeople(context: ExtractContext, known: ActorMention[]): ActorMention[] {
  const { text } = context;
  const people: ActorMention[] = [];
  for (const match of text.matchAll(PERSON_NAME)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (known.some((m) => m.start < end && start < m.end)) continue;
    const before = text.slice(Math.max(0, start - 25), start);
    const after = text.slice(end, end + 20);
    const afterSource = known.some((m) => m.value.role === "source" && /^['’]s\s+$/.test(text.slice(m.end, start)));
    const rule = SAYS_DIRECTLY.test(after)
      ? "en/actor/person-says"
      : ACCORDING_TO.test(before)
        ? "en/actor/according-to-person"
        : afterSource
          ? "en/actor/outlet-reporter"
          : null;
    if (!rule) continue;
    // ("Police in Cotonou said": a name after a preposition is where the speaker is, not who speaks.)
    if (rule === "en/actor/person-says" && /\b(in|at|from|near|of|to)\s+$/i.test(before)) continue;
    // Sentence-initial function words are not names: "Despite the support, …".
    if (/^(The|A|An|This|That|It|He|She|They|We|But|And|Despite|Meanwhile|However)$/.test(match[0])) continue;
    people.push({
      kind: "actor",
      start,
      end,
      text: match[0],
      rule,
      confidence: 0.7,
      sentence: sentenceIndexAt(context.sentences, start),
      value: { name: match[0], canonical: match[0], inter: null, role: "source", generic: false, country: null },
    });
  }
  return people;
}
