import type { PatternRule, Rule } from "../../base/rule.js";
import type { NumberWords } from "../common/numbers.js";
import type { PlaceKind, PlaceSpan } from "./ranking.js";

/** A rule that is a list of words rather than a pattern: "president" before a name makes it a person's. */
export interface WordListRule extends Rule {
  readonly list: ReadonlySet<string>;
}

/**
 * A pattern that ends the text before a name ("the village of ", "according to "). Its Unicode word boundaries are
 * lookarounds tried at every character, so where the words it can end with are listed, only a text that ends with
 * one of them runs it: a check of one word, not a scan of forty characters.
 */
export interface EndingRule extends PatternRule {
  /** Every word, in lower case, that a match can end with (before the white space that ends the text). */
  readonly lastWords?: ReadonlySet<string>;
}

/**
 * A part of a town: a name after "Colonia", "Barangay" or before "neighbourhood" ("in Colonia La Jauja"), whose
 * namesakes elsewhere mislead; the town it is in is the event's place. `before` ends at the name, `noun` is the
 * part's own word written as a name ("Colonia").
 */
export interface NeighbourhoodRule extends Rule {
  readonly before: RegExp;
  readonly after: RegExp;
  readonly noun: RegExp;
}

/** "Haque's report": a possessive after a name, unless a place's noun follows it or a preposition comes before. */
export interface PossessiveRule extends PatternRule {
  /** "'s capital", "'s north": what follows a place's possessive. */
  readonly placeNounAfter: RegExp;
  /** "in", "of": a possessive name after these is a place ("in Kenya's north"). */
  readonly prepositionBefore: RegExp;
}

/**
 * A place named for who is there rather than for what happened there: the words before it (`before`: "members of
 * ") or after it (`pattern`: " Union of Journalists", " government") that make it part of an organisation's name.
 */
export interface InstitutionRule extends PatternRule {
  readonly before: RegExp;
}

/** "a Molotov cocktail": an article before a single word and a noun after it. */
export interface NameBeforeNounRule extends PatternRule {
  /** The lower-case noun after the word (the rule's `pattern` is the article before it). */
  readonly nounAfter: RegExp;
}

/**
 * A monitoring mission named in a report ("the OSCE SMM"), which watches one conflict's areas: the report is about
 * that country (`country`, ISO 3166-1 alpha-2), and its villages are the namesakes in those admin-1 `areas`, the
 * first of them where no village is known.
 */
export interface MonitoredAreaRule extends PatternRule {
  readonly country: string;
  readonly areas: readonly string[];
  /** Towns along the line the mission watches: its villages lie near them, not at the far end of those areas. */
  readonly towns: readonly string[];
  /**
   * The line itself, as [latitude, longitude] points from one end to the other: of several villages of one name, the
   * one on it is the one the mission reports on.
   */
  readonly line?: readonly (readonly [number, number])[];
}

