import type { Span } from "../../model/index.js";
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
  places(context: ExtractContext, gazetteer: Gazetteer, excluded: Span[]): PlaceMention[];
  quantities: QuantityLanguage;
  attributions(context: ExtractContext, mentions: AnyMention[]): void;
}
