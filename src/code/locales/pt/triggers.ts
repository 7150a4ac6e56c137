import { words } from "../../../base/words.js";
import type { TriggerEntry, TriggerRule } from "../coding-language.js";

/**
 * Portuguese trigger words, as rules; see the English list for how they are weighed. Only the words that tell an
 * event and its kind: the other cues of coding are the English ones (see PT_CODING).
 */

export const PT_AIR_STRIKE = {
  id: "pt/trigger/air-strike",
  kind: "trigger",
  description: "Ataques vindos do ar: bombardeamentos aéreos, drones, ataques de aviões ou helicópteros.",
  examples: ["Um drone atingiu o mercado da cidade no domingo e matou cinco pessoas."],
  pattern: words(/\b(bombarde(amentos?|ios?) aéreos?|ataques? aéreos?|drones?|aviões de combate|helicópteros?)\b/i),
  points: "Air/drone strike",
  weight: 3,
} as const satisfies TriggerRule;

export const PT_EXPLOSIVE = {
  id: "pt/trigger/explosive",
  kind: "trigger",
  description: "Um explosivo colocado ou detonado: bombas, engenhos explosivos, minas, carros-bomba, explosões.",
  examples: ["Uma bomba explodiu à passagem de uma patrulha militar perto de Mocímboa da Praia."],
  pattern: words(
    /\b(bombas?|engenhos? explosivos?|artefatos? explosivos?|explosivos?|minas terrestres|carros?-bomba|explos(ão|ões)|explodiu|explodiram)\b/i,
  ),
  points: "Remote explosive/landmine/IED",
  weight: 2.5,
} as const satisfies TriggerRule;

export const PT_CLASH = {
  id: "pt/trigger/clash",
  kind: "trigger",
  description: "Combates entre dois lados: confrontos, combates, tiroteios entre forças.",
  examples: ["Os confrontos entre o exército e os insurgentes deixaram três mortos em Cabo Delgado."],
  pattern: words(/\b(confrontos?|combates?|troca de tiros|tiroteios?|enfrentaram)\b/i),
  points: "Armed clash",
  weight: 2,
} as const satisfies TriggerRule;

export const PT_VIOLENCE = {
  id: "pt/trigger/violence",
  kind: "trigger",
  description: "Violência cujo tipo os lados decidem: ataques, assassinatos, massacres, emboscadas, mortos, feridos.",
  examples: [
    "Homens armados atacaram a aldeia e mataram doze camponeses.",
    "Dois civis morreram num ataque de insurgentes perto de Pemba.",
  ],
  pattern: words(
    /\b(atac(ou|aram|ado|ada|ados|adas|ar)|ataques?|assassin(ou|aram|ado|ada|ados|adas|ato|atos)|mat(ou|aram)|massacres?|emboscadas?|mort(o|os|a|as)|morreram|feridos?|feridas?|incendi(ou|aram))\b/i,
  ),
  points: "violence",
  weight: 1.5,
} as const satisfies TriggerRule;

export const PT_ABDUCTION = {
  id: "pt/trigger/abduction",
  kind: "trigger",
  description: "Pessoas raptadas, sequestradas ou feitas reféns.",
  examples: ["Homens armados raptaram vinte passageiros na estrada na sexta-feira."],
  pattern: words(/\b(rapt(o|os|ou|aram|ados|adas)|sequestr(o|os|ou|aram|ados|adas)|reféns)\b/i),
  points: "Abduction/forced disappearance",
  weight: 3,
} as const satisfies TriggerRule;

export const PT_PROTEST = {
  id: "pt/trigger/protest",
  kind: "trigger",
  description: "Gente que protesta: manifestações, marchas, protestos, greves.",
  examples: ["Centenas de pessoas manifestaram-se em Maputo na segunda-feira contra o custo de vida."],
  pattern: words(/\b(manifesta(ção|ções|ntes|ram)|marchas? de protesto|protest(o|os|aram|ar)|greves?)\b/i),
  points: "Peaceful protest",
  weight: 3,
} as const satisfies TriggerRule;

/** The Portuguese triggers, in order; the English ones follow them in PT_CODING. */
export const PT_TRIGGERS: readonly TriggerEntry[] = [
  PT_AIR_STRIKE,
  PT_EXPLOSIVE,
  PT_CLASH,
  PT_VIOLENCE,
  PT_ABDUCTION,
  PT_PROTEST,
];
