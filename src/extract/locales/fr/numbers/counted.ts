import { words } from "../../../../base/words.js";
import type { CountedRule } from "../../../common/quantities.js";

// A figure's own words come right after it, past up to five others ("15 civils, dont trois enfants, tués").
const AFTER = String.raw`^(?:[\s,]+(?:[\p{L}'’-]+[\s,]+){0,5}?)`;
const BEFORE_MODIFIER = String.raw`\s+(?:au moins\s+|plus de\s+|près de\s+|environ\s+)?$`;
const after = (alternatives: string) => words(new RegExp(`${AFTER}(${alternatives})`, "iu"));
const before = (alternatives: string) => words(new RegExp(`\\b(${alternatives})${BEFORE_MODIFIER}`, "iu"));

export const FR_COUNTS_KILLED = {
  id: "fr/quantity/counts-killed",
  kind: "cue",
  description: 'Words after or before a figure that say it counts the dead ("12 civils tués", "faisant 12 morts").',
  examples: ["Des hommes armés ont tué 12 civils près de Djibo.", "L'attaque a fait 7 morts à Kaya."],
  counts: "killed",
  after: after(
    "tu(é|ée|és|ées)|morts?|décédés?|décès|victimes|corps|cadavres|ont péri|ont perdu la vie|massacré(s|es)?|exécuté(s|es)?|abattu(s|es)?",
  ),
  before: before("tuant|tué|faisant|bilan de|bilan (provisoire|officiel) de|mort de|la mort de|décès de|exécuté"),
} as const satisfies CountedRule;

export const FR_COUNTS_WOUNDED = {
  id: "fr/quantity/counts-wounded",
  kind: "cue",
  description: 'Words after or before a figure that say it counts the wounded ("20 blessés", "blessant 20").',
  examples: ["Une mine a touché le bus près de Gao, blessant 14 passagers.", "Neuf soldats ont été blessés."],
  counts: "wounded",
  after: after("blessé(s|es)?|blessures"),
  before: before("blessant|blessé"),
} as const satisfies CountedRule;

export const FR_COUNTS_MISSING = {
  id: "fr/quantity/counts-missing",
  kind: "cue",
  description: 'Words after or before a figure that say it counts the missing ("cinq pêcheurs portés disparus").',
  examples: ["Après l'attaque du camp, cinq pêcheurs sont portés disparus."],
  counts: "missing",
  after: after("disparu(s|es)?|portés? disparus?"),
  before: words(/\b(disparition de)\s+$/iu),
} as const satisfies CountedRule;

export const FR_COUNTS_ABDUCTED = {
  id: "fr/quantity/counts-abducted",
  kind: "cue",
  description: 'Words after or before a figure that say it counts people taken ("20 passagers enlevés").',
  examples: ["Des bandits ont enlevé 20 passagers sur la route de Kaduna.", "Trente élèves ont été kidnappés."],
  counts: "abducted",
  after: after("enlevé(s|es)?|kidnappé(s|es)?|otages|pris en otage"),
  before: before("enlevant|enlèvement de|enlevé|kidnappé"),
} as const satisfies CountedRule;

export const FR_COUNTS_DISPLACED = {
  id: "fr/quantity/counts-displaced",
  kind: "cue",
  description: 'Words after or before a figure that say it counts the displaced ("3 000 habitants ont fui").',
  examples: ["Les combats ont fait 3 000 déplacés à Djibo."],
  counts: "displaced",
  after: after("déplacé(s|es)?|réfugié(s|es)?|ont fui"),
  before: words(/\b(déplaçant|déplacement de)\s+$/iu),
} as const satisfies CountedRule;

export const FR_COUNTS_ARRESTED = {
  id: "fr/quantity/counts-arrested",
  kind: "cue",
  description: 'Words after or before a figure that say it counts people arrested ("40 manifestants interpellés").',
  examples: ["La police a dispersé la marche à Dakar : 40 manifestants ont été interpellés."],
  counts: "arrested",
  after: after("arrêté(s|es)?|interpellé(s|es)?|détenu(s|es)?"),
  before: words(/\b(arrestation de|interpellation de)\s+$/iu),
} as const satisfies CountedRule;

/** What figures count, in order: the first group that matches wins. */
export const FR_COUNTED = [
  FR_COUNTS_KILLED,
  FR_COUNTS_WOUNDED,
  FR_COUNTS_MISSING,
  FR_COUNTS_ABDUCTED,
  FR_COUNTS_DISPLACED,
  FR_COUNTS_ARRESTED,
] as const;
