import type { PatternRule, Rule } from "../../../../base/rule.js";
import { words } from "../../../../base/words.js";

const PUBLIÉ = "2024-08-25";

export const FR_DATE_CHRONO = {
  id: "fr/date/chrono",
  kind: "mention",
  description:
    'A date as chrono-node\'s French parser reads it: a day written out ("le 12 août 2024") or counted from publication ("hier").',
  examples: [
    { text: "Des hommes armés ont attaqué le village de Tanga le 12 août 2024.", published: PUBLIÉ },
    { text: "L'armée a repoussé hier une attaque contre le camp de Djibo.", published: PUBLIÉ },
  ],
} as const satisfies Rule;

export const FR_DATE_WEEKDAY_BEFORE_PUBLICATION = {
  id: "fr/date/weekday-before-publication",
  kind: "mention",
  description: 'A weekday alone ("samedi") is the most recent such day on or before publication.',
  examples: [
    { text: "Des jihadistes ont pillé samedi le marché de Kaya.", published: PUBLIÉ },
    { text: "Deux commerçants ont été enlevés mardi près de Gao.", published: PUBLIÉ },
  ],
} as const satisfies Rule;

export const FR_DATE_WEEKDAY_WITH_MODIFIER = {
  id: "fr/date/weekday-with-modifier",
  kind: "mention",
  description:
    'A weekday with "dernier" or "prochain" is the one chrono-node counts: "lundi dernier" dit un lundi est une semaine avant.',
  examples: [{ text: "Dimanche dernier, des jihadistes ont incendié deux camions près de Dori.", published: PUBLIÉ }],
  counterexamples: [{ text: "Dimanche, des jihadistes ont incendié deux camions près de Dori.", published: PUBLIÉ }],
  pattern: words(/\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(?:dernier|prochain)\b/i),
} as const satisfies PatternRule;

