/**
 * ACLED's event taxonomy as data: 6 event types, 25 sub-event types, each with its disorder type and a short
 * definition in our words after ACLED's codebook, so a reader can see why an event got its type.
 */
export interface SubEventType {
  event_type: string;
  sub_event_type: string;
  disorder_type: string;
  definition: string;
}

const POLITICAL = "Political violence";
const DEMONSTRATIONS = "Demonstrations";
const STRATEGIC = "Strategic developments";

export const TAXONOMY: SubEventType[] = [
  {
    event_type: "Battles",
    sub_event_type: "Armed clash",
    disorder_type: POLITICAL,
    definition: "Armed, organised groups fight each other and neither side takes territory.",
  },
  {
    event_type: "Battles",
    sub_event_type: "Government regains territory",
    disorder_type: POLITICAL,
    definition: "State forces or their allies retake territory held by a non-state group.",
  },
  {
    event_type: "Battles",
    sub_event_type: "Non-state actor overtakes territory",
    disorder_type: POLITICAL,
    definition: "A non-state group takes territory from the state or another group by force.",
  },
  {
    event_type: "Explosions/Remote violence",
    sub_event_type: "Chemical weapon",
    disorder_type: POLITICAL,
    definition: "Chemical weapons are used.",
  },
  {
    event_type: "Explosions/Remote violence",
    sub_event_type: "Air/drone strike",
    disorder_type: POLITICAL,
    definition: "Aircraft or drones strike targets.",
  },
  {
    event_type: "Explosions/Remote violence",
    sub_event_type: "Suicide bomb",
    disorder_type: POLITICAL,
    definition: "An attacker detonates explosives they carry or drive.",
  },
  {
    event_type: "Explosions/Remote violence",
    sub_event_type: "Shelling/artillery/missile attack",
    disorder_type: POLITICAL,
    definition: "Artillery, mortars, rockets or missiles are fired from a distance.",
  },
  {
    event_type: "Explosions/Remote violence",
    sub_event_type: "Remote explosive/landmine/IED",
    disorder_type: POLITICAL,
    definition: "A planted or remotely detonated explosive goes off: IED, landmine, car bomb.",
  },
  {
    event_type: "Explosions/Remote violence",
    sub_event_type: "Grenade",
    disorder_type: POLITICAL,
    definition: "A grenade or similar thrown explosive is used.",
  },
  {
    event_type: "Violence against civilians",
    sub_event_type: "Sexual violence",
    disorder_type: POLITICAL,
    definition: "Sexual violence by an organised armed actor against civilians.",
  },
  {
    event_type: "Violence against civilians",
    sub_event_type: "Attack",
    disorder_type: POLITICAL,
    definition: "An organised armed actor attacks unarmed civilians.",
  },
  {
    event_type: "Violence against civilians",
    sub_event_type: "Abduction/forced disappearance",
    disorder_type: POLITICAL,
    definition: "Civilians are abducted, kidnapped or made to disappear.",
  },
  {
    event_type: "Protests",
    sub_event_type: "Peaceful protest",
    disorder_type: DEMONSTRATIONS,
    definition: "Demonstrators gather without violence and are not engaged by force.",
  },
  {
    event_type: "Protests",
    sub_event_type: "Protest with intervention",
    disorder_type: DEMONSTRATIONS,
    definition: "A peaceful protest is dispersed or suppressed without serious injury.",
  },
  {
    event_type: "Protests",
    sub_event_type: "Excessive force against protesters",
    disorder_type: `${POLITICAL}; ${DEMONSTRATIONS}`,
    definition: "Lethal or grave force is used against peaceful protesters.",
  },
  {
    event_type: "Riots",
    sub_event_type: "Violent demonstration",
    disorder_type: DEMONSTRATIONS,
    definition: "Demonstrators engage in violence or vandalism.",
  },
  {
    event_type: "Riots",
    sub_event_type: "Mob violence",
    disorder_type: POLITICAL,
    definition: "A crowd attacks people or property without a protest aim: lynching, communal mobs.",
  },
  {
    event_type: "Strategic developments",
    sub_event_type: "Agreement",
    disorder_type: STRATEGIC,
    definition: "Parties agree: ceasefires, peace deals, prisoner exchanges.",
  },
  {
    event_type: "Strategic developments",
    sub_event_type: "Arrests",
    disorder_type: STRATEGIC,
    definition: "Authorities arrest or detain people in a politically significant way.",
  },
  {
    event_type: "Strategic developments",
    sub_event_type: "Change to group/activity",
    disorder_type: STRATEGIC,
    definition: "A group changes: recruitment, splits, weapons seizures, movements of forces.",
  },
  {
    event_type: "Strategic developments",
    sub_event_type: "Disrupted weapons use",
    disorder_type: STRATEGIC,
    definition: "An attack or explosive is prevented: bombs defused, weapons intercepted.",
  },
  {
    event_type: "Strategic developments",
    sub_event_type: "Headquarters or base established",
    disorder_type: STRATEGIC,
    definition: "A group sets up a base or headquarters.",
  },
  {
    event_type: "Strategic developments",
    sub_event_type: "Looting/property destruction",
    disorder_type: STRATEGIC,
    definition: "Property is looted or destroyed outside a larger violent event.",
  },
  {
    event_type: "Strategic developments",
    sub_event_type: "Non-violent transfer of territory",
    disorder_type: STRATEGIC,
    definition: "Territory changes hands without fighting.",
  },
  {
    event_type: "Strategic developments",
    sub_event_type: "Other",
    disorder_type: STRATEGIC,
    definition: "Another strategically important development.",
  },
];

export type SubEventName = (typeof TAXONOMY)[number]["sub_event_type"];

export function subEventType(name: string): SubEventType {
  const found = TAXONOMY.find((t) => t.sub_event_type === name);
  if (!found) throw new Error(`unknown ACLED sub-event type: ${name}`);
  return found;
}

/** Event types that coders confuse with each other fall in one family: fighting, crowds, or strategic moves. */
export const EVENT_TYPE_FAMILY: Readonly<Record<string, string>> = {
  Battles: "violence",
  "Violence against civilians": "violence",
  "Explosions/Remote violence": "violence",
  Protests: "demonstrations",
  Riots: "demonstrations",
  "Strategic developments": "strategic",
};
