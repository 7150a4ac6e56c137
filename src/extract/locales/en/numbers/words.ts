import type { CountedThing } from "../../../../model/mentions.js";
import type { NumberWords } from "../../../common/numbers.js";

export const EN_NUMBER_WORDS: NumberWords = {
  units: {
    zero: 0,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    sixty: 60,
    seventy: 70,
    eighty: 80,
    ninety: 90,
    single: 1,
    lone: 1,
    both: 2,
    couple: 2,
    pair: 2,
  },
  multipliers: { dozen: 12, hundred: 100, thousand: 1000, million: 1_000_000, billion: 1_000_000_000 },
};

/**
 * Counts given in words without a number, with the figure ACLED's codebook assigns when only such a word is
 * reported (used as the conservative `fatalities`); `null` means the count stays unknown.
 */
export const VAGUE_QUANTITIES: Record<string, number | null> = {
  several: 3,
  "a few": 3,
  few: 3,
  some: null,
  many: null,
  numerous: null,
  "a number of": null,
  dozens: 12,
  "scores of": 20,
  scores: 20,
  hundreds: 100,
  thousands: 1000,
  "a handful of": 3,
  multiple: 3,
  countless: null,
  "tens of": 10,
};

/** Words after or before a number that say what it counts. Order matters: the first group that matches wins. */
export const COUNTED_WORDS: { counts: CountedThing; after: RegExp; before: RegExp }[] = [
  {
    counts: "killed",
    // "12 people were killed", "12 dead", "12 deaths", "claimed 12 lives", "12 bodies"; not "a farmer shot and
    // killed five oxen", where the figure's people killed
    after:
      /^(?:[\s,]+(?:[\w'’-]+[\s,]+){0,5}?)((?<!\b(?:shot|stabbed|hacked|beat|attacked|ambushed) and )killed|dead|died|deaths?|fatalit(?:y|ies)|bod(?:y|ies)|corpses?|lives|lost their lives|perished|massacred|slain|executed|murdered|beheaded|burnt to death|burned to death|(?:beaten|stabbed|hacked|shot|tortured) to death|lynched|shot dead|(?:was|were) (?:shot|stabbed|attacked|beaten|tortured) and killed|were killed|was killed|have been killed|had been killed|(?<!,\s)killing)\b/i,
    // "killing 12", "killed at least 12", "death toll rose to 12", "left 12 dead"
    before:
      /\b(killing|killed|kill|kills|lynched|lynching|lynches|shoots dead|shot dead|executes|shot and killed|assassinated|assassinating|beheaded|beheading|death toll (?:\w+\s+){0,4}?(?:of|at|to|stood at|rose to|climbed to|reached)|toll (?:of|at|to|rose to|climbed to|reached)|massacre of|massacred|murder of|deaths of|bodies of|executed|executing|slaughtered|claimed the lives of|claiming the lives of|the lives of)\s+(?:at least\s+|more than\s+|over\s+|about\s+|around\s+|some\s+|nearly\s+|almost\s+|up to\s+|as many as\s+)?$/i,
  },
  {
    counts: "wounded",
    after: /^(?:[\s,]+(?:[\w'’-]+[\s,]+){0,5}?)(wounded|injured|hurt|injuries|wounds|hospitali[sz]ed)\b/i,
    before:
      /\b(wounding|injuring|wounded|injured|injuries to)\s+(?:at least\s+|more than\s+|over\s+|about\s+|around\s+|some\s+)?$/i,
  },
  {
    counts: "missing",
    after: /^(?:[\s,]+(?:\w+[\s,]+){0,4}?)(missing|unaccounted for|disappeared)\b/i,
    before: /\b(missing)\s+$/i,
  },
  {
    counts: "abducted",
    after:
      /^(?:[\s,]+(?:[\w'’-]+[\s,]+){0,5}?)(abducted|kidnapped|taken hostage|held hostage|seized|hostages|captives|abductees)\b/i,
    before:
      /\b(abducting|kidnapping|abducted|kidnapped|seized|took|taking|captured|abduction of|kidnapping of)\s+(?:at least\s+|more than\s+|over\s+|about\s+|around\s+|some\s+)?$/i,
  },
  {
    counts: "displaced",
    after:
      /^(?:[\s,]+(?:[\w'’-]+[\s,]+){0,5}?)(displaced|fled|uprooted|homeless|refugees|forced to flee|forced from their homes)\b/i,
    before:
      /\b(displacing|displaced|forcing|forced)\s+(?:at least\s+|more than\s+|over\s+|about\s+|around\s+|some\s+)?$/i,
  },
  {
    counts: "arrested",
    after: /^(?:[\s,]+(?:\w+[\s,]+){0,4}?)(arrested|detained|apprehended|in custody|suspects)\b/i,
    before:
      /\b(arresting|arrested|detaining|detained|apprehended|arrest of)\s+(?:at least\s+|more than\s+|over\s+|about\s+|around\s+|some\s+)?$/i,
  },
];

/** After a count, words that say those people lived: "11 journalists narrowly escaped death". */
export const SURVIVED = /^\s+(?:\w+\s+){0,3}?(escaped|survived|narrowly|avoided|were rescued|were saved)\b/i;

/** Nouns of people: a bare number before one is a count of people even with no verb ("12 soldiers"). */
export const PEOPLE_NOUNS =
  /^\s+(?:(?:\w+\s+){0,2})(people|persons|civilians|soldiers|troops|villagers|residents|fighters|militants|worshippers|women|children|men|policemen|officers|gendarmes|students|passengers|farmers|traders|miners|workers|members|individuals|victims|militiamen|insurgents|jihadists|terrorists|bandits|attackers|assailants|gunmen|herders|protesters|demonstrators)\b/i;

/** What follows a number that is not a count of people at all: distances, durations, money, shares, times. */
// (Also units: "the 503 LIB".)
export const NOT_A_COUNT =
  /^\s*(?:%|percent|per cent|km|kms|kilometres|kilometers|miles|mi|metres|meters|m\b|hours?|days?|weeks?|months?|years?|minutes?|seconds?|am|pm|a\.m|p\.m|o'clock|dollars|usd|euros?|cfa|naira|francs|tons|tonnes|kg|litres|liters|hectares|acres|degrees|times|fold|st|nd|rd|th|LIB|LIR|IB|battalions?|brigades?|regiments?|divisions?)\b/i;

/** Things a figure counts ("ten bags of rice and killed one pig"); after "a" they may qualify a person ("a cattle
 * herder"), so they end only figures. */
export const COUNTED_THINGS =
  /^\s*(?:bags?|sacks?|pigs?|goats?|cows?|oxen|ox|bulls?|cattle|heads? of cattle|sheep|camels?|donkeys?|horses?|dogs?|chickens?|livestock|houses?|homes?|shops?|rounds?|shells?|vehicles?|cars?|trucks?|motorbikes?|motorcycles?)\b/i;

/** Words that make a toll unverified or a party's claim: "some reports state", "claimed that … had killed". */
export const HEDGED =
  /\b(unverified|unconfirmed|some reports (?:state|say|said|suggest|claim)|claim(?:ed|s) (?:that|to have)|could not be (?:independently )?(?:verified|confirmed))\b/i;

/**
 * Words in a sentence that place its figures outside the reported event: periods ("last year", "since 2015",
 * "over the past decade"), totals ("in total this year", "nationwide") and the history of a conflict.
 */
const MONTH = String.raw`(?:(?:early|late|mid-?)\s*)?(?:january|february|march|april|may|june|july|august|september|october|november|december)`;

export const BACKGROUND_CUES: { name: string; pattern: RegExp }[] = [
  { name: "last-period", pattern: /\b(last|previous|past|preceding) (year|decade|month|months|years|decades)\b/i },
  {
    name: "over-the-past",
    pattern: /\b(over|in|during) the (past|last|previous) (\w+ )?(years?|decades?|months?|weeks)\b/i,
  },
  {
    name: "since-year",
    pattern: new RegExp(
      String.raw`\bsince (?:${MONTH} )?(19|20)\d\d\b|\bsince the (start|beginning|outbreak) of\b|\bsince (it|the (conflict|war|insurgency|crisis|violence|fighting|hostilities)) (began|started|erupted|intensified|escalated|broke out)\b`,
      "i",
    ),
  },
  // "In March 2020, …": another year's event; the publication year itself is let through by the caller.
  { name: "in-year", pattern: new RegExp(String.raw`\b(in|during|throughout|by) (?:${MONTH} )?(19|20)\d\d\b`, "i") },
  {
    name: "year-range",
    pattern: /\bbetween (\w+ )?(19|20)\d\d and (\w+ )?(19|20)\d\d\b|\bfrom (19|20)\d\d to (19|20)\d\d\b/i,
  },
  { name: "this-year", pattern: /\b(so far )?this year\b|\bso far in (19|20)\d\d\b|\bsince january\b/i },
  // "500 killed a year" is a rate; "in just over a month", "for a day" are spans of time, and "a month extension",
  // "a year ago" no rate at all: a rate ends its clause or comes before a preposition.
  {
    name: "per-period",
    pattern:
      /(?<!\b(over|than|within|in|for|about|nearly|almost|after|under) )\b(per|a|each|every) (year|month|day)\b(?=\s*([,.;:)]|$)|\s+(in|on|since|across|and|or|for|from|to|over|during|between|because|at|by|nationwide|worldwide)\b)|\bannual(ly)?\b|\byearly\b/i,
  },
  {
    name: "nationwide",
    // (Not the adjective: "during the nationwide anti-quota movement", "a nationwide strike" is one event.)
    pattern:
      /\b((nationwide|country-?wide)(?!\s+(?!(since|in|this|last|so|over|during|and|or|as|at|by|for|from|to|on|the|a|an|according|were|was|have|has|had|are|is|while|when)\b)[a-z])|across the (country|region|sahel|nation)|in the (country|region) as a whole)\b/i,
  },
  {
    name: "conflict-total",
    pattern:
      /\b(the (conflict|war|insurgency|crisis|violence) (has|have) (killed|displaced|claimed)|(has|have) killed (tens of )?thousands|double the previous|death toll for the year)\b/i,
  },
  { name: "decade", pattern: /\b(a|the past|over a|nearly a|more than a) decade\b/i },
  // "another attack", "a separate incident", "a week after a bomb blast … killed eight": another event's toll ("eight
  // days after being told their plant would close" is no other event).
  {
    name: "other-event",
    pattern:
      /\b(another|a separate|an earlier|a previous|a similar|the previous|last month's|last week's) (\w+ ){0,2}(attack|incident|bombing|blast|raid|strike|bomb|massacre|explosion|ambush|assault|killing)s?\b|\b(a|one|two|three|several|\w+) (days?|weeks?|months?) (earlier|prior)\b|\b(days?|weeks?|months?) (after|before) (\S+ ){0,5}?(attacks?|incidents?|bombings?|blasts?|raids?|strikes?|massacres?|explosions?|ambush(es)?|assaults?|killings?|killed|clash(es)?|fighting|violence)\b/i,
  },
  {
    name: "compilation",
    pattern:
      /\b(compilation|tally|cumulative|(wave|series|spate|string) of (\w+ )?(massacres|attacks|killings|strikes)|millions (of people )?(displaced|have fled)|deaths and millions)\b/i,
  },
];

/** "Unknown number of fatalities coded as 10 and spread across two locations", "the death toll was put at 12". */
export const STATED_TOLL =
  /\b(?:fatalities|deaths|death toll)(?: and injuries)?,? (?:(?:was|were|is|are) )?(?:coded|recorded|estimated|put|set) (?:as|at) (?<toll>\d{1,5})\b(?:[^.;]*?\b(?:spread|split|divided|shared) (?:across|between|among|over) (?<places>\w+) (?:locations|places|sites|villages|events)(?: (?:in|over) (?<days>\w+) days)?)?/gi;

/** Headlines drop the article: "Mob lynches man", "Militia kills village chief" count one killed. */
export const BARE_VICTIM =
  /\b(?:kills|lynches|murders|shoots dead|stabs to death|hacks to death|beats to death|burns to death|guns down|beheads)\s+(?<person>(?:(?!(?:a|an|the|his|her|their|two|three|four|five|six|seven|eight|nine|ten)\s)[\w-]+\s+){0,3}?(?:man|woman|boy|girl|child|thief|suspect|teacher|student|farmer|herder|trader|officer|policeman|soldier|chief|pastor|imam|priest|journalist|robber|resident|villager|driver|rider|businessman|cleric|elder|activist|leader|official|councillor|councilor))\b/gi;
