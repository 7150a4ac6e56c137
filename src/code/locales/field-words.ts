import type { PatternRule } from "../../base/rule.js";

/**
 * A language's words the field steps read (date, place, actors, fatalities), beside the words of `CodingLanguage`
 * that say what happened.
 */
export interface FieldWords {
  /** The one word of killing that always has a doer, even alone ("killed", not "died"). */
  killedWord: RegExp;
  /** A blast told alone ("an explosion", "a tank exploded"): no one is said to cause it. */
  blastWord: RegExp;
  /** What may come before a sentence's subject: a date, a label, an article, the actor's own country. */
  subjectBefore: RegExp;
  /** The words between two figures of a toll that add them up ("12 soldiers and 3 civilians"), to their end. */
  figuresJoined: PatternRule;
  /** The words between two figures that make the second a part of the first ("20 killed, including 5 children"). */
  figuresIncluded: PatternRule;
  /** The words before a place that make it where people were going or coming from ("travelling to Kano"). */
  travelBefore: PatternRule;
  /** The words between a place and an area after it that make the place a part of it ("village of", "outskirts of"). */
  partOfArea: PatternRule;
  /** The words after a place (and a year before it) that make it a past event's name ("the 2008 Mumbai attacks"). */
  pastEventAfter: PatternRule;
  /** The words before the place a sentence gives as where the event happened ("the attack took place in "). */
  sceneStated: PatternRule;
  /** A settlement the event's sentences refer back to without its name ("the town", "le village"). */
  unnamedSettlement: PatternRule;
  /** A state's civilian authorities ("the government", "the governor"): a strategic development's actor1 with no armed actor. */
  government: PatternRule;
}
