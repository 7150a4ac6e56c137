import type { NumberWords } from "../../../common/numbers.js";
import type { QuantityLanguage } from "../../../common/quantities.js";
import { BARE_VICTIM, COUNTED_THINGS, HEDGED, STATED_TOLL } from "../../en/numbers/words.js";

export const FR_NUMBER_WORDS: NumberWords = {
  units: {
    zéro: 0,
    un: 1,
    une: 1,
    deux: 2,
    trois: 3,
    quatre: 4,
    cinq: 5,
    six: 6,
    sept: 7,
    huit: 8,
    neuf: 9,
    dix: 10,
    onze: 11,
    douze: 12,
    treize: 13,
    quatorze: 14,
    quinze: 15,
    seize: 16,
    "dix-sept": 17,
    "dix-huit": 18,
    "dix-neuf": 19,
    vingt: 20,
    trente: 30,
    quarante: 40,
    cinquante: 50,
    soixante: 60,
  },
  // "une vingtaine" is about twenty: the approximate nouns multiply like "cent".
  multipliers: {
    dizaine: 10,
    vingtaine: 20,
    trentaine: 30,
    quarantaine: 40,
    cinquantaine: 50,
    soixantaine: 60,
    centaine: 100,
    cent: 100,
    cents: 100,
    mille: 1000,
    million: 1_000_000,
    millions: 1_000_000,
  },
};

const MODIFIER = String.raw`(?<modifier>au moins|plus de|près de|environ|quelque|jusqu'à|moins de|pas moins de|au total)\s+`;
const WORD_NUMBER = String.raw`(?:(?:une?\s+)?(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|mille|dizaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine)(?:[\s-](?:et\s+)?(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|cent|cents|mille))*)`;
const DIGIT_NUMBER = String.raw`(?:\d{1,3}(?:[  .]\d{3})+|\d+(?:,\d+)?)(?:\s+(?:cents?|mille|millions?))?`;
const ONE_NUMBER = `(?:${DIGIT_NUMBER}|${WORD_NUMBER})`;
// "entre 100 et 150", "100 à 150", "au moins 30", "8 400", "une vingtaine"
const NUMBER_PHRASE = new RegExp(
  String.raw`(?<![\p{L}\d,.])(?:${MODIFIER})?(?:entre\s+(?<rangeLow>${ONE_NUMBER})\s+et\s+(?<rangeHigh>${ONE_NUMBER})|(?<low>${ONE_NUMBER})(?:\s*(?:-|–|à|ou)\s*(?<high>${ONE_NUMBER}))?)(?![\p{L}\d])`,
  "giu",
);
const VAGUE_PHRASE =
  /\b(plusieurs dizaines|des dizaines|des centaines|des milliers|plusieurs|de nombreux|de nombreuses|nombreux)\b/gi;
const UNCOUNTED_DEATHS =
  /\b(fosses? communes?|charniers?|corps (ont été )?(retrouvés|découverts)|lourd bilan|nombreuses victimes|bilan (encore )?inconnu)\b/gi;
const AFTER = String.raw`^(?:[\s,]+(?:[\p{L}'’-]+[\s,]+){0,5}?)`;
const BEFORE_MODIFIER = String.raw`\s+(?:au moins\s+|plus de\s+|près de\s+|environ\s+)?$`;

