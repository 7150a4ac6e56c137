// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes
const INVISIBLE_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200d\u2060\ufeff]/g;

/**
 * Unicode NFC, Unix line ends, no-break spaces as spaces, and no control or zero-width characters: the same words
 * typed on different systems become the same string, so rules and hashes see them alike.
 * @example normalizeCharacters("Kaya\u00a0town\r\n") // "Kaya town\n"
 */
export function normalizeCharacters(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00a0\u2007\u202f]/g, " ")
    .replace(INVISIBLE_CHARACTERS, "");
}
