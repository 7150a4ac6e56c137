import type { PatternRule } from "../../base/rule.js";
import type { ActorMention, AnyMention } from "../../model/mentions.js";
import type { ActorLexicon } from "../../sources/actors/actor-lexicon.js";
import type { DateLocale } from "../common/date-locale.js";
import type { QuantityLanguage } from "../common/quantities.js";
import type { PlaceWords } from "../places/types.js";
import type { ExtractContext } from "../types.js";

/** A language's rules, in the order the mention stage runs them. */
export interface Locale {
  code: string;
  dates: DateLocale;
  actors(context: ExtractContext, lexicon: ActorLexicon): ActorMention[];
  places: PlaceWords;
  /** Words that show organised crime: where ACLED codes gangs, unidentified armed men are then a gang. */
  organisedCrime: PatternRule;
  /** Words of an execution-style killing ("drive-by shooting", "body found"), whose killers ACLED names by country. */
  executionStyle: PatternRule;
  /** A victim's criminal past ("the victim had a criminal record"): where ACLED codes gangs, a gang's member. */
  criminalPast: PatternRule;
  quantities: QuantityLanguage;
  attributions(context: ExtractContext, mentions: AnyMention[]): void;
}