/** French words for counting people ("au moins 15 civils tués", "une vingtaine de morts", "8 400 personnes"). */
export const FR_QUANTITIES: QuantityLanguage = {
  locale: "fr",
  numberWords: FR_NUMBER_WORDS,
  numberPhrase: NUMBER_PHRASE,
  vaguePhrase: VAGUE_PHRASE,
  uncountedDeaths: UNCOUNTED_DEATHS,
  modifiers: {
    "au moins": "open-above",
    "plus de": "open-above",
    "pas moins de": "open-above",
    "jusqu'à": "up-to",
    "moins de": "below",
  },
  counted: [
    {
      counts: "killed",
      after: new RegExp(
        `${AFTER}(tu(é|ée|és|ées)|morts?|décédés?|décès|victimes|corps|cadavres|ont péri|ont perdu la vie|massacré(s|es)?|exécuté(s|es)?|abattu(s|es)?)`,
        "iu",
      ),
      before: new RegExp(
        `\\b(tuant|tué|faisant|bilan de|bilan (provisoire|officiel) de|mort de|la mort de|décès de|exécuté)${BEFORE_MODIFIER}`,
        "iu",
      ),
    },
    {
      counts: "wounded",
      after: new RegExp(`${AFTER}(blessé(s|es)?|blessures)`, "iu"),
      before: new RegExp(`\\b(blessant|blessé)${BEFORE_MODIFIER}`, "iu"),
    },
    {
      counts: "missing",
      after: new RegExp(`${AFTER}(disparu(s|es)?|portés? disparus?)`, "iu"),
      before: /\b(disparition de)\s+$/iu,
    },
    {
      counts: "abducted",
      after: new RegExp(`${AFTER}(enlevé(s|es)?|kidnappé(s|es)?|otages|pris en otage)`, "iu"),
      before: new RegExp(`\\b(enlevant|enlèvement de|enlevé|kidnappé)${BEFORE_MODIFIER}`, "iu"),
    },
    {
      counts: "displaced",
      after: new RegExp(`${AFTER}(déplacé(s|es)?|réfugié(s|es)?|ont fui)`, "iu"),
      before: /\b(déplaçant|déplacement de)\s+$/iu,
    },
    {
      counts: "arrested",
      after: new RegExp(`${AFTER}(arrêté(s|es)?|interpellé(s|es)?|détenu(s|es)?)`, "iu"),
      before: /\b(arrestation de|interpellation de)\s+$/iu,
    },
  ],
  peopleNouns:
    /^\s+(?:de\s+|d')?(?:[\p{L}'’-]+\s+){0,2}?(personnes|civils|soldats|militaires|villageois|habitants|fidèles|femmes|enfants|hommes|policiers|gendarmes|élèves|passagers|jihadistes|djihadistes|terroristes|assaillants|combattants|membres|individus|victimes)\b/iu,
  notACount:
    /^\s*(?:%|pour ?cent|km|kilomètres|kms|mètres|m\b|heures?|h\b|jours?|semaines?|mois|ans|années?|minutes?|francs|fcfa|cfa|euros?|dollars|tonnes|kg|litres|hectares)\b/iu,
  things: new RegExp(
    `${/^\s*(?:sacs?|porcs?|chèvres?|bœufs?|boeufs?|vaches?|moutons?|chameaux|maisons?|boutiques?|obus|véhicules?|voitures?|camions?|motos?)(?!\p{L})/u.source}|${COUNTED_THINGS.source}`,
    "iu",
  ),
  // (ACLED's notes state their coded tolls in English.)
  statedToll: STATED_TOLL,
  // (French keeps its articles; English headlines quoted in French pages do not.)
  bareVictim: BARE_VICTIM,
  denied:
    /(?<!\p{L})(aucune?|sans(?: faire)?(?: de)?|pas de|ni)\s+$|\b(no|without(?: causing)?(?: any)?|neither|nor)\s+$/iu,
  clauseBreak:
    /[,;]\s|\s(?:en représailles|en guise de représailles)(?!\p{L})|\s(?:as (?:a )?(?:reprisal|retaliation)|in (?:reprisal|retaliation))\b/giu,
  hedged: new RegExp(
    `${/(?<!\p{L})(non confirmé|non vérifié|selon certaines sources|a revendiqué avoir|affirme avoir|prétend avoir)/u.source}|${HEDGED.source}`,
    "iu",
  ),
  survived: /^\s+(?:[\p{L}'’-]+\s+){0,3}?(ont échappé|ont survécu|sains et saufs|rescapés)\b/iu,
  comparison: /\b(la plus meurtrière|le plus meurtrier|la plus grave|le plus grave|la pire|le pire|premi(er|ère))\b/iu,
  backgroundCues: [
    {
      name: "last-period",
      pattern:
        /\b(l'an(née)? dernière?|l'année précédente|la dernière décennie|depuis (une|dix) ans?|ces dernières années)\b/iu,
    },
    {
      name: "since-year",
      pattern:
        /\bdepuis (?:(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) )?(19|20)\d\d\b|\bdepuis le début (du conflit|de la crise|de la guerre|de l'année)\b/iu,
    },
    {
      name: "in-year",
      pattern:
        /\b(en|au cours de) (?:(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) )?(19|20)\d\d\b/iu,
    },
    { name: "nationwide", pattern: /\b(dans tout le pays|à l'échelle nationale|dans l'ensemble du pays|au total)\b/iu },
    {
      name: "other-event",
      pattern:
        /\b(une autre attaque|une précédente attaque|une attaque similaire|(quelques|deux|trois) (jours|semaines) (plus tôt|auparavant|avant))\b/iu,
    },
    { name: "this-year", pattern: /\bdepuis le début de l'année|cette année\b/iu },
  ],
  thousands: /^\d{1,3}([  .]\d{3})+$/,
  singlePerson:
    /^\s+(?:\p{L}+\s+)?(homme|femme|garçon|fille|enfant|personne|civil|soldat|policier|gendarme|villageois|cultivateur|éleveur|enseignant|élève|chauffeur|commerçant|habitant|chef|imam|pasteur|prêtre|journaliste|militaire|conseiller)(?!\p{L})/iu,
  insertedPart:
    /,\s*(?:dont|parmi (?:eux|elles|lesquels|lesquelles)|en majorité|pour la plupart)(?!\p{L})[^,.;]{1,60},/iu,
  listContinuation: /^\s+(?:\p{L}+\s+){0,2}(?:et|,)\s+$/iu,
};
