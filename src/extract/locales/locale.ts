import type { ActorLexicon } from "../../sources/actors/actor-lexicon.js";
import type { Gazetteer } from "../../sources/gazetteer/gazetteer.js";
import type { DateLocale } from "../common/dates.js";
import type { QuantityLanguage } from "../common/quantities.js";
import type { ActorMention, AnyMention, ExtractContext, PlaceMention } from "../types.js";

/** A language's rules, in the order the mention stage runs them. */
export interface Locale {
  code: string;
  dates: DateLocale;
  actors(context: ExtractContext, lexicon: ActorLexicon): ActorMention[];
  /** `actors` are never places, and the countries they name make that country's places likelier. */
  places(context: ExtractContext, gazetteer: Gazetteer, actors: ActorMention[]): PlaceMention[];
  quantities: QuantityLanguage;
  attributions(context: ExtractContext, mentions: AnyMention[]): void;
}