/** The rules a language gives the place stage; the algorithm is the same for every language and emits their ids. */
export interface PlaceRules {
  // Mentions: the rule that found a place, which its mention names.
  /** A kind noun right after the name ("Barsalogho district"), as a pattern on the text after it. */
  readonly nameWithKind: PatternRule;
  readonly qualifiesPlaceBefore: Rule;
  /** Words before a name that make it a place: "in", "near"; "à", "près de". */
  readonly afterPreposition: WordListRule;
  readonly gazetteerName: Rule;
  /** The few prepositions strong enough to admit a loosely spelled name ("in", "à"), ending the text before it. */
  readonly spellingVariant: PatternRule;
  readonly regionAbbreviation: Rule;
  readonly countryAbbreviation: Rule;
  /** Distance with no direction ("12 km from "), with groups distance and unit. */
  readonly distanceFromTown: PatternRule;
  /** Distance, unit, direction before an anchor ("40 km north of "), with groups distance, unit, bearing. */
  readonly distanceBearingFromTown: PatternRule;
  /** "near", "on the outskirts of": within ~25 km. */
  readonly vicinityOfTown: EndingRule;
  /** "between " before the first of two places. */
  readonly betweenTowns: PatternRule;
  // Cues: words that say what a place is.
  /** A kind noun before the name ("the village of", "la commune de"), as a pattern on the text before it. */
  readonly kindBeforeName: EndingRule;
  /** The words before a place people came from ("raiders from", "gunmen coming from"). */
  readonly origin: EndingRule;
  /**
   * A compass part before a country ("northern ", "le sud du "), its direction word in the first group: the country's
   * admin-1 area of that name where it has one ("northern Lebanon" is its North governorate).
   */
  readonly compassPart?: PatternRule;
  /** The words that make a place an organisation's ("the Niamey government", "the Mombasa Traders Union"). */
  readonly organisationName: InstitutionRule;
  /** The words that make a place where a speaker is ("police in Kenema said"). */
  readonly speakerPlace: InstitutionRule;
  // Filters: words that make a known name something other than a place.
  readonly personTitle: WordListRule;
  readonly personVerb: PatternRule;
  readonly weaponName: PatternRule;
  readonly landmarkName: PatternRule;
  readonly accordingTo: EndingRule;
  readonly neighbourhood: NeighbourhoodRule;
  readonly possessivePerson: PossessiveRule;
  /** "Al Jazeera's Doha": a name right after a source's possessive. */
  readonly sourcePossessive: PatternRule;
  /** Capitalised words that are (almost) never places in conflict news. */
  readonly notAPlace: WordListRule;
  /** What follows a country's name or abbreviation that qualifies a noun ("the Myanmar army", "US troops"). */
  readonly qualifiesNoun: PatternRule;
  readonly institutionName: PatternRule;
  readonly otherNameBeforeNoun: NameBeforeNounRule;
  /** Its pattern: the endings of adjectives ("-an", "-ed", "-ous"), which a sentence's first word may bear. */
  readonly partOfLongerName: PatternRule;
  /**
   * The words a language puts after a place's name that leave it the place ("Djibo Hospital"), as a pattern on one
   * lower-case word: any other unknown capitalised word after a small place's name is more of its name.
   */
  readonly startOfLongerName?: PatternRule;
  /** The word before an area that holds the place written before it ("Karz of Kandahar district"), ending a text. */
  readonly areaAfterOf?: PatternRule;
  /** Monitoring missions that say which country and areas a report watches, where the language has them. */
  readonly monitoredAreas?: readonly MonitoredAreaRule[];
}

/**
 * A language's words around place names: what cues a name as a place, what kind of place it is, what makes it a
 * person instead, and how relative places are written, as rules. The algorithm is the same for every language.
 */
export interface PlaceWords {
  locale: string;
  rules: PlaceRules;
  /** Kind nouns and the kind they give: "village" → town, "province" → region. */
  kindNouns: Record<string, PlaceKind>;
  /** Elided words and the word they stand for, for the word before a name: "d" (from "d'Arbinda") → "de". */
  elisions: ReadonlyMap<string, string>;
  /** "and"/"et": a name with it inside is tried whole ("Jammu and Kashmir"). */
  and: string;
  /** Demonyms and their country (ISO 3166-1 alpha-2): "malian" → ML. */
  demonyms: Record<string, string>;
  regionAbbreviations: Record<string, string>;
  countryAbbreviations: Record<string, string>;
  numberWords: NumberWords;
  bearings: Record<string, number>;
  kmPerUnit: Record<string, number>;
}

/** A candidate place with what the text around it says, before it is resolved. */
export interface Found extends PlaceSpan {
  sentence: number;
  /** "Dhaka - Rampura": the place this one is a part of, written before it with a dash. */
  partOf?: Found;
  /** "Amritsar (Punjab)", "Bodhei, Lamu County": the place written before this area, which lies in it. */
  encloses?: Found;
  /** The reverse: the area written after this place, itself perhaps followed by a wider one. */
  enclosedBy?: Found;
}
