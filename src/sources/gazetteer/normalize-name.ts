/**
 * The key place names are matched on: accents, case, apostrophes and hyphens folded, so "Tillabéri",
 * "TILLABERI" and "Fada N'Gourma" / "Fada Ngourma" meet.
 * @example normalizeName("Fada N'Gourma") // "fada ngourma"
 */
export function normalizeName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’ʼ`‘]/g, "")
    .replace(/[-‐–—_.,/()]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Suffixes GeoNames adds to admin names that ACLED leaves out ("Borno State" → "Borno"). */
const ADMIN_AFFIXES =
  /^(province (du|de la|de l'|des|de|of)|region (du|de la|de l'|des|de|of)|provincia de|cercle de|departement de) |\s(state|region|province|governorate|department|prefecture|division|district|oblast|cercle|commune|municipality|territory)$/i;

/** @example adminDisplayName("Sanmatenga Province") // "Sanmatenga" */
export function adminDisplayName(name: string): string {
  const stripped = name.replace(ADMIN_AFFIXES, "").trim();
  return stripped || name;
}
