import type { Span } from "./evidence.js";

/** What extraction finds in a report, as the coding stage reads it (the output contract is `mention.ts`). */
export interface MentionBase extends Span {
  rule: string;
  confidence: number;
  /** Index into ExtractContext.sentences. */
  sentence: number;
  /** Who the report says this comes from ("according to the NRC"), when it says so. */
  attribution?: Attribution;
}

export interface Attribution extends Span {
  source: string;
  rule: string;
}

export interface DateValue {
  date: string | null;
  precision: 1 | 2 | 3;
  /** Day the expression names before any correction (chrono's reading), for weekday re-anchoring. */
  stated: boolean;
  range?: { from: string; to: string };
  /** Month and day ("07-30") of a date stated without a year in a report with no publication day ("le 30 juillet"). */
  monthDay?: string;
  /** The weekday a bare "on Tuesday" names (0 = Sunday), kept because with no publication day it is all we know. */
  weekday?: number;
  /** A day counted back in months or years ("a year ago"): what the news is compared with, not an event date. */
  background?: boolean;
  /** Expressions about the future ("next week") are not event dates. */
  future?: boolean;
  /** When someone spoke ("HRW said Friday"), not when the event happened: at most an upper bound on it. */
  statement?: boolean;
  /** The page's own date at its top ("date 2024-03-11", "ABIDJAN, March 15, 2025 (AFP) -"): when it was published. */
  dateline?: boolean;
}

export interface DateMention extends MentionBase {
  kind: "date";
  value: DateValue;
}

export interface PlaceCandidate {
  geonames_id: string;
  name: string;
  country: string | null;
  admin1: string | null;
  feature_code: string;
  population: number;
  latitude: number;
  longitude: number;
  score: number;
}

export interface PlaceValue {
  name: string;
  latitude: number | null;
  longitude: number | null;
  country: string | null;
  iso3: string | null;
  admin1: string | null;
  admin2: string | null;
  geonames_id: string | null;
  feature_code: string | null;
  /** The gazetteer layer and version the place came from (`Place.source`). */
  gazetteer?: string;
  /** A point derived from another place ("40 km north of Kaya"): the anchor and offset. */
  relative?: { anchor: string; distance_km: number | null; bearing: string | null; nearest: string[] };
  /** 1 town or site, 2 near a town or a district, 3 a region or country: ACLED's geo_precision. */
  precision: 1 | 2 | 3;
  /**
   * Where country and admin areas come from: the gazetteer's codes for a named place, or the admin boundaries the
   * point falls in (a derived point: "40 km north of Kaya", "between X and Y").
   */
  admin_source?: "gazetteer" | "boundaries";
  /**
   * The town an admin-1 area or a country is governed from, where ACLED places events known only to the area, with
   * the admin areas it lies in (a country's event is coded to its capital's region).
   */
  seat?: { name: string; latitude: number; longitude: number; admin1: string | null; admin2: string | null };
  /**
   * The words that named a village no gazetteer layer knows, in this area ("the village of X, Y province"): an event
   * there is placed at the area, and says so (PLACE_UNKNOWN_VILLAGE).
   */
  unplaced?: Span & { rule: string };
  /** Where people came from ("attackers from South Sudan"), not where they acted: no scene of an event. */
  origin?: true;
  /**
   * Named for an organisation or a speaker ("the Niamey government", "the Mombasa Traders Union", "police in
   * Kenema said"): where they are, the scene only where the report names no other place.
   */
  institution?: true;
  candidates: PlaceCandidate[];
}

export interface PlaceMention extends MentionBase {
  kind: "place";
  value: PlaceValue;
}

/** "party": a political party named, no armed side, but a country cue and a crowd's associated actor. */
export type ActorRole = "actor" | "source" | "party";

export interface ActorValue {
  name: string;
  /** ACLED-style name; for generic words ("gunmen") a template filled with the country later ("Unidentified Armed Group ({country})"). */
  canonical: string;
  inter: number | null;
  role: ActorRole;
  generic: boolean;
  country: string | null;
  /** What the words would name in a report from these countries (ISO 3166 alpha-2), decided once it is known. */
  regional?: { countries: string[]; canonical: string; inter: number | null; listed?: number }[];
  /** The words name an actor only in reports from its `regional` countries ("US forces" in Syria). */
  regionalOnly?: true;
  /** Where the lexicon lists its group: "A and/or B" names the groups in that order, as ACLED does. */
  listed?: number;
  /** By country, the admin-1 area where the group mostly fights: where a report that names no place is put. */
  heartlands?: Record<string, string>;
  /** A drug dealer or gang member ("an alleged drug dealer"): a side of its own against unidentified armed men. */
  criminal?: true;
}

export interface ActorMention extends MentionBase {
  kind: "actor";
  value: ActorValue;
}

export type CountedThing = "killed" | "wounded" | "missing" | "abducted" | "displaced" | "arrested" | "people";

export interface QuantityValue {
  low: number | null;
  high: number | null;
  /** A count given in words with no number ("dozens", "mass graves"). */
  vague: string | null;
  counts: CountedThing;
  /** "event": about the reported incident; "background": a yearly toll, a national total, history. */
  scope: "event" | "background";
  scope_evidence?: Span & { rule: string };
  /** Told as unverified ("some reports state", "unconfirmed") or as a party's claim ("claimed that … killed 20"): a
   * toll given without such words wins over it, and an unverified one alone counts no death. */
  hedged?: "unverified" | "claim";
  /** The figure the source says to use ("fatalities coded as 10"): it stands over every other toll. */
  stated?: true;
}

export interface QuantityMention extends MentionBase {
  kind: "quantity";
  value: QuantityValue;
}

export type AnyMention = DateMention | PlaceMention | ActorMention | QuantityMention;
