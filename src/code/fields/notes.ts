import type { VigilEvent } from "../../model/index.js";

const VERBS: Record<string, string> = {
  "Armed clash": "clashed with",
  "Government regains territory": "regained territory from",
  "Non-state actor overtakes territory": "took control of territory from",
  "Air/drone strike": "carried out an air or drone strike on",
  "Shelling/artillery/missile attack": "shelled",
  "Suicide bomb": "carried out a suicide bombing against",
  "Remote explosive/landmine/IED": "hit with an explosive device",
  Grenade: "threw a grenade at",
  "Chemical weapon": "used a chemical weapon against",
  Attack: "attacked",
  "Abduction/forced disappearance": "abducted",
  "Sexual violence": "committed sexual violence against",
  "Peaceful protest": "protested",
  "Protest with intervention": "protested and were met by",
  "Excessive force against protesters": "protested and were met with force by",
  "Violent demonstration": "rioted",
  "Mob violence": "attacked as a mob",
  Arrests: "arrested",
  "Looting/property destruction": "looted or destroyed property of",
};

/** The verb where no second side is coded: "clashed", not "clashed with". */
const VERBS_ALONE: Record<string, string> = {
  "Shelling/artillery/missile attack": "fired shells",
  "Remote explosive/landmine/IED": "set off an explosive device",
  "Abduction/forced disappearance": "abducted people",
  "Protest with intervention": "protested and authorities intervened",
  "Excessive force against protesters": "protested and were met with force",
  Arrests: "made arrests",
};

// Notes are written in English whatever the report's language, as ACLED writes them: "clashed with" → "clashed".
const PREPOSITION_AT_END = / (with|from|on|at|against|of|by)$/;
const SPACES = /\s+/g;

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2024-08-24" → "24 August 2024", ACLED's way of writing dates in notes. */
function longDate(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

/**
 * An ACLED-style note built only from the coded fields, so each clause has the evidence of the field it states.
 * @example "On 24 August 2024, JNIM: Group for Support of Islam and Muslims attacked Civilians (Burkina Faso) in Barsalogo (Sanmatenga, Centre-Nord). Fatalities unknown."
 */
export function writeNote(event: VigilEvent, unplacedVillage?: string): string {
  const when = event.event_date
    ? `On ${longDate(event.event_date)}${event.time_precision === 1 ? "" : " (approximate date)"}, `
    : "";
  const who = event.actor1 ?? "an unidentified actor";
  const subEvent = event.sub_event_type ?? "";
  const verb = event.actor2
    ? (VERBS[subEvent] ?? "was involved in an event with")
    : (VERBS_ALONE[subEvent] ?? (VERBS[subEvent] ?? "was involved in an event").replace(PREPOSITION_AT_END, ""));
  const whom = event.actor2 ? ` ${event.actor2}` : "";
  const admin = [event.admin2, event.admin1].filter(Boolean).join(", ");
  // ACLED's way with a village it cannot locate: "in Zorgwendtenga (coded as Kaya at geoprecision 3)".
  const location =
    event.location && unplacedVillage
      ? `${unplacedVillage} (coded as ${event.location} at geoprecision ${event.geo_precision})`
      : event.location;
  const where = location ? ` in ${location}${admin ? ` (${admin})` : ""}` : "";
  const toll =
    event.fatalities === null ? " Fatalities unknown." : event.fatalities > 0 ? ` ${event.fatalities} killed.` : "";
  const tags = event.tags.length ? ` Also reported: ${event.tags.join(", ")}.` : "";
  return `${when}${who} ${verb}${whom}${where}.${toll}${tags}`.replace(SPACES, " ").trim();
}
