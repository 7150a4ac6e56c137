import type { QuantityLanguage } from "../../../common/quantities.js";
import {
  BACKGROUND_CUES,
  BARE_VICTIM,
  COUNTED_THINGS,
  COUNTED_WORDS,
  EN_NUMBER_WORDS,
  HEDGED,
  NOT_A_COUNT,
  PEOPLE_NOUNS,
  STATED_TOLL,
  SURVIVED,
  VAGUE_QUANTITIES,
} from "./words.js";

const MODIFIER = String.raw`(?<modifier>at least|more than|over|nearly|almost|about|around|some|up to|as many as|at most|fewer than|less than|approximately|roughly|an estimated|close to|upwards of)\s+`;
const WORD_NUMBER = String.raw`(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen)(?:[\s-](?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|hundred|thousand|million|dozen))*)`;
const DIGIT_NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(?:hundred|thousand|million))?`;
// ("killed the brother of the chief": "the" may stand for one person, never before a number: "the two fatalities".)
const DEFINITE = String.raw`the(?![\s-]+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|dozen|\d)\b)`;
const ONE_NUMBER = `(?:${DIGIT_NUMBER}|${WORD_NUMBER}|${DEFINITE})`;
// "between 100 and 150", "100 to 150", "100-150", "at least 30", "8,400", "two million", "a dozen"
const NUMBER_PHRASE = new RegExp(
  String.raw`(?<![\p{L}\d,.])(?:${MODIFIER})?(?:between\s+(?<rangeLow>${ONE_NUMBER})\s+and\s+(?<rangeHigh>${ONE_NUMBER})|(?<low>${ONE_NUMBER})(?:\s*(?:-|–|to|or)\s*(?<high>${ONE_NUMBER}))?)(?![\p{L}\d])`,
  "giu",
);
const VAGUE_PHRASE = new RegExp(
  String.raw`\b(?<vague>${Object.keys(VAGUE_QUANTITIES)
    .sort((a, b) => b.length - a.length)
    .join("|")})\b`,
  "gi",
);
const DENIED_DEATHS = /\b(no|without(?: causing)?(?: any)?|not (?:cause|result in|leave) any|neither|nor|zero)\s+$/i;
const UNCOUNTED_DEATHS =
  /\b(mass graves?|bodies (?:were|have been|had been) (?:found|recovered|discovered)|(?:many|several|numerous|dozens of|scores of|hundreds of) (?:people |civilians |soldiers )?(?:were |have been )?(?:killed|dead)|heavy casualties|casualties|death toll (?:is|was|remains) unknown)\b/gi;

/** English words for counting people, read by the shared quantity rules (src/extract/common/quantities.ts). */
export const EN_QUANTITIES: QuantityLanguage = {
  locale: "en",
  numberWords: EN_NUMBER_WORDS,
  numberPhrase: NUMBER_PHRASE,
  vaguePhrase: VAGUE_PHRASE,
  uncountedDeaths: UNCOUNTED_DEATHS,
  modifiers: {
    "more than": "open-above",
    over: "open-above",
    "upwards of": "open-above",
    "at least": "open-above",
    "up to": "up-to",
    "at most": "up-to",
    "as many as": "up-to",
    "fewer than": "below",
    "less than": "below",
  },
  counted: COUNTED_WORDS,
  peopleNouns: PEOPLE_NOUNS,
  notACount: NOT_A_COUNT,
  things: COUNTED_THINGS,
  hedged: HEDGED,
  denied: DENIED_DEATHS,
  statedToll: STATED_TOLL,
  bareVictim: BARE_VICTIM,
  clauseBreak: /[,;]\s|\s(?:as (?:a )?(?:reprisal|retaliation)|in (?:reprisal|retaliation))\b/gi,
  survived: SURVIVED,
  backgroundCues: BACKGROUND_CUES,
  comparison: /\b(deadliest|bloodiest|worst|largest|biggest|heaviest|most (?:deadly|serious|severe|violent)|first)\b/i,
  thousands: /^\d{1,3}(,\d{3})+$/,
  singlePerson:
    /^\s+(?:[\w-]+\s+){0,2}?(man|woman|boy|girl|child|person|civilian|soldier|corporal|sergeant|lieutenant|captain|commander|ranger|militiaman|policeman|policewoman|police officer|officer|villager|farmer|herder|pastoralist|teacher|student|pupil|driver|trader|merchant|resident|worker|chief|councilor|councillor|individual|brother|sister|son|daughter|father|mother|husband|wife|relative|activist|doctor|nurse|rider|herdsman|cleric|marabout|pastor|imam|priest|journalist|militant|fighter|member|youth|guard|gendarme|official|leader|shopkeeper|adolescent|teenager|suspect|thief|robber|convict|boatman|fisherman|motorist|passenger|businessman|local|body|drug dealer|drug trafficker|dealer|trafficker)\b/i,
  // (", including eight fighters," and "—mostly tourists—")
  insertedPart:
    /,\s*(?:including|among them|among whom|of whom|most of them|mostly)\b[^,.;]{1,60},|\s*[—–]\s*[^—–.;]{1,60}[—–]\s*/i,
  listContinuation: /^\s+(?:\p{L}+\s+){0,2}(?:and|,)\s+$/iu,
};
