import type { Span } from "../../model/index.js";

export type ActorKind = "group" | "state" | "generic" | "source" | "party";

export interface ActorEntry {
  kind: ActorKind;
  /** ACLED-style name for an event on `day` (names change: Islamic State (Greater Sahara) → (Sahel)). */
  canonicalOn(day: string | null): string;
  /** For generic and state entries: the name still needs the event's country (`{country}`). */
  needsCountry: boolean;
  inter: number | null;
  /** ISO 3166 alpha-2 codes where the actor is active; empty when anywhere. */
  countries: string[];
  /** Country a state-force acronym belongs to (FAMa → ML). */
  country: string | null;
  force: "military" | "police" | null;
  /** Words that name a state's forces only with a nationality before them ("Turkish airstrikes", not "airstrikes"). */
  namedOnly?: true;
  /** A group's place in the lexicon, which lists groups in the order ACLED names them in "A and/or B". */
  listed?: number;
  /** By country, the admin-1 area where a group mostly fights (ONLF: Somali region of Ethiopia). */
  heartlands?: Record<string, string>;
}

export interface ActorMatch extends Span {
  entry: ActorEntry;
  /** Groups the same words mean in a report from their own countries ("Islamic State" in Burkina Faso). */
  regional: ActorEntry[];
  /** Words that name an actor only in reports from the regional entries' countries ("US forces" in Syria). */
  regionalOnly?: true;
}

/** What the actor stage asks of an actor lexicon: every alias found in a text. Implementation: JsonActorLexicon. */
export interface ActorLexicon {
  find(text: string): ActorMatch[];
}
