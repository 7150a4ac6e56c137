import { francAll } from "franc-min";

export interface LanguageGuess {
  language: string | null;
  confidence: number;
  reliable: boolean;
}

// franc names languages in ISO 639-3; documents use ISO 639-1 where one exists.
const ISO_639_1: Record<string, string> = {
  eng: "en",
  fra: "fr",
  spa: "es",
  por: "pt",
  arb: "ar",
  ita: "it",
  deu: "de",
  rus: "ru",
  ukr: "uk",
  nld: "nl",
  tur: "tr",
  pes: "fa",
  urd: "ur",
  hin: "hi",
  mar: "mr",
  tel: "te",
  ben: "bn",
  ind: "id",
  zlm: "ms",
  swh: "sw",
  hau: "ha",
  som: "so",
  amh: "am",
  cmn: "zh",
  jpn: "ja",
  kor: "ko",
  vie: "vi",
  tha: "th",
  pol: "pl",
  ron: "ro",
  ell: "el",
  ces: "cs",
  hun: "hu",
  swe: "sv",
  ekk: "et",
  fin: "fi",
  heb: "he",
  mya: "my",
  tam: "ta",
  yor: "yo",
  ibo: "ig",
  kin: "rw",
  run: "rn",
  zul: "zu",
  xho: "xh",
  uzn: "uz",
  azj: "az",
  kaz: "kk",
  tgl: "tl",
  nep: "ne",
};

const CANDIDATES = Object.keys(ISO_639_1);

/** Below this many characters trigram statistics are too thin to trust. */
const RELIABLE_LENGTH = 120;

const FUNCTION_WORDS: Record<"en" | "fr", RegExp> = {
  en: /\b(the|of|and|in|on|were|was|to|with|by|at|from|during|after|who|which|have|has|had)\b/gi,
  fr: /\b(le|la|les|des|du|et|un|une|dans|sur|par|au|aux|été|qui|que|ont|est|sont|pour|avec)\b/gi,
};

/** Words of conflict reporting in each language: on a headline or a one-line note, these are the words there are. */
const REPORTING_WORDS: Record<"en" | "fr", RegExp> = {
  en: /\b(killed|killing|kill|attack(ed|s)?|militants?|gunmen|police|soldiers|army|troops|clash(es|ed)?|protest(s|ers|ed)?|demonstrat\w*|raiders|injured|wounded|abducted|kidnapped|shot|dead|people|civilians|suspected|presumed|unknown|armed|village|town|township|farmers|residents)\b/gi,
  fr: /\b(tués?|tuées?|attaqu\w*|hommes armés|militaires|soldats|armée|manifest\w*|blessés?|enlevés?|villageois|civils|présumés?|inconnus|habitants|djihadistes)\b/gi,
};

/** How many of each language's commonest words the text's first 600 characters hold. */
function functionWordCounts(text: string): Record<"en" | "fr", number> {
  const sample = text.slice(0, 600);
  return { en: sample.match(FUNCTION_WORDS.en)?.length ?? 0, fr: sample.match(FUNCTION_WORDS.fr)?.length ?? 0 };
}

/**
 * English or French by their commonest words, where franc's trigrams on a short note full of names ("in Barangay
 * Minuyan Proper, San Jose del Monte") go wrong; null unless one language clearly dominates.
 */
function englishOrFrench({ en, fr }: Record<"en" | "fr", number>): "en" | "fr" | null {
  if (en >= 3 && en >= 2 * fr) return "en";
  if (fr >= 3 && fr >= 2 * en) return "fr";
  return null;
}

/**
 * So many of one language's commonest words and next to none of the other's leave no doubt, and franc's trigram
 * distances over fifty languages (a tenth of a 4 KB report's extraction time) need not be computed.
 */
function plainlyEnglishOrFrench({ en, fr }: Record<"en" | "fr", number>): "en" | "fr" | null {
  if (en >= 15 && fr * 8 <= en) return "en";
  if (fr >= 15 && en * 8 <= fr) return "fr";
  return null;
}

/**
 * Guesses a text's language with franc. franc's scores bunch together on long texts, so the margin over the
 * runner-up is read relative to the spread of the top ten; short texts are discounted, and a weak guess is flagged
 * unreliable rather than given silently.
 * @example guessLanguage("The offensive happened on Saturday in the Barsalogho district …") // { language: "en", … }
 */
export function guessLanguage(text: string): LanguageGuess {
  const counts = functionWordCounts(text);
  const plain = plainlyEnglishOrFrench(counts);
  if (plain) return { language: plain, confidence: 1, reliable: true };
  // The first 600 characters and the languages news reaches us in keep this fast; more text rarely changes the guess.
  const scores = francAll(text.slice(0, 600), { minLength: 10, only: CANDIDATES });
  const best = scores[0];
  if (!best || best[0] === "und") return { language: null, confidence: 0, reliable: false };
  const runnerUp = scores[1]?.[1] ?? 0;
  const tenth = scores[9]?.[1] ?? 0;
  const relativeMargin = (1 - runnerUp) / Math.max(1e-6, 1 - tenth);
  const confidence = Math.min(1, 2 * relativeMargin) * Math.min(1, text.length / 200);
  const language = ISO_639_1[best[0]] ?? best[0];
  const byFunctionWords = englishOrFrench(counts);
  if (byFunctionWords && byFunctionWords !== language && (language === "en" || language === "fr"))
    return { language: byFunctionWords, confidence: 0.6, reliable: text.length >= RELIABLE_LENGTH };
  const reliable = text.length >= RELIABLE_LENGTH && relativeMargin >= 0.25;
  // A short note full of names ("On 4 July 2022, presumed JNIM killed a man in Materi") gives franc's trigrams too
  // little to go on: English or French conflict reporting's own words decide where franc cannot.
  const byReportingWords = reliable ? null : englishOrFrenchReporting(text, counts);
  if (byReportingWords) return { language: byReportingWords, confidence: 0.5, reliable: false };
  return { language, confidence: Number(confidence.toFixed(2)), reliable };
}

function englishOrFrenchReporting(text: string, counts: Record<"en" | "fr", number>): "en" | "fr" | null {
  const sample = text.slice(0, 600);
  const en = counts.en + (sample.match(REPORTING_WORDS.en)?.length ?? 0);
  const fr = counts.fr + (sample.match(REPORTING_WORDS.fr)?.length ?? 0);
  if (en >= 2 && en >= 2 * fr) return "en";
  if (fr >= 2 && fr >= 2 * en) return "fr";
  return null;
}
