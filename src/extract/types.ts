import type { Span } from "../model/index.js";
import type { AnyMention } from "../model/mentions.js";
import type { CrimeSigns } from "../sources/actors/acled-conventions.js";

/** What every extraction rule reads: the cleaned text, its sentences and the publication date (if known). */
export interface ExtractContext {
  text: string;
  sentences: Span[];
  /** `YYYY-MM-DD` of publication, or null when unknown: relative dates then stay unresolved. */
  publishedDay: string | null;
  /**
   * The day actors are named as of (ISGS was "Islamic State (Greater Sahara)" until 2022): publication, else the
   * latest full date the text states, else null (today's names).
   */
  namingDay?: string | null;
  language: string;
  /** What the report shows of organised crime (`CrimeSigns`). */
  crimeSigns?: CrimeSigns;
}

/**
 * What extraction found out about the report as a whole, handed to coding so that coding never reads the text with
 * extraction's rules again.
 */
export interface SentenceFacts {
  /** The country most of the report's places are in, weighted, and that its one-country groups name (`mainCountry`). */
  mainCountry: string | null;
  /** Sentences about history, yearly tolls or national totals from their first word ("Last year, 40 people died"). */
  background: ReadonlySet<number>;
  /** Sentences that tell another event than the one before ("In another attack, …"): their figures are its own. */
  otherEvent: ReadonlySet<number>;
}

/** A report's mentions, the context they were read in and the facts found about its sentences. */
export interface MentionsFound {
  context: ExtractContext;
  mentions: AnyMention[];
  facts: SentenceFacts;
}
