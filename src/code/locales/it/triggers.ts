import { words } from "../../../base/words.js";
import type { TriggerEntry, TriggerRule } from "../coding-language.js";

/**
 * Italian trigger words, as rules; see the English list for how they are weighed. Only the words that tell an event
 * and its kind: the other cues of coding are the English ones (see IT_CODING).
 */

export const IT_AIR_STRIKE = {
  id: "it/trigger/air-strike",
  kind: "trigger",
  description: "Attacchi dal cielo: raid aerei, bombardamenti aerei, droni, elicotteri da combattimento.",
  examples: ["Un drone ha colpito il mercato della città domenica, uccidendo cinque persone."],
  pattern: words(
    /\b(raid aere[io]|bombardament[io] aere[io]|attacch?i aere[io]|droni?|drone|elicotteri? da combattimento)\b/i,
  ),
  points: "Air/drone strike",
  weight: 3,
} as const satisfies TriggerRule;

export const IT_EXPLOSIVE = {
  id: "it/trigger/explosive",
  kind: "trigger",
  description: "Un esplosivo piazzato o fatto detonare: bombe, ordigni, mine, autobombe, esplosioni.",
  examples: ["Due esplosioni si sono verificate durante un raduno nel centro di Bukavu giovedì."],
  pattern: words(
    /\b(bombe?|ordign[io]( esplosiv[io])?|esplosiv[io]|mine antiuomo|autobomb[ae]|esplosion[ei]|è esploso|sono esplos[ei])\b/i,
  ),
  points: "Remote explosive/landmine/IED",
  weight: 2.5,
} as const satisfies TriggerRule;

export const IT_CLASH = {
  id: "it/trigger/clash",
  kind: "trigger",
  description: "Combattimenti tra due parti: scontri, combattimenti, scontri a fuoco.",
  examples: ["Gli scontri tra l'esercito e i ribelli hanno fatto tre morti vicino a Goma."],
  pattern: words(/\b(scontri( a fuoco)?|combattimenti|si sono scontrat[ie])\b/i),
  points: "Armed clash",
  weight: 2,
} as const satisfies TriggerRule;

export const IT_VIOLENCE = {
  id: "it/trigger/violence",
  kind: "trigger",
  description: "Violenze di cui le parti decidono il tipo: attacchi, uccisioni, massacri, imboscate, morti, feriti.",
  examples: [
    "Uomini armati hanno attaccato il villaggio e ucciso dodici contadini.",
    "Due civili sono morti in un attacco di miliziani vicino a Beni.",
  ],
  pattern: words(
    /\b(attacc(o|hi|ato|ata|ati|ate|ano)|uccis(o|a|i|e)|uccision[ei]|massacr(o|i|ato|ati)|imboscat[ae]|mort(o|a|i|e)|feriti|ferite|incendiat[oaie])\b/i,
  ),
  points: "violence",
  weight: 1.5,
} as const satisfies TriggerRule;

export const IT_ABDUCTION = {
  id: "it/trigger/abduction",
  kind: "trigger",
  description: "Persone rapite, sequestrate o prese in ostaggio.",
  examples: ["Uomini armati hanno rapito venti passeggeri sulla strada venerdì."],
  pattern: words(/\b(rapit[oaie]|rapimento|sequestr(o|ati|ate|ato|ata)|ostaggi)\b/i),
  points: "Abduction/forced disappearance",
  weight: 3,
} as const satisfies TriggerRule;

export const IT_PROTEST = {
  id: "it/trigger/protest",
  kind: "trigger",
  description: "Gente che protesta: manifestazioni, cortei, proteste, scioperi, raduni.",
  examples: ["Centinaia di persone hanno manifestato a Roma lunedì contro la guerra."],
  pattern: words(/\b(manifestazion[ei]|manifestant[ei]|(hanno )?manifestato|cortei?|protest[ae]|scioper[oi])\b/i),
  points: "Peaceful protest",
  weight: 3,
} as const satisfies TriggerRule;

/** The Italian triggers, in order; the English ones follow them in IT_CODING. */
export const IT_TRIGGERS: readonly TriggerEntry[] = [
  IT_AIR_STRIKE,
  IT_EXPLOSIVE,
  IT_CLASH,
  IT_VIOLENCE,
  IT_ABDUCTION,
  IT_PROTEST,
];
