/** A language's words for numbers, read by `parseNumberWord`. */
export interface NumberWords {
  units: Record<string, number>;
  multipliers: Record<string, number>;
  /** Articles that count one before a multiplier ("a hundred", "a dozen"). */
  articles: readonly string[];
  /** Words that join the parts of a number and count nothing ("one hundred and five", "vingt et un"). */
  joiners: readonly string[];
}

// "8,400": a comma before three digits separates thousands.
const THOUSANDS_COMMA = /,(?=\d{3}\b)/g;
const TOKEN_BREAK = /[\s-]+/;
const DIGITS = /^\d+(\.\d+)?$/;

/**
 * A number written in words or digits with word multipliers: "forty", "twenty-five", "two million", "1.5 million",
 * "a hundred". Returns null when the phrase is not a number.
 * @example parseNumberWord("twenty-five", EN_NUMBER_WORDS) // 25
 */
export function parseNumberWord(phrase: string, words: NumberWords): number | null {
  const tokens = phrase
    .toLowerCase()
    .replace(THOUSANDS_COMMA, "")
    .split(TOKEN_BREAK)
    .filter((t) => t && !words.joiners.includes(t));
  if (tokens.length === 0) return null;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const token of tokens) {
    if (words.articles.includes(token)) {
      current = current || 1;
      continue;
    }
    const digit = DIGITS.test(token) ? Number(token) : undefined;
    const unit = digit ?? words.units[token];
    const multiplier = words.multipliers[token];
    if (unit !== undefined) {
      current += unit;
      seen = true;
    } else if (multiplier !== undefined) {
      current = (current || 1) * multiplier;
      if (multiplier >= 1000) {
        total += current;
        current = 0;
      }
      seen = true;
    } else return null;
  }
  return seen ? Math.round(total + current) : null;
}
