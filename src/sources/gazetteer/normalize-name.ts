/**
 * The key place names are matched on: accents, case, apostrophes and hyphens folded, so "Tillabéri",
 * "TILLABERI" and "Fada N'Gourma" / "Fada Ngourma" meet.
 * @example normalizeName("Fada N'Gourma") // "fada ngourma"
 */
export function normalizeName(name: string): string {
  let key = foldedNames.get(name);
  if (key === undefined) {
    if (foldedNames.size >= FOLDED_NAMES_LIMIT) foldedNames.clear();
    key = fold(name);
    foldedNames.set(name, key);
  }
  return key;
}

/** Extraction and merging fold the same few thousand names again and again: each is folded once. */
const foldedNames = new Map<string, string>();
const FOLDED_NAMES_LIMIT = 100_000;

function fold(name: string): string {
  return (
    name
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/['’ʼ`‘]/g, "")
      .replace(/[-‐–—_.,/()]+/g, " ")
      .replace(/\s+/g, " ")
      .trim()
      // "N Guigmi", "N'Guigmi", "Nguigmi": the Sahel's initial N is written apart, elided or joined.
      .replace(/(^| )n (?=\p{L}{3})/gu, "$1n")
  );
}

/**
 * A looser key for the many ways one name is transliterated, above all French and English spellings of Sahel
 * names: "ou"/"w"/"u", "dj"/"j", "y"/"i", silent h, doubled letters and a final e fold together, as do spaces
 * and hyphens. Only consulted for a cued name the exact key does not know ("the border town of Tinzahuaten").
 * @example spellingKey("Ti-n-Zaouâtene") === spellingKey("Tinzahuaten") // "tinzauatn" both
 */
export function spellingKey(name: string): string {
  return normalizeName(name)
    .replace(/[\s]+/g, "")
    .replace(/ou|w/g, "u")
    .replace(/dj/g, "j")
    .replace(/tch/g, "ch")
    .replace(/y/g, "i")
    .replace(/(?<=[^c s])h|^h/g, "")
    .replace(/(.)\1+/g, "$1")
    .replace(/e$/, "")
    .replace(/e(?=[nr]$)/, "");
}

/**
 * The loosest key, for a village's name as people write it, tried only among the places of the document's country
 * (see PLACE_TRANSLITERATION_VARIANT): on top of spellingKey, "k"/"c"/"q"/"ck"/"qu" fold together and the final vowels
 * go ("Colofata" and "Kolofata", "Kalobeye" and "Kalobeyei" meet).
 * @example transliterationKey("Colofata") === transliterationKey("Kolofata") // "kolofat"
 */
export function transliterationKey(name: string): string {
  return spellingKey(name)
    .replace(/qu|ck|q|c(?!h)/g, "k")
    .replace(/(.)\1+/g, "$1")
    .replace(/[aeiou]+$/, "");
}

/** Suffixes GeoNames adds to admin names that ACLED leaves out ("Borno State" → "Borno", "Nyeri County" → "Nyeri"). */
const ADMIN_AFFIXES =
  /^(province (du|de la|de l'|des|de|of)|region (du|de la|de l'|des|de|of)|provincia de|cercle de|departement de|kabupaten|kota) |\s(state|region|province|governorate|department|prefecture|division|district|oblast|rayon|cercle|commune|municipality|territory|county)$/i;

/** The ʿayn and hamza marks of Arabic transliteration, written as quotes or modifier letters between letters. */
const TRANSLITERATION_MARKS = /(?<=\p{L}\p{L})[‘’ʻʼʽʿʾ`](?=\p{L})|(?<=\p{L})[‘’ʻʼʽʿʾ]$/gu;

/** Letters no Unicode decomposition takes to ASCII. */
const UNDECOMPOSABLE: Record<string, string> = {
  ı: "i",
  İ: "I",
  ł: "l",
  Ł: "L",
  đ: "d",
  Đ: "D",
  ø: "o",
  Ø: "O",
  ß: "ss",
};

/**
 * An admin area's name as ACLED writes it: GeoNames' administrative affixes dropped, transliteration marks too
 * ("Ma’rib" → "Marib", "Ta‘izz" → "Taizz"), and letters in plain ASCII ("Şanlıurfa" → "Sanliurfa", where GeoNames'
 * own ASCII column writes "Kuetahya" for Kütahya and ACLED "Kutahya").
 * @example adminDisplayName("Sanmatenga Province") // "Sanmatenga"
 */
export function adminDisplayName(name: string): string {
  const stripped = name.replace(ADMIN_AFFIXES, "").trim().replace(TRANSLITERATION_MARKS, "");
  return (stripped || name)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[ıİłŁđĐøØß]/g, (letter) => UNDECOMPOSABLE[letter] ?? letter)
    .normalize("NFC");
}
