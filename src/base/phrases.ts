/** A phrase found in a text: `[start, end)` offsets and the words as written. */
export interface PhraseMatch {
  start: number;
  end: number;
  text: string;
}

/** A run of letters and digits: where a phrase may begin, and what may not touch its ends. */
const WORD = /[\p{L}\d]+/gu;
const WORD_CHARACTER = /[\p{L}\d]/u;
const WHITE_SPACE = /\s/;
const CURLY_APOSTROPHE = /’/g;
const SPACES = /\s+/g;

interface Words {
  starts: number[];
  asWritten: string[];
  lowerCase: string[];
}
let lastText: string | null = null;
let lastWords: Words = { starts: [], asWritten: [], lowerCase: [] };

/** The text's words, remembered for the last text: every index looks for its phrases in the same text in turn. */
function wordsOf(text: string): Words {
  if (text !== lastText) {
    lastText = text;
    lastWords = { starts: [], asWritten: [], lowerCase: [] };
    for (const word of text.matchAll(WORD)) {
      lastWords.starts.push(word.index);
      lastWords.asWritten.push(word[0]);
      lastWords.lowerCase.push(word[0].toLowerCase());
    }
  }
  return lastWords;
}

/**
 * Many fixed phrases (an actor lexicon's aliases, the world's demonyms) found in one pass over a text's words, each
 * where no letter or digit touches it, either apostrophe and any run of white space as in the phrase, leftmost
 * first and longest first, as a longest-first alternation with those lookarounds would find them.
 *
 * Written here because the alternation, with the Unicode and case-blind flags its edges and languages need, is
 * tried at every character of every text (it was the costliest pattern of the pipeline), and the Aho-Corasick
 * packages on npm match raw characters, knowing neither word edges nor loose white space. A probe by first word
 * costs one map lookup per word.
 *
 * @example new PhraseIndex(["Boko Haram"], true).find("Suspected boko  haram fighters") // → [{start: 10, end: 21, …}]
 */
export class PhraseIndex {
  /** The phrases by their first word, longest first; in lower case when case is ignored. */
  private readonly byFirstWord = new Map<string, string[]>();

  constructor(
    phrases: Iterable<string>,
    private readonly ignoreCase: boolean,
  ) {
    const normalized = [...new Set([...phrases].map((p) => this.normalize(p)))].sort((a, b) => b.length - a.length);
    for (const phrase of normalized) {
      const first = phrase.match(/^[\p{L}\d]+/u)?.[0];
      if (!first) throw new Error(`phrase "${phrase}" must begin with a letter or a digit`);
      this.byFirstWord.set(first, [...(this.byFirstWord.get(first) ?? []), phrase]);
    }
  }

  /** Every phrase in the text, none overlapping another. */
  find(text: string): PhraseMatch[] {
    const found: PhraseMatch[] = [];
    const words = wordsOf(text);
    let searchedTo = 0;
    for (let i = 0; i < words.starts.length; i++) {
      const start = words.starts[i] as number;
      if (start < searchedTo) continue;
      const phrases = this.byFirstWord.get((this.ignoreCase ? words.lowerCase[i] : words.asWritten[i]) as string);
      const end = phrases ? this.longestEnd(text, start, phrases) : -1;
      if (end < 0) continue;
      found.push({ start, end, text: text.slice(start, end) });
      searchedTo = end;
    }
    return found;
  }

  /** A phrase's form for comparison: one space for any white space, the straight apostrophe, lower case if asked. */
  normalize(phrase: string): string {
    const straight = phrase.replace(CURLY_APOSTROPHE, "'").replace(SPACES, " ");
    return this.ignoreCase ? straight.toLowerCase() : straight;
  }

  private longestEnd(text: string, start: number, phrases: string[]): number {
    for (const phrase of phrases) {
      const end = this.endOf(text, start, phrase);
      if (end >= 0 && !WORD_CHARACTER.test(text.charAt(end))) return end;
    }
    return -1;
  }

  /** Where the phrase ends if the text spells it from `start` on, else -1. */
  private endOf(text: string, start: number, phrase: string): number {
    let at = start;
    for (let i = 0; i < phrase.length; i++) {
      const wanted = phrase.charAt(i);
      const char = text.charAt(at);
      if (wanted === " ") {
        if (!WHITE_SPACE.test(char)) return -1;
        while (WHITE_SPACE.test(text.charAt(at + 1))) at++;
      } else if (
        wanted === "'" ? char !== "'" && char !== "’" : (this.ignoreCase ? char.toLowerCase() : char) !== wanted
      )
        return -1;
      at++;
    }
    return at;
  }
}
