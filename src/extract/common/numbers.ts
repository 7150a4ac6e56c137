export interface NumberWords {
  units: Record<string, number>;
  multipliers: Record<string, number>;
}

/**
 * A number written in words or digits with word multipliers: "forty", "twenty-five", "two million", "1.5 million",
 * "a hundred". Returns null when the phrase is not a number.
 * @example parseNumberWord("twenty-five", EN_NUMBER_WORDS) // 25
 */
export function parseNumberWord(phrase: string, words: NumberWords): number | null {
  const tokens = phrase
    .toLowerCase()
    .replace(/,(?=\d{3}\b)/g, "")
    .split(/[\s-]+/)
    .filter((t) => t && t !== "and");
  if (tokens.length === 0) return null;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const token of tokens) {
    if (token === "a" || token === "an") {
      current = current || 1;
      continue;
    }
    const digit = /^\d+(\.\d+)?$/.test(token) ? Number(token) : undefined;
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
