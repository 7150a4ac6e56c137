import { PhraseIndex } from "../../base/phrases.js";
import type { EndingRule, PlaceWords } from "./types.js";

// How a name is written, in every language the news quotes: capitalised words, joined by the particles place names
// carry ("Democratic Republic of the Congo", "Fada N'Gourma", "Rio de Janeiro") and the Arabic article ("al-Fashir").

/**
 * A capitalised word of a name: "Barsalogho", "N'Gourma", "Tillabéri", "al-Fashir". A possessive "'s" is not part of
 * it ("Burkina Faso's forces"), unless another capitalised word follows: "Cox's Bazar" is one name; "Kenya's Rift
 * Valley" is tried whole, then as "Kenya".
 */
export const NAME_WORD = String.raw`(?:(?:al|el|ad|adh|as|an|ash|ar|at|ath|az|ed|en|es|et|ez)-)?\p{Lu}[\p{L}\p{M}]*(?:['’](?!s\b)\p{L}+)*(?:-\p{L}[\p{L}\p{M}]*(?:['’](?!s\b)\p{L}+)*)*(?:['’]s(?=\s+\p{Lu}))?`;

/** A capitalised name of up to six words: "Fada N'Gourma", "Democratic Republic of the Congo". */
export const CAPITALISED_SEQUENCE = new RegExp(
  `${NAME_WORD}(?:\\s+(?:(?:of|the|de|del|do|da|dos|das|di|du|des|la|le|los|las|el|al|d'|N')\\s+)*${NAME_WORD})*`,
  "gu",
);

/** One word of a capitalised sequence. */
export const NAME_WORD_PATTERN = new RegExp(NAME_WORD, "gu");

interface CompiledWords {
  /** "Jammu and Kashmir": two names joined by the language's "and", tried whole. */
  joinedByAnd: RegExp;
  onlyAnd: RegExp;
  abbreviation: RegExp;
  countryAbbreviation: RegExp;
  demonyms: PhraseIndex;
  distanceUnit: RegExp;
}
const compiled = new WeakMap<PlaceWords, CompiledWords>();

/** The patterns built from a language's word lists, once per language. */
export function compile(words: PlaceWords): CompiledWords {
  let result = compiled.get(words);
  if (result) return result;
  result = {
    joinedByAnd: new RegExp(`${NAME_WORD}\\s+${words.and}\\s+${NAME_WORD}`, "gu"),
    onlyAnd: new RegExp(`^\\s+${words.and}\\s+$`, "i"),
    abbreviation: new RegExp(
      `(?<![\\p{L}.])(?:${Object.keys(words.regionAbbreviations)
        .map((a) => a.replace(/\.(?!$)/g, "\\.\\s?").replace(/\.$/, "\\."))
        .join("|")})(?![\\p{L}])`,
      "giu",
    ),
    countryAbbreviation: new RegExp(
      `(?<![\\p{L}.])(?:${Object.keys(words.countryAbbreviations)
        .map((a) => a.replace(/\./g, "\\."))
        .join("|")})(?![\\p{L}]|\\.\\p{L})`,
      "gu",
    ),
    distanceUnit: new RegExp(`(?<!\\p{L})(?:${Object.keys(words.kmPerUnit).join("|")})(?!\\p{L})`, "iu"),
    demonyms: new PhraseIndex(Object.keys(words.demonyms), true),
  };
  compiled.set(words, result);
  return result;
}

/**
 * "40 km north of " or "12 km from " ending the text before a place. The patterns run only where a unit is written:
 * anchored at the end, they retry from every character.
 */
export function distanceBefore(before: string, words: PlaceWords): RegExpExecArray | null {
  if (!compile(words).distanceUnit.test(before)) return null;
  return words.rules.distanceBearingFromTown.pattern.exec(before) ?? words.rules.distanceFromTown.pattern.exec(before);
}

/** The last word of a text in lower case, white space at its end ignored: "the village of " → "of". */
function lastWord(text: string): string {
  const trimmed = text.trimEnd();
  let start = trimmed.length;
  while (start > 0 && isAsciiLetter(trimmed.charCodeAt(start - 1))) start--;
  return trimmed.slice(start).toLowerCase();
}

// (ASCII letters are enough: a word of `lastWords` is a necessary condition, the pattern itself decides.)
function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** `rule.pattern.exec(before)` for a pattern that ends the text before a name, its last word checked first. */
export function endingMatch(rule: EndingRule, before: string): RegExpExecArray | null {
  if (rule.lastWords && !rule.lastWords.has(lastWord(before))) return null;
  return rule.pattern.exec(before);
}