export const FR_DATE_RANGE_END = {
  id: "fr/date/range-end",
  kind: "mention",
  description:
    'A range written with a word ("du 14 août au jeudi 22 août") names its last day too, as a mention of its own; the event keeps the first.',
  examples: [{ text: "Le couvre-feu a duré du 10 août au 20 août à Kaya.", published: PUBLIÉ }],
  counterexamples: [{ text: "Des affrontements les 20 et 21 août ont fait 16 morts à Djibo.", published: PUBLIÉ }],
  pattern: words(/\s+(?:au|jusqu'au)\s+/i),
} as const satisfies PatternRule;

export const FR_DATE_BETWEEN_TWO_DAYS = {
  id: "fr/date/between-two-days",
  kind: "mention",
  description:
    'An event told over a night or two days ("dans la nuit du dimanche 27 au lundi 28 octobre", "du 9 au 10 juin 2021") starts on the first; its weekday, when written, is the first day\'s.',
  examples: [
    "Dans la nuit du dimanche 27 au lundi 28 octobre, des assaillants ont attaqué une base militaire.",
    "Du 9 au 10 juin 2021, des hommes armés ont incendié le marché de Solhan.",
  ],
  counterexamples: ["Le couvre-feu a duré du 10 août au 20 septembre à Kaya."],
  pattern: words(
    /\bdu\s+(?:(dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi)\s+)?(\d{1,2})(?:er)?\s+au\s+(?:(?:dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi)\s+)?\d{1,2}\s+(janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)(?:\s+(\d{4}))?\b/i,
  ),
} as const satisfies PatternRule;

export const FR_DATE_RELATIVE_WEEK = {
  id: "fr/date/relative-week",
  kind: "mention",
  description: 'A week with no number ("la semaine dernière") dates an event to within that week.',
  examples: [
    { text: "La semaine dernière, des hommes armés ont incendié trois écoles près de Fada.", published: PUBLIÉ },
  ],
  pattern: words(/semaine/i),
} as const satisfies PatternRule;

export const FR_DATE_MONTH = {
  id: "fr/date/month",
  kind: "mention",
  description: 'A month with no day ("il y a 3 mois") dates an event to that month.',
  examples: [{ text: "Il y a 3 mois, des jihadistes ont attaqué le camp de Djibo.", published: PUBLIÉ }],
} as const satisfies Rule;

export const FR_DATE_WEEKDAY_BEFORE_WRITTEN_DATE = {
  id: "fr/date/weekday-before-written-date",
  kind: "resolver",
  description:
    "With no publication day, a weekday alone is the last such day on or before the latest full date the report writes.",
  examples: ["Les rebelles ont bombardé le camp lundi. Un communiqué daté du vendredi 14 juin 2024 le confirme."],
} as const satisfies Rule;

export const FR_DATE_YEAR_FROM_WRITTEN_DATES = {
  id: "fr/date/year-from-written-dates",
  kind: "resolver",
  description:
    "With no publication day, a day and month without a year take their year from the dates the report writes with one.",
  examples: ["Le 8 mars 2022, la police a arrêté un commerçant. Il avait été menacé le 2 mars par les mêmes agents."],
} as const satisfies Rule;

export const FR_DATE_YEAR_FROM_WEEKDAY = {
  id: "fr/date/year-from-weekday",
  kind: "resolver",
  description:
    'With no publication day and no year written anywhere, a weekday with its day and month ("ce lundi 31 mars") is the latest such day up to today: the weekday fixes the year.',
  examples: ["Ce lundi 31 mars, des hommes armés ont attaqué la prison de Mirebalais et libéré les détenus."],
} as const satisfies Rule;

export const FR_DATE_BACKGROUND_PERIOD = {
  id: "fr/date/background-period",
  kind: "filter",
  description:
    'A period named with no number ("ce mois", "l\'année dernière") dates no event; a week is kept as a week.',
  examples: [
    { text: "Les violences ont fait plus de 8 000 morts l'année dernière au Burkina Faso.", published: PUBLIÉ },
  ],
  counterexamples: [{ text: "Les attaques ont augmenté en mars 2024 au Burkina Faso.", published: PUBLIÉ }],
  pattern: words(/\b(semaines?|mois|ans?|années?)\b/i),
} as const satisfies PatternRule;

export const FR_DATE_FUTURE = {
  id: "fr/date/future",
  kind: "cue",
  description: 'Words before a date that put it in the future ("lundi prochain", "doit se tenir dimanche").',
  examples: [{ text: "Le scrutin doit se tenir dimanche au Niger.", published: PUBLIÉ }],
  counterexamples: [{ text: "Le scrutin s'est tenu dimanche au Niger.", published: PUBLIÉ }],
  pattern: words(/\b(prochain|prochaine|sera|seront|doit|devrait|prévu|prévue)\b[^.]{0,25}$/i),
} as const satisfies PatternRule;

export const FR_DATE_STATEMENT = {
  id: "fr/date/statement",
  kind: "cue",
  description: 'Words right before a date that date a statement, not the event ("a déclaré lundi").',
  examples: [{ text: "Trois soldats ont été tués à Kidal, a déclaré lundi l'armée malienne.", published: PUBLIÉ }],
  counterexamples: [{ text: "Trois soldats ont été tués lundi à Kidal.", published: PUBLIÉ }],
  pattern: words(
    /\b(a déclaré|a affirmé|a annoncé|a indiqué|a précisé|ont déclaré|ont annoncé|a-t-il déclaré|dans un communiqué)\s+(?:ce\s+|le\s+)?$/i,
  ),
} as const satisfies PatternRule;

export const FR_DATE_STATEMENT_AFTER = {
  id: "fr/date/statement-after",
  kind: "cue",
  description:
    'A reporting verb right after a date ("le gouverneur, dimanche, a confirmé") dates the statement, not the event.',
  examples: [
    { text: "Le gouverneur de Mopti, dimanche, a confirmé que neuf pêcheurs avaient été tués.", published: PUBLIÉ },
    { text: "La police de Kaya, vendredi, a annoncé l'arrestation de deux suspects.", published: PUBLIÉ },
  ],
  counterexamples: [{ text: "Des hommes armés ont tué dimanche neuf pêcheurs près de Mopti.", published: PUBLIÉ }],
  pattern: words(/^\s*,?\s*(?:a|ont)\s+(?:déclaré|annoncé|confirmé|indiqué|affirmé|précisé)\b/i),
} as const satisfies PatternRule;

export const FR_DATE_IGNORED = {
  id: "fr/date/ignored",
  kind: "filter",
  description:
    'Expressions too vague to date an event ("maintenant", "désormais"). "Aujourd\'hui" is not one: it is the publication day.',
  examples: [{ text: "Maintenant, les habitants de Kaya n'osent plus aller aux champs.", published: PUBLIÉ }],
  counterexamples: [{ text: "Aujourd'hui, des élèves ont manifesté à Kaya.", published: PUBLIÉ }],
  pattern: words(/^(maintenant|désormais)$/i),
} as const satisfies PatternRule;

export const FR_DATE_WEEKDAY_ABBREVIATION = {
  id: "fr/date/weekday-abbreviation-in-name",
  kind: "filter",
  description:
    "A weekday's abbreviation alone names no day but a word or a name's part, unless a day number or a full stop follows it.",
  examples: [
    { text: "Des hommes armés ont attaqué des pêcheurs en mer près de Bakassi le 3 mai 2024.", published: PUBLIÉ },
    { text: "Les ouvriers de la société Ven ont fait grève à Bamako le 3 mai 2024.", published: PUBLIÉ },
  ],
  counterexamples: [
    { text: "Publié le ven. 3 mai 2024 : des hommes armés ont attaqué un car près de Kidal.", published: PUBLIÉ },
  ],
  pattern: /^(?:lun|mar|mer|jeu|ven|sam|dim)$/i,
  dated: /^\.|^,?\s*\d/,
} as const satisfies PatternRule & { dated: RegExp };

export const FR_DATE_NAME_WITH_DATE = {
  id: "fr/date/name-with-date",
  kind: "filter",
  description:
    "Un jour et un mois qui font partie du nom d'un mouvement ou d'une alliance (« le Mouvement du 23 mars », « la Coalition du 14 mars ») ne datent rien.",
  examples: [
    { text: "Le Mouvement du 23 mars (M23) a pris le contrôle de Goma lundi.", published: PUBLIÉ },
    { text: "Les partisans de la Coalition du 14 mars ont manifesté à Beyrouth vendredi.", published: PUBLIÉ },
  ],
  counterexamples: [{ text: "Le 23 mars, les combattants du mouvement sont entrés dans Goma.", published: PUBLIÉ }],
  before: /\b(?:mouvement|alliance|coalition|front|révolution)\s+(?:du|des|de la)\s*$/i,
  after: /^\s+(?:[A-Z][a-z]+\s+){0,2}(?:Movement|Mouvement)\b/,
} as const satisfies Rule & { before: RegExp; after: RegExp };

export const FR_DATE_DATELINE = {
  id: "fr/date/dateline",
  kind: "cue",
  description:
    'A date at the top of a page alone on its line, or after a "date" label, an upper-case place or a weekday, dates the page, not the event.',
  examples: ["BAMAKO, 3 mars 2024 (AFP) - Des hommes armés ont tué deux éleveurs près de la ville."],
  counterexamples: ["Le 3 mars 2023, des hommes armés ont attaqué un village près de Kaya."],
  // No "i" flag: with it, \p{Lu} would match lower-case letters too and any short clause would pass for a place.
  pattern: words(
    /^\s*(?:[Dd]ate\s+|\p{Lu}[\p{Lu} .'-]{2,30},\s*|(?:[Ll]undi|[Mm]ardi|[Mm]ercredi|[Jj]eudi|[Vv]endredi|[Ss]amedi|[Dd]imanche),\s*)$/u,
  ),
} as const satisfies PatternRule;

/** A preposition that opens a date ("depuis 2023", "en mars"): the story's date, never a dateline. */
export const FR_EVENT_PREPOSITION = words(/^(en|depuis|dès|vers|à|au)\b/i);

/** French date rules, in the order the date stage applies them. */
export const FR_DATE_RULES: readonly Rule[] = [
  FR_DATE_NAME_WITH_DATE,
  FR_DATE_CHRONO,
  FR_DATE_BETWEEN_TWO_DAYS,
  FR_DATE_IGNORED,
  FR_DATE_WEEKDAY_ABBREVIATION,
  FR_DATE_BACKGROUND_PERIOD,
  FR_DATE_WEEKDAY_BEFORE_PUBLICATION,
  FR_DATE_WEEKDAY_WITH_MODIFIER,
  FR_DATE_RANGE_END,
  FR_DATE_RELATIVE_WEEK,
  FR_DATE_MONTH,
  FR_DATE_FUTURE,
  FR_DATE_STATEMENT,
  FR_DATE_STATEMENT_AFTER,
  FR_DATE_WEEKDAY_BEFORE_WRITTEN_DATE,
  FR_DATE_YEAR_FROM_WRITTEN_DATES,
  FR_DATE_YEAR_FROM_WEEKDAY,
  FR_DATE_DATELINE,
];
