import { words } from "../../../../base/words.js";
import type { ScopeCue } from "../../../common/quantities.js";

const MOIS = "(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)";
const PUBLIÉ = "2024-08-25";

export const FR_SCOPE_LAST_PERIOD = {
  id: "fr/scope/last-period",
  kind: "cue",
  description: 'A figure in a sentence about last year or recent years is background ("l\'année dernière").',
  examples: [{ text: "Les violences ont fait 8 400 morts l'année dernière au Burkina Faso.", published: PUBLIÉ }],
  counterexamples: [
    { text: "Des hommes armés ont tué quatre villageois la nuit dernière à Djibo.", published: PUBLIÉ },
  ],
  pattern: words(
    /\b(l'an(née)? dernière?|l'année précédente|la dernière décennie|depuis (une|dix) ans?|ces dernières années)\b/iu,
  ),
} as const satisfies ScopeCue;

export const FR_SCOPE_SINCE_YEAR = {
  id: "fr/scope/since-year",
  kind: "cue",
  description:
    'A figure counted since a year or since a conflict began is background ("depuis 2015"), unless a superlative ranks the event.',
  examples: [{ text: "Depuis 2015, l'insurrection a fait 20 000 morts au Sahel.", published: PUBLIÉ }],
  counterexamples: [
    { text: "C'est l'attaque la plus meurtrière depuis 2019 : 40 soldats ont été tués.", published: PUBLIÉ },
  ],
  pattern: words(
    new RegExp(
      String.raw`\bdepuis (?:${MOIS} )?(19|20)\d\d\b|\bdepuis le début (du conflit|de la crise|de la guerre|de l'année)\b`,
      "iu",
    ),
  ),
  rankable: true,
} as const satisfies ScopeCue;

export const FR_SCOPE_IN_YEAR = {
  id: "fr/scope/in-year",
  kind: "cue",
  description: "\"En mars 2020, …\": a figure in another year than the publication's is another event's.",
  examples: [{ text: "En mars 2020, des jihadistes ont tué 30 soldats au camp de Boulkessi.", published: PUBLIÉ }],
  counterexamples: [
    { text: "En août 2024, des jihadistes ont tué 30 soldats au camp de Boulkessi.", published: PUBLIÉ },
  ],
  pattern: words(new RegExp(String.raw`\b(en|au cours de) (?:${MOIS} )?(19|20)\d\d\b`, "iu")),
  otherYearOnly: true,
} as const satisfies ScopeCue;

export const FR_SCOPE_NATIONWIDE = {
  id: "fr/scope/nationwide",
  kind: "cue",
  description: 'A figure for the whole country, or a total, is background ("dans tout le pays", "au total").',
  examples: [{ text: "Les inondations ont déplacé 2 millions de personnes dans tout le pays.", published: PUBLIÉ }],
  counterexamples: [{ text: "Les inondations ont déplacé 200 personnes à Kaya.", published: PUBLIÉ }],
  pattern: words(/\b(dans tout le pays|à l'échelle nationale|dans l'ensemble du pays|au total)\b/iu),
} as const satisfies ScopeCue;

export const FR_SCOPE_OTHER_EVENT = {
  id: "fr/scope/other-event",
  kind: "cue",
  description: 'Another event\'s toll is background ("une autre attaque", "deux jours plus tôt").',
  examples: [{ text: "Lors d'une autre attaque, des hommes armés ont tué six cultivateurs.", published: PUBLIÉ }],
  counterexamples: [{ text: "Lors de l'attaque, des hommes armés ont tué six cultivateurs.", published: PUBLIÉ }],
  pattern: words(
    /\b(une autre attaque|une précédente attaque|une attaque similaire|(quelques|deux|trois) (jours|semaines) (plus tôt|auparavant|avant))\b/iu,
  ),
  otherEvent: true,
} as const satisfies ScopeCue;

export const FR_SCOPE_THIS_YEAR = {
  id: "fr/scope/this-year",
  kind: "cue",
  description: 'A figure counted since the start of the year is a running total, background ("cette année").',
  examples: [{ text: "Cette année, 300 personnes ont été tuées dans la région.", published: PUBLIÉ }],
  counterexamples: [{ text: "Samedi, 30 personnes ont été tuées dans la région.", published: PUBLIÉ }],
  pattern: words(/\bdepuis le début de l'année|cette année\b/iu),
} as const satisfies ScopeCue;

/** French scope cues, in the order they are tried: the first that matches names the background. */
export const FR_SCOPE_CUES = [
  FR_SCOPE_LAST_PERIOD,
  FR_SCOPE_SINCE_YEAR,
  FR_SCOPE_IN_YEAR,
  FR_SCOPE_NATIONWIDE,
  FR_SCOPE_OTHER_EVENT,
  FR_SCOPE_THIS_YEAR,
] as const;
