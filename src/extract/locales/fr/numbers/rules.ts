import type { PatternRule, Rule } from "../../../../base/rule.js";
import { wordList, words } from "../../../../base/words.js";
import {
  EN_QUANTITY_BARE_VICTIM,
  EN_QUANTITY_HEDGED,
  EN_QUANTITY_STATED_TOLL,
  EN_QUANTITY_THINGS,
  EN_QUANTITY_UNVERIFIED,
} from "../../en/numbers/rules.js";
import { FR_COUNTED } from "./counted.js";
import { FR_SCOPE_CUES } from "./scope.js";

const MODIFIER = String.raw`(?<modifier>au moins|plus de|près de|environ|quelque|jusqu'à|moins de|pas moins de|au total)\s+`;
const WORD_NUMBER = String.raw`(?:(?:une?\s+)?(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|mille|dizaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine)(?:[\s-](?:et\s+)?(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|cent|cents|mille))*)`;
const DIGIT_NUMBER = String.raw`(?:\d{1,3}(?:[  .]\d{3})+|\d+(?:,\d+)?)(?:\s+(?:cents?|mille|millions?))?`;
const ONE_NUMBER = `(?:${DIGIT_NUMBER}|${WORD_NUMBER})`;

export const FR_QUANTITY_NUMBER = {
  id: "fr/quantity/number",
  kind: "mention",
  description: 'A figure of people in digits or words ("12 soldats", "douze soldats", "8 400 personnes").',
  examples: ["Des jihadistes ont tué 12 soldats près de Djibo.", "Douze commerçants ont été enlevés sur la route."],
  counterexamples: ["L'attaque a eu lieu à 60 km au sud de Fada."],
  // "entre 100 et 150", "100 à 150", "au moins 30", "8 400", "une vingtaine"
  pattern: words(
    new RegExp(
      String.raw`(?<![\p{L}\d,.])(?:${MODIFIER})?(?:entre\s+(?<rangeLow>${ONE_NUMBER})\s+et\s+(?<rangeHigh>${ONE_NUMBER})|(?<low>${ONE_NUMBER})(?:\s*(?:-|–|à|ou)\s*(?<high>${ONE_NUMBER}))?)(?![\p{L}\d])`,
      "giu",
    ),
  ),
} as const satisfies PatternRule;

export const FR_QUANTITY_BOUNDED_NUMBER = {
  id: "fr/quantity/bounded-number",
  kind: "mention",
  description: 'A figure with a modifier that bounds it ("au moins 30", "plus de 200", "jusqu\'à 50").',
  examples: ["Au moins 30 soldats ont été tués dans l'embuscade.", "Des hommes armés ont enlevé plus de 200 élèves."],
} as const satisfies Rule;

export const FR_QUANTITY_RANGE = {
  id: "fr/quantity/range",
  kind: "mention",
  description: 'Two figures that bound one count ("entre 100 et 150", "20 à 30").',
  examples: ["Des hommes armés ont tué entre 100 et 150 villageois à Solhan."],
} as const satisfies Rule;

export const FR_QUANTITY_VAGUE_WORD = {
  id: "fr/quantity/vague-word",
  kind: "mention",
  description: 'A count given in words with no number ("des dizaines de morts", "plusieurs blessés").',
  examples: ["L'attaque a fait des dizaines de morts à Barsalogho.", "Plusieurs soldats ont été blessés."],
  counterexamples: ["Plusieurs villages du département ont voté dimanche."],
  pattern: wordList(
    [
      "plusieurs dizaines",
      "des dizaines",
      "des centaines",
      "des milliers",
      "plusieurs",
      "de nombreux",
      "de nombreuses",
      "nombreux",
    ],
    "gi",
  ),
} as const satisfies PatternRule;

export const FR_QUANTITY_DEATHS_WITHOUT_COUNT = {
  id: "fr/quantity/deaths-without-count",
  kind: "mention",
  description: 'Deaths told without a count ("fosses communes", "lourd bilan", "charnier").',
  examples: [
    "Des villageois ont découvert un charnier après le départ des soldats.",
    "L'attaque a fait un lourd bilan.",
  ],
  pattern: words(
    /\b(fosses? communes?|charniers?|corps (ont été )?(retrouvés|découverts)|lourd bilan|nombreuses victimes|bilan (encore )?inconnu)\b/gi,
  ),
} as const satisfies PatternRule;

