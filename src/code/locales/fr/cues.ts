import type { PatternRule } from "../../../base/rule.js";
import { words } from "../../../base/words.js";
import {
  ATTRIBUTED_ONLY,
  CROWD_VIOLENCE,
  DIPLOMACY,
  DISPUTE,
  EN_TYPE_WORDS,
  GRAVE_HARM,
  GRIEVANCE,
  KILLING,
  MOB_JUSTICE,
  PHOTO_CAPTION,
  RECIPROCAL_FIGHTING,
  SEPARATE_EVENT,
} from "../en/cues.js";

/**
 * French cues of the coding stage; see the English ones. English words still apply, as French pages quote English
 * names and wire copy: each French cue matches its French words or the English cue's, case-blind.
 */

/** A French pattern or an English one, as one pattern through `words()`. */
export const either = (a: RegExp, b: RegExp, flags = "iu") => words(new RegExp(`${a.source}|${b.source}`, flags));

export const FR_NON_CONFLICT = {
  id: "fr/code/non-conflict",
  kind: "cue",
  description: "Catastrophes, accidents, épidémies et diplomatie : pas un événement, sauf si un acteur armé y agit.",
  examples: ["Des inondations ont détruit cent maisons à Niamey lundi."],
  pattern: words(
    /\b(inondations?|séismes?|tremblements? de terre|cyclones?|tempêtes?|glissements? de terrain|sécheresse|épidémie|choléra|accident|naufrage|effondrement|incendie (s'est déclaré|accidentel)|visite|sommet|diplomat(e|es|ique)|ambassadeur|sanctions|accord commercial)\b/iu,
  ),
} as const satisfies PatternRule;

export const FR_DIPLOMACY = {
  id: "fr/code/diplomacy",
  kind: "cue",
  description:
    "La diplomatie (diplomates, ambassadeurs, expulsions, sommets) : même un mot de manifestation n'y fait pas un événement.",
  examples: ["Des centaines de personnes ont manifesté à Bamako après l'expulsion de l'ambassadeur."],
  pattern: either(/\b(diplomates?|ambassadeurs?|expuls(é|és|ion)|sommet|bilatéra(l|le|ux))\b/, DIPLOMACY.pattern),
} as const satisfies PatternRule;

export const FR_ATTRIBUTED_ONLY = {
  id: "fr/code/attributed-only",
  kind: "cue",
  description:
    "Les mots juste avant un mot de violence qui n'en font que ce qu'on dément, reproche ou sanctionne, pas son récit.",
  examples: [
    "Le mouvement a démenti être responsable de l'embuscade",
    "L'armée a rejeté les accusations selon lesquelles ses soldats ont attaqué le village de Tin-Hama",
  ],
  counterexamples: ["Des hommes armés ont tué quatre paysans près de Djibo dimanche ; le JNIM a revendiqué l'attaque."],
  pattern: either(
    /\b(dément(i)? (\S+ ){0,6}(être derrière|être responsable d[eu']|toute implication dans)|rejet(é|te) les accusations( \S+){0,8}|sanctions (\S+ ){0,6}(pour|après))( \S+){0,3} ?$/iu,
    ATTRIBUTED_ONLY.pattern,
  ),
} as const satisfies PatternRule;

export const FR_PHOTO_CAPTION = {
  id: "fr/code/photo-caption",
  kind: "cue",
  description: "Une légende ou un crédit de photo (« Photo : AFP », « (Photo d'illustration) », « © Reuters »).",
  examples: ["La police patrouille dans une rue de Goma. Photo : AFP"],
  pattern: either(/\bPhoto\s*(?::|d['’]illustration)|©\s*[A-Z]/, PHOTO_CAPTION.pattern),
} as const satisfies PatternRule;

export const FR_CROWD_VIOLENCE = {
  id: "fr/code/crowd-violence",
  kind: "cue",
  description: "Un verbe de violence dont une foule peut être le sujet (« des habitants ont lynché »).",
  examples: ["Des habitants ont lynché un homme accusé de vol à Bukavu."],
  pattern: either(
    /^(attaqué|agressé|lynché|battu|frappé|tabassé|incendié|saccagé|affronté|blessé|tué)$/,
    CROWD_VIOLENCE.pattern,
  ),
} as const satisfies PatternRule;

export const FR_MOB_JUSTICE = {
  id: "fr/code/mob-justice",
  kind: "cue",
  description: "Des victimes qu'une foule prend pour des criminels (« un voleur présumé », « des sorciers »).",
  examples: ["Des habitants ont battu à mort un voleur présumé à Bukavu."],
  pattern: either(
    /(?<!\p{L})(présumés? (voleurs?|bandits?|sorciers?|sorcières?|ravisseurs?)|voleurs?|sorciers?|sorcières?)(?!\p{L})/iu,
    MOB_JUSTICE.pattern,
  ),
} as const satisfies PatternRule;

export const FR_DISPUTE = {
  id: "fr/code/dispute",
  kind: "cue",
  description:
    "Une querelle derrière des violences (« un litige foncier », « avec des machettes ») : des gens, pas des groupes armés.",
  examples: ["Des affrontements entre deux familles à cause d'un litige foncier ont fait trois morts près de Beni."],
  pattern: either(
    /(?<!\p{L})(litiges? foncier|conflits? foncier|différend|querelle|rixe|bagarre|avec des (bâtons|haches|machettes|pierres|gourdins))/iu,
    DISPUTE.pattern,
  ),
} as const satisfies PatternRule;

export const FR_GRIEVANCE = {
  id: "fr/code/grievance",
  kind: "cue",
  description: "Les mots après une manifestation qui disent ce qu'elle dénonce (« contre », « pour exiger »).",
  examples: ["Des étudiants ont manifesté à Dakar pour exiger la libération de leurs camarades."],
  pattern: either(
    /(?<!\p{L})(contre|pour (exiger|réclamer|dénoncer|protester contre)|exigeant|réclamant|dénonçant|condamnant)(?!\p{L})/iu,
    GRIEVANCE.pattern,
  ),
} as const satisfies PatternRule;

export const FR_SEPARATE_EVENT = {
  id: "fr/code/separate-event",
  kind: "cue",
  description: "Une phrase qui ouvre un autre événement que le précédent (« dans une autre attaque », « ailleurs, »).",
  examples: [
    "Des hommes armés ont tué deux paysans à Tanwa lundi. Dans une autre attaque, des bandits ont enlevé cinq commerçants à Zurmi.",
  ],
  pattern: either(
    /(?<!\p{L})(une? autre (attaque|incident|embuscade|explosion|frappe|affrontement)|une? (attaque|incident) distincte?|séparément,)|^\W*ailleurs,/iu,
    SEPARATE_EVENT.pattern,
  ),
} as const satisfies PatternRule;

export const FR_KILLING = {
  id: "fr/code/killing",
  kind: "cue",
  description: "Un mot de meurtre (« tué », « exécuté ») : des personnes enlevées puis tuées ont été attaquées.",
  examples: ["Des hommes armés ont enlevé un chef de village près de Zurmi et l'ont exécuté."],
  pattern: either(/^(tu[ée]|ex[ée]cut|assassin|égorg|massacr)/iu, KILLING.pattern),
} as const satisfies PatternRule;

export const FR_RECIPROCAL_FIGHTING = {
  id: "fr/code/reciprocal-fighting",
  kind: "cue",
  description: "Un mot de combat entre deux camps (affrontements, accrochages, heurts), pas les tirs d'un seul.",
  examples: ["Des affrontements ont opposé des soldats à des rebelles près de Beni."],
  pattern: either(/^(affrontements?|combats?|accrochages?|heurts?)$/, RECIPROCAL_FIGHTING.pattern),
} as const satisfies PatternRule;

/** The words of the codebook's overrides in French pages: the English ones, with French fighting words. */
export const FR_GRAVE_HARM = {
  id: "fr/code/grave-harm",
  kind: "cue",
  description:
    "Un mot de violence grave contre des personnes (tué, blessé, abattu) : la force qui l'inflige à des manifestants est excessive.",
  examples: [
    "Des manifestants ont bloqué une route à Conakry lundi ; les gendarmes en ont tué deux.",
    "Des manifestants ont marché à Bobo-Dioulasso vendredi, et la police a blessé quatre manifestants par balle.",
  ],
  counterexamples: ["Des commerçants ont manifesté à Bobo-Dioulasso vendredi ; la police les a dispersés."],
  pattern: either(
    /^(tu[ée]|bless|abattu|ouvert le feu|tir[ée] (sur|à balles)|mort|décéd|poignard)/iu,
    GRAVE_HARM.pattern,
  ),
} as const satisfies PatternRule;

export const FR_TYPE_WORDS = { ...EN_TYPE_WORDS, reciprocal: FR_RECIPROCAL_FIGHTING, graveHarm: FR_GRAVE_HARM };

/** Every French cue of the coding stage. */
export const FR_CODE_CUES: readonly PatternRule[] = [
  FR_GRAVE_HARM,
  FR_NON_CONFLICT,
  FR_DIPLOMACY,
  FR_PHOTO_CAPTION,
  FR_ATTRIBUTED_ONLY,
  FR_CROWD_VIOLENCE,
  FR_MOB_JUSTICE,
  FR_DISPUTE,
  FR_GRIEVANCE,
  FR_SEPARATE_EVENT,
  FR_KILLING,
  FR_RECIPROCAL_FIGHTING,
];
