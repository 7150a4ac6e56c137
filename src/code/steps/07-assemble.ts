import type { EvidenceMap, EvidenceSpan, VigilEvent } from "../../model/index.js";
import type { PlaceMention, PlaceValue } from "../../model/mentions.js";
import { iso2Of } from "../../sources/countries.js";
import type { AdminLevel } from "../../sources/gazetteer/gazetteer.js";
import { evidenceOf } from "../evidence.js";
import { type ChosenActor, INTER_NAMES } from "../fields/actors.js";
import type { Fatalities } from "../fields/fatalities.js";
import { writeNote } from "../fields/notes.js";
import type { TypeStep } from "./01-type.js";
import type { DateStep } from "./02-date.js";
import type { PlaceStep } from "./03-place.js";
import type { ActorsStep } from "./04-actors.js";
import type { Naming } from "./input.js";

/** What the steps decided about one event. */
export interface CodedFields {
  type: TypeStep;
  date: DateStep;
  place: PlaceStep;
  actors: ActorsStep;
  deaths: Fatalities;
  tags: string[];
}

/**
 * Step 7, assembly: the event record from the fields the steps decided, each with the evidence that decided it,
 * its admin areas named as on its day, its confidence and its note.
 */
export function assembleEvent(fields: CodedFields, naming: Naming | undefined): VigilEvent {
  const { type, date, place, actors, deaths, tags } = fields;
  const { attacker, target, assoc1, assoc2, taxonomy } = actors;
  const day = date.date?.date;
  const event: VigilEvent = {
    event_date: date.date?.date ?? null,
    time_precision: date.date?.precision ?? null,
    ...(date.weekdayHint ? { weekday_hint: date.weekdayHint.value.weekday ?? null } : {}),
    ...(date.monthDayHint ? { month_day_hint: date.monthDayHint.value.monthDay ?? null } : {}),
    disorder_type: taxonomy.disorder_type,
    event_type: taxonomy.event_type,
    sub_event_type: taxonomy.sub_event_type,
    actor1: attacker?.name ?? null,
    assoc_actor_1: assoc1?.name ?? null,
    inter1: attacker ? (INTER_NAMES[attacker.inter] ?? null) : null,
    actor2: target?.name ?? null,
    assoc_actor_2: assoc2?.name ?? null,
    inter2: target ? (INTER_NAMES[target.inter] ?? null) : null,
    interaction: interactionOf(attacker, target),
    civilian_targeting: actors.civilianTarget ? "Civilian targeting" : null,
    country: place.country,
    iso3: place.place?.value.iso3 ?? null,
    admin1: adminName(naming, place.place, place.seat, "region", day),
    admin2: adminName(naming, place.place, place.seat, "province", day),
    admin3: null,
    location: locationOf(place),
    latitude: place.seat?.latitude ?? place.place?.value.latitude ?? null,
    longitude: place.seat?.longitude ?? place.place?.value.longitude ?? null,
    // (A village placed at its area is never a point: 2 at least, as ACLED codes it.)
    geo_precision: place.place
      ? place.unplaced && place.place.value.precision === 1
        ? 2
        : place.place.value.precision
      : null,
    fatalities: deaths.fatalities,
    fatalities_low: deaths.low,
    fatalities_high: deaths.high,
    notes: null,
    tags,
    confidence: confidenceOf(type.decision.margin, date.date !== null, place.place, attacker !== null),
    evidence: evidenceMapOf(fields),
  };
  event.notes = writeNote(event, place.unplaced?.text);
  return event;
}

/** Each field's evidence: the words (and rule) that decided it. */
function evidenceMapOf({ type, date, place, actors, deaths }: CodedFields): EvidenceMap {
  const { attacker, target, assoc1, assoc2, civilianTarget } = actors;
  return {
    event_type: [...type.decision.evidence, ...type.decision.overrides],
    sub_event_type: [...type.decision.evidence, ...type.decision.overrides],
    ...(date.date?.mention ? { event_date: [evidenceOf(date.date.mention)] } : {}),
    ...(date.weekdayHint ? { weekday_hint: [evidenceOf(date.weekdayHint)] } : {}),
    ...(date.monthDayHint ? { month_day_hint: [evidenceOf(date.monthDayHint)] } : {}),
    ...(place.place ? placeEvidence(place.place, place.unplaced) : {}),
    ...(attacker?.evidence.length ? { actor1: attacker.evidence } : {}),
    ...(target?.evidence.length ? { actor2: target.evidence } : {}),
    ...(assoc1 ? { assoc_actor_1: assoc1.evidence } : {}),
    ...(assoc2 ? { assoc_actor_2: assoc2.evidence } : {}),
    ...(deaths.evidence.length ? { fatalities: deaths.evidence } : {}),
    ...(civilianTarget && target?.evidence.length ? { civilian_targeting: target.evidence } : {}),
  };
}

function interactionOf(attacker: ChosenActor | null, target: ChosenActor | null): string | null {
  if (!attacker) return null;
  return [attacker, target]
    .filter(Boolean)
    .map((a) => INTER_NAMES[a?.inter ?? 0])
    .join("-");
}

/** The place's name, or the town a relative place is measured from, or the capital a region's event is placed at. */
function locationOf({ place, seat }: PlaceStep): string | null {
  if (!place) return null;
  if (place.value.relative?.distance_km) return place.value.relative.nearest[0] ?? place.value.name;
  return seat?.name ?? place.value.name;
}

/** The place's admin area named as on the event's day (renamed and split areas, see Gazetteer.adminNameOn). */
function adminName(
  naming: Naming | undefined,
  place: PlaceMention | null,
  seat: PlaceValue["seat"],
  level: AdminLevel,
  day: string | undefined,
): string | null {
  const admins = seat ?? place?.value;
  const name = level === "region" ? admins?.admin1 : admins?.admin2;
  const iso2 = iso2Of(place?.value.iso3 ?? null);
  const province = admins?.admin2 ?? undefined;
  return name && naming && iso2 && day ? naming.adminNameOn(iso2, level, name, day, province) : (name ?? null);
}

function placeEvidence(place: PlaceMention, unplaced: PlaceValue["unplaced"]): EvidenceMap {
  // (Which gazetteer placed it: the shipped build or a layer the user imported, so a stored event can be re-checked.)
  const gazetteer = place.value.gazetteer;
  const span: EvidenceSpan = { ...evidenceOf(place), ...(gazetteer ? { gazetteer } : {}) };
  // (The unknown village's words, with the rule that placed it at its area, where the report named one.)
  const village: EvidenceSpan[] = unplaced ? [{ ...unplaced, confidence: 0.5 }] : [];
  return {
    location: [...village, span],
    latitude: [span],
    longitude: [span],
    country: [span],
    admin1: [span],
    admin2: [span],
    geo_precision: [span],
  };
}

function confidenceOf(margin: number, dated: boolean, place: PlaceMention | null, attributed: boolean): number {
  const typeConfidence = Math.min(0.95, 0.5 + margin / 6);
  const parts = [typeConfidence, dated ? 0.9 : 0.4, place ? place.confidence : 0.3, attributed ? 0.85 : 0.5];
  return Number((parts.reduce((a, b) => a + b, 0) / parts.length).toFixed(2));
}