export const FR_QUANTITY_STATED_TOLL = {
  id: "fr/quantity/stated-toll",
  kind: "mention",
  description: 'A toll the source states in English as the figure to use (ACLED\'s notes: "fatalities coded as 10").',
  examples: ["Des miliciens ont attaqué plusieurs hameaux. Fatalities coded as 9 and spread across three locations."],
  // (ACLED's notes state their coded tolls in English.)
  pattern: EN_QUANTITY_STATED_TOLL.pattern,
} as const satisfies PatternRule;

export const FR_QUANTITY_BARE_VICTIM = {
  id: "fr/quantity/bare-victim",
  kind: "mention",
  description: 'An English headline quoted in a French page drops the article: "Mob lynches man" counts one killed.',
  examples: ["Nigeria : « Mob lynches suspected thief in Kano market », titrait un journal local."],
  // (French keeps its articles; English headlines quoted in French pages do not.)
  pattern: EN_QUANTITY_BARE_VICTIM.pattern,
} as const satisfies PatternRule;

export const FR_QUANTITY_ONE_KILLED_PASSIVE = {
  id: "fr/quantity/one-killed-passive",
  kind: "mention",
  description:
    "Un passif singulier de meurtre (« un juge a été abattu », « le chef a été tué ») compte un tué, quelle que soit la personne.",
  examples: [
    "Un juge a été abattu par des hommes armés à Gao mardi.",
    "Le secrétaire du village a été égorgé dans sa maison près de Djibo.",
  ],
  counterexamples: ["Le convoi a été attaqué près de Gao lundi.", "Deux bergers ont été tués près de Bama."],
  pattern: words(
    /\b(?:a|avait) été\s+(?:(?:froidement|sauvagement|brutalement|mortellement)\s+)?(?:tuée?|abattue?|assassinée?|exécutée?|égorgée?|décapitée?|lynchée?|retrouvée? morte?)\b/gi,
  ),
} as const satisfies PatternRule;

export const FR_QUANTITY_NOT_A_COUNT = {
  id: "fr/quantity/not-a-count",
  kind: "filter",
  description: "A figure followed by a unit counts no people: distances, durations, money, shares.",
  examples: ["L'attaque a eu lieu à 60 km au sud de Fada.", "Le siège de la ville a duré 3 jours."],
  counterexamples: ["Des hommes armés ont tué 60 villageois au sud de Fada."],
  pattern: words(
    /^\s*(?:%|pour ?cent|km|kilomètres|kms|mètres|m\b|heures?|h\b|jours?|semaines?|mois|ans|années?|minutes?|francs|fcfa|cfa|euros?|dollars|tonnes|kg|litres|hectares)\b/iu,
  ),
} as const satisfies PatternRule;

export const FR_QUANTITY_THINGS = {
  id: "fr/quantity/things",
  kind: "filter",
  description: 'A figure of things, not people ("40 bœufs", "trois véhicules").',
  examples: ["Des voleurs ont emporté 40 bœufs près de Bama.", "Des hommes armés ont incendié trois véhicules."],
  counterexamples: ["Des hommes armés ont tué 40 éleveurs près de Bama."],
  pattern: words(
    new RegExp(
      `${/^\s*(?:sacs?|porcs?|chèvres?|bœufs?|boeufs?|vaches?|moutons?|chameaux|maisons?|boutiques?|obus|véhicules?|voitures?|camions?|motos?)(?!\p{L})/u.source}|${EN_QUANTITY_THINGS.pattern.source}`,
      "iu",
    ),
  ),
} as const satisfies PatternRule;

export const FR_QUANTITY_SINGLE_PERSON = {
  id: "fr/quantity/single-person",
  kind: "mention",
  description: '"un" or "une" before one person harmed counts one ("un enseignant tué", "un soldat blessé").',
  examples: ["Un soldat a été blessé dans l'explosion près de Gao."],
  counterexamples: ["Des hommes armés ont incendié une école près de Kaya."],
  pattern: words(
    /^\s+(?:\p{L}+\s+)?(homme|femme|garçon|fille|enfant|personne|civil|soldat|policier|gendarme|villageois|cultivateur|éleveur|enseignant|élève|chauffeur|commerçant|habitant|chef|imam|pasteur|prêtre|journaliste|militaire|conseiller)(?!\p{L})/iu,
  ),
} as const satisfies PatternRule;

