import { words } from "../../../base/words.js";
import type { TriggerEntry, TriggerRule } from "../coding-language.js";

/**
 * Spanish trigger words, as rules; see the English list for how they are weighed. Only the words that tell an event
 * and its kind: the other cues of coding are the English ones (see ES_CODING).
 */

export const ES_AIR_STRIKE = {
  id: "es/trigger/air-strike",
  kind: "trigger",
  description: "Ataques desde el aire: bombardeos aéreos, drones, ataques de aviones o helicópteros.",
  examples: ["Un dron atacó el mercado de la ciudad el domingo y mató a cinco personas."],
  pattern: words(
    /\b(bombardeos? aéreos?|ataques? aéreos?|drones?|dron|aviones? de combate|helicópteros? (artillados?|de combate))\b/i,
  ),
  points: "Air/drone strike",
  weight: 3,
} as const satisfies TriggerRule;

export const ES_EXPLOSIVE = {
  id: "es/trigger/explosive",
  kind: "trigger",
  description: "Un explosivo colocado o detonado: bombas, artefactos explosivos, minas, coches bomba, explosiones.",
  examples: ["Una bomba estalló al paso de una patrulla militar cerca de Cúcuta el lunes."],
  pattern: words(
    /\b(bombas?|artefactos? explosivos?|explosivos?|minas? antipersonal|coches? bomba|explosi(ón|ones)|estall(ó|aron))\b/i,
  ),
  points: "Remote explosive/landmine/IED",
  weight: 2.5,
} as const satisfies TriggerRule;

export const ES_CLASH = {
  id: "es/trigger/clash",
  kind: "trigger",
  description: "Combates entre dos bandos: enfrentamientos, combates, choques armados, intercambio de disparos.",
  examples: ["Los enfrentamientos entre el ejército y la guerrilla dejaron tres muertos en el Catatumbo."],
  pattern: words(/\b(enfrentamientos?|combates?|choques? armados?|intercambio de disparos|se enfrentaron)\b/i),
  points: "Armed clash",
  weight: 2,
} as const satisfies TriggerRule;

export const ES_VIOLENCE = {
  id: "es/trigger/violence",
  kind: "trigger",
  description: "Violencia cuyo tipo deciden los bandos: ataques, asesinatos, masacres, emboscadas, muertos, heridos.",
  examples: [
    "Hombres armados atacaron la aldea y asesinaron a doce campesinos.",
    "Dos civiles murieron en un ataque de pandilleros en Puerto Príncipe.",
  ],
  pattern: words(
    /\b(atac(ó|aron|ado|ada|ados|adas|ar)|ataques?|asesin(ó|aron|ado|ada|ados|adas|ato|atos)|mat(ó|aron)|masacres?|emboscadas?|muert(o|os|a|as)|murieron|falleci(dos|das|eron)|herid(o|os|a|as)|incendi(ó|aron))\b/i,
  ),
  points: "violence",
  weight: 1.5,
} as const satisfies TriggerRule;

export const ES_ABDUCTION = {
  id: "es/trigger/abduction",
  kind: "trigger",
  description: "Personas secuestradas, raptadas o tomadas como rehenes.",
  examples: ["Hombres armados secuestraron a veinte pasajeros en la carretera el viernes."],
  pattern: words(/\b(secuestr(o|os|ó|aron|ado|ados|ada|adas)|raptad(o|os|a|as)|rehenes)\b/i),
  points: "Abduction/forced disappearance",
  weight: 3,
} as const satisfies TriggerRule;

export const ES_PROTEST = {
  id: "es/trigger/protest",
  kind: "trigger",
  description: "Gente que protesta: manifestaciones, marchas, protestas, huelgas, plantones.",
  examples: ["Cientos de personas se manifestaron en Bogotá el lunes contra la violencia."],
  pattern: words(/\b(manifesta(ción|ciones|ntes|ron)|marchas? de protesta|protest(a|as|aron|ar)|huelgas?|plantón)\b/i),
  points: "Peaceful protest",
  weight: 3,
} as const satisfies TriggerRule;

/** The Spanish triggers, in order; the English ones follow them in ES_CODING. */
export const ES_TRIGGERS: readonly TriggerEntry[] = [
  ES_AIR_STRIKE,
  ES_EXPLOSIVE,
  ES_CLASH,
  ES_VIOLENCE,
  ES_ABDUCTION,
  ES_PROTEST,
];