export const FR_QUANTITY_RELATIVE_CLAUSE = {
  id: "fr/quantity/relative-clause",
  kind: "filter",
  description:
    'A person a relative clause describes is no toll ("les proches d\'un homme qui est mort en détention"), unless a word of harm comes first.',
  examples: ["Les proches d'un homme mort qui avait été détenu ont manifesté à Dakar."],
  pattern: words(/^\s+(?:\p{L}+\s+){1,2}(qui|dont)\b/iu),
} as const satisfies PatternRule;

export const FR_QUANTITY_DENIED = {
  id: "fr/quantity/denied",
  kind: "filter",
  description: 'Words just before a death word that deny it ("aucune victime", "sans faire de victimes").',
  examples: ["Les enquêteurs n'ont trouvé aucun charnier près du village."],
  pattern: words(
    /(?<!\p{L})(aucune?|sans(?: faire)?(?: de)?|pas de|ni)\s+$|\b(no|without(?: causing)?(?: any)?|neither|nor)\s+$/iu,
  ),
} as const satisfies PatternRule;

export const FR_QUANTITY_SURVIVED = {
  id: "fr/quantity/survived",
  kind: "cue",
  description: 'After a figure, words that say those people lived ("11 journalistes ont échappé").',
  examples: ["11 journalistes ont échappé de justesse aux tirs sur leur bus."],
  pattern: words(/^\s+(?:[\p{L}'’-]+\s+){0,3}?(ont échappé|ont survécu|sains et saufs|rescapés)\b/iu),
} as const satisfies PatternRule;

export const FR_QUANTITY_UNVERIFIED = {
  id: "fr/quantity/unverified",
  kind: "cue",
  description:
    'Words that leave a figure unverified ("non confirmé", "selon certaines sources"): one only unverified counts no death.',
  examples: ["Selon certaines sources, trois assaillants ont été tués près de Seri."],
  counterexamples: ["Trois assaillants ont été tués près de Seri."],
  pattern: words(
    new RegExp(
      `${/(?<!\p{L})(non confirmé|non vérifié|selon certaines sources)/u.source}|${EN_QUANTITY_UNVERIFIED.pattern.source}`,
      "iu",
    ),
  ),
} as const satisfies PatternRule;

export const FR_QUANTITY_HEDGED = {
  id: "fr/quantity/hedged",
  kind: "cue",
  description: 'Words that make a figure a party\'s claim ("affirme avoir tué"): a toll told plainly wins over it.',
  examples: ["Le groupe armé affirme avoir tué 40 soldats lors du raid."],
  counterexamples: ["Le groupe armé a tué 40 soldats lors du raid."],
  pattern: words(
    new RegExp(
      `${/(?<!\p{L})(a revendiqué avoir|affirme avoir|prétend avoir)/u.source}|${EN_QUANTITY_HEDGED.pattern.source}`,
      "iu",
    ),
  ),
} as const satisfies PatternRule;

export const FR_QUANTITY_COMPARISON = {
  id: "fr/quantity/comparison",
  kind: "filter",
  description: 'A superlative before "depuis …" ranks the event against the past, so the figure stays the event\'s.',
  examples: [
    { text: "C'est l'attaque la plus meurtrière depuis 2019 : 40 soldats ont été tués.", published: "2024-08-25" },
  ],
  pattern: words(
    /\b(la plus meurtrière|le plus meurtrier|la plus grave|le plus grave|la pire|le pire|premi(er|ère))\b/iu,
  ),
} as const satisfies PatternRule;

/** French quantity rules: figures, what they count, and the cues that scope them. */
export const FR_QUANTITY_RULES: readonly Rule[] = [
  FR_QUANTITY_NUMBER,
  FR_QUANTITY_BOUNDED_NUMBER,
  FR_QUANTITY_RANGE,
  FR_QUANTITY_VAGUE_WORD,
  FR_QUANTITY_DEATHS_WITHOUT_COUNT,
  FR_QUANTITY_STATED_TOLL,
  FR_QUANTITY_BARE_VICTIM,
  FR_QUANTITY_ONE_KILLED_PASSIVE,
  FR_QUANTITY_NOT_A_COUNT,
  FR_QUANTITY_THINGS,
  FR_QUANTITY_SINGLE_PERSON,
  FR_QUANTITY_RELATIVE_CLAUSE,
  FR_QUANTITY_DENIED,
  FR_QUANTITY_SURVIVED,
  FR_QUANTITY_UNVERIFIED,
  FR_QUANTITY_HEDGED,
  FR_QUANTITY_COMPARISON,
  ...FR_COUNTED,
  ...FR_SCOPE_CUES,
];
