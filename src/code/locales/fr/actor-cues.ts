import type { PatternRule } from "../../../base/rule.js";
import { words } from "../../../base/words.js";
import type { IdentityRule } from "../coding-language.js";
import {
  AGENT_AFTER,
  AGENT_BEFORE,
  AGENTLESS_HARM,
  ALTERNATIVE,
  ASIDE,
  BORDER_COUNTRY_BEFORE,
  DENIED_RESPONSIBILITY,
  IDENTITIES,
  JOINED,
  LISTED_AFTER,
  OBJECT_BEFORE,
  PASSIVE,
  RELATIVE_BEFORE,
  RESPONSIBILITY,
  SECURITY_FORCES,
  STATE_OWNER_BEFORE,
  STRUCK_DEVICE,
} from "../en/actor-cues.js";

/**
 * French cues for who did it and who suffered it (`en/actor-cues.ts` tells what each is for). Each French pattern
 * also holds the English one: French pages quote English names and wire copy.
 */
const orEnglish = (french: RegExp, english: PatternRule, flags = "iu"): RegExp =>
  new RegExp(`${words(french).source}|${english.pattern.source}`, flags);

export const FR_AGENTLESS_HARM = {
  id: "fr/code/agentless-harm",
  kind: "cue",
  description:
    "Un mot de mort ou de blessure (morts, blessés, explosion) qui, sans acteur armé, peut être un accident.",
  examples: ["Une explosion a fait trois blessés à Goma samedi."],
  counterexamples: ["Des hommes armés ont blessé trois villageois à Goma samedi."],
  pattern: orEnglish(/^(morts?|décès|blessés?|explos(ion|ions|é|ée)s?|détonation)$/i, AGENTLESS_HARM),
} as const satisfies PatternRule;

export const FR_AGENT_AFTER = {
  id: "fr/code/agent-after",
  kind: "cue",
  description: "Les mots après un verbe jusqu'à son agent (« tués par des jihadistes ») : le groupe qui suit l'a fait.",
  examples: ["Trois commerçants ont été tués par des hommes armés du JNIM à Djibo lundi."],
  pattern: orEnglish(/^\s*(?:\S+\s+){0,3}?par\s+(?:des\s+|les\s+|de\s+présumés\s+)?$/i, AGENT_AFTER),
} as const satisfies PatternRule;

export const FR_AGENT_BEFORE = {
  id: "fr/code/agent-before",
  kind: "cue",
  description:
    "Les mots avant un acteur qui en font l'agent d'un verbe au passif avant le déclencheur (« tués par des frappes de l'armée ») : c'est lui l'auteur.",
  examples: [
    "Douze jihadistes du JNIM ont été tués par des soldats maliens lors d'une frappe aérienne près de Boni lundi.",
  ],
  pattern: orEnglish(
    /\b(?:été|était|étaient)\s+\p{L}+\s+par\s+(?:des\s+|les\s+|la\s+|le\s+|l['’]|une?\s+)?$/iu,
    AGENT_BEFORE,
  ),
} as const satisfies PatternRule;

export const FR_RESPONSIBILITY = {
  id: "fr/code/responsibility",
  kind: "cue",
  description: "Des mots près d'un groupe qui l'en tiennent pour responsable (« revendiqué par », « attribué à »).",
  examples: ["Des hommes armés ont tué six éleveurs près de Ménaka lundi. L'EIGS a revendiqué l'attaque mardi."],
  pattern: orEnglish(
    /\b(revendiqu(ée?s?|e|ent)|revendications?|responsab(les?|ilité)|attribu(ée?s?)|imput(ée?s?)|accus(ée?s?|ent))\b/i,
    RESPONSIBILITY,
  ),
} as const satisfies PatternRule;

export const FR_DENIED_RESPONSIBILITY = {
  id: "fr/code/denied-responsibility",
  kind: "cue",
  description:
    "Une phrase qui dit que personne n'a revendiqué, ou qu'un groupe dément : il n'en est pas tenu responsable.",
  examples: ["Des hommes armés ont tué quatre paysans près de Djibo dimanche. Le JNIM dément toute implication."],
  pattern: orEnglish(
    /\b(n'a (pas encore )?été revendiqu(ée?s?)|aucun groupe n'a|non revendiqu(ée?s?)|dément)\b/i,
    DENIED_RESPONSIBILITY,
  ),
} as const satisfies PatternRule;

/** The French words for ACLED's associated actors, by label; the English words still apply. */
const FR_IDENTITY_WORDS: Record<string, { id: string; example: string; words: RegExp }> = {
  Students: {
    id: "fr/code/identity-students",
    example: "Des centaines d'étudiants ont manifesté à Dakar lundi contre la hausse des frais.",
    words: /(?<!\p{L})(étudiants?|élèves|lycéens)(?!\p{L})/iu,
  },
  Teachers: {
    id: "fr/code/identity-teachers",
    example: "Des enseignants en grève ont manifesté à Niamey mardi pour réclamer leurs salaires.",
    words: /(?<!\p{L})(enseignants?|instituteurs|professeurs)(?!\p{L})/iu,
  },
  "Health Workers": {
    id: "fr/code/identity-health-workers",
    example: "Des infirmiers ont manifesté devant le ministère à Bamako mercredi contre les retards de salaire.",
    words: /(?<!\p{L})(agents de santé|médecins|infirmi(?:ers|ères)|soignants)(?!\p{L})/iu,
  },
  Journalists: {
    id: "fr/code/identity-journalists",
    example: "Des journalistes ont manifesté à Conakry vendredi contre l'arrestation d'un confrère.",
    words: /(?<!\p{L})(journalistes?)(?!\p{L})/iu,
  },
  Farmers: {
    id: "fr/code/identity-farmers",
    example: "Des agriculteurs ont manifesté à Bobo-Dioulasso lundi contre le prix des engrais.",
    words: /(?<!\p{L})(agriculteurs|cultivateurs|paysans)(?!\p{L})/iu,
  },
  Fishers: {
    id: "fr/code/identity-fishers",
    example: "Des pêcheurs ont manifesté à Dakar samedi contre les chalutiers étrangers.",
    words: /(?<!\p{L})(pêcheurs)(?!\p{L})/iu,
  },
  "Labour Group": {
    id: "fr/code/identity-labour-group",
    example: "Des ouvriers ont manifesté à Abidjan mardi pour réclamer leurs primes.",
    words: /(?<!\p{L})(travailleurs|ouvriers|employés|syndicalistes)(?!\p{L})/iu,
  },
  "Refugees/IDPs": {
    id: "fr/code/identity-refugees",
    example: "Des déplacés ont manifesté à Kaya dimanche contre la baisse des rations.",
    words: /(?<!\p{L})(réfugiés|déplacés)(?!\p{L})/iu,
  },
  Women: {
    id: "fr/code/identity-women",
    example: "Des femmes ont manifesté à Bamako jeudi contre le couvre-feu.",
    words: /(?<!\p{L})(femmes|filles)(?!\p{L})/iu,
  },
  Children: {
    id: "fr/code/identity-children",
    example: "Des enfants ont manifesté à Bamako lundi contre la fermeture des écoles.",
    words: /(?<!\p{L})(enfants)(?!\p{L})/iu,
  },
};

/** ACLED's associated actors in French reports: the French words and the English, else the English rule itself. */
export const FR_IDENTITIES: readonly IdentityRule[] = IDENTITIES.map((english) => {
  const french = FR_IDENTITY_WORDS[english.label];
  if (!french) return english;
  return {
    id: french.id,
    kind: "cue",
    label: english.label,
    description: `Des mots qui disent qu'une foule ou ses victimes sont ${english.label} (acteur associé d'ACLED).`,
    examples: [french.example],
    pattern: orEnglish(french.words, english),
  };
});

export const FR_LISTED_AFTER = {
  id: "fr/code/listed-after",
  kind: "cue",
  description: "Les gens cités après le premier mot d'une foule (« manifestants et infirmiers ») : ils en sont aussi.",
  examples: ["Des manifestants et des infirmiers ont marché à Bamako mercredi contre les retards de salaire."],
  pattern: orEnglish(/^(?:\s*(?:,|et)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)+/u, LISTED_AFTER, "u"),
} as const satisfies PatternRule;

export const FR_OBJECT_BEFORE = {
  id: "fr/code/object-before",
  kind: "cue",
  description: "Les mots avant un acteur qui en font l'objet d'un verbe (« une attaque contre ») : pas l'auteur.",
  examples: [
    "Lors d'une opération contre les jihadistes du JNIM, les soldats ont tué cinq personnes près de Boni mardi.",
  ],
  pattern: orEnglish(/\b(contre|sur|avec|visant)\s+((les?|la|l'|des|une?|\d+)\s*)*(pro-)?$/iu, OBJECT_BEFORE),
} as const satisfies PatternRule;

/** Used inside the passive-verb patterns of `chooseAttacker` (by its source) as well as alone. */
export const FR_PASSIVE = {
  id: "fr/code/passive",
  kind: "cue",
  description: "Un auxiliaire du passif entre des gens et un verbe (« des soldats ont été tués ») : ils le subissent.",
  examples: ["Cinq soldats ont été tués près de Gao lundi."],
  pattern: orEnglish(/(?<!\p{L})(été|fut|furent)(?!\p{L})/iu, PASSIVE),
} as const satisfies PatternRule;

export const FR_JOINED = {
  id: "fr/code/joined",
  kind: "cue",
  description:
    "Les mots entre deux groupes qui l'ont fait ensemble (« le JNIM et l'EIGS ») : le premier est l'acteur 1.",
  examples: ["Les groupes JNIM et ISGS ont attaqué des soldats à Ménaka lundi."],
  pattern: orEnglish(/^\s*(et|,)\s*$/iu, JOINED),
} as const satisfies PatternRule;

export const FR_ALTERNATIVE = {
  id: "fr/code/alternative",
  kind: "cue",
  description: "Les mots entre deux groupes dont l'un ou l'autre l'a fait (« le JNIM ou l'EIGS ») : « A and/or B ».",
  examples: ["Des hommes armés du JNIM ou ISGS ont tué neuf villageois à Ménaka lundi."],
  pattern: orEnglish(/^\s*(ou|et\/ou)\s*$/, ALTERNATIVE),
} as const satisfies PatternRule;

export const FR_STRUCK_DEVICE = {
  id: "fr/code/struck-device",
  kind: "cue",
  description:
    "Les mots avant un engin qui disent que ses victimes l'ont heurté (« sauté sur une mine ») : qui l'a posé l'a fait.",
  examples: ["Un camion de l'armée a roulé sur un engin explosif posé par des jihadistes près de Boni vendredi."],
  pattern: orEnglish(/(?<!\p{L})(sauté sur|heurté|roulé sur)\s+(?:une?\s+|la\s+|le\s+)?$/iu, STRUCK_DEVICE),
} as const satisfies PatternRule;

export const FR_ASIDE = {
  id: "fr/code/aside",
  kind: "cue",
  description:
    "Une incise entre virgules sur quelqu'un (« , qui sont alliés du JNIM, ») : ses groupes ne sont pas ceux de l'événement.",
  examples: ["Des miliciens de Koglweogo, qui sont alliés de l'armée, ont attaqué le village de Tin lundi."],
  pattern: orEnglish(/,\s*(?:qui|dont|lesquels|lesquelles)(?!\p{L})[^,.;]*,/u, ASIDE, "giu"),
} as const satisfies PatternRule;

export const FR_RELATIVE_BEFORE = {
  id: "fr/code/relative-before",
  kind: "cue",
  description:
    "Un pronom relatif avant le verbe d'une foule (« un élève, qui a frappé ») : le verbe parle de quelqu'un d'autre.",
  examples: [
    "Des étudiants ont manifesté à Dakar lundi pour réclamer justice pour un élève, qui a frappé un gardien à mort.",
  ],
  pattern: orEnglish(
    /(?<!\p{L})(qui|lequel|laquelle)\s+(?:(?:a|ont|avait|avaient)\s+)?(?:\p{L}+ment\s+)?$/iu,
    RELATIVE_BEFORE,
  ),
} as const satisfies PatternRule;

export const FR_STATE_OWNER_BEFORE = {
  id: "fr/code/state-owner-before",
  kind: "cue",
  description: "Les mots avant un pays qui en font le maître d'une armée (« les forces du Tchad ») : pas le lieu.",
  examples: ["Les forces armées du Mali ont tué dix combattants du JNIM à Boni, Douentza, lundi."],
  pattern: orEnglish(
    /(?<!\p{L})(forces|armée|armées|militaires|soldats|troupes|police|gendarmerie|gouvernement|autorités)\s+(de la|du|des|de l['’]|d['’]|de)\s*$/iu,
    STATE_OWNER_BEFORE,
  ),
} as const satisfies PatternRule;

export const FR_BORDER_COUNTRY_BEFORE = {
  id: "fr/code/border-country-before",
  kind: "cue",
  description:
    "Les mots avant un pays qui en font l'autre côté d'une frontière (« près de la frontière avec l'Algérie ») : le voisin, pas le lieu, si le rapport nomme un autre pays.",
  examples: [
    "Des hommes armés ont attaqué un poste de police près de la frontière avec le Niger lundi, tuant deux policiers. L'attaque a eu lieu dans l'est du Burkina Faso.",
  ],
  pattern: orEnglish(/(?<!\p{L})frontières?\s+avec\s+(le\s+|la\s+|les\s+|l['’])?$/iu, BORDER_COUNTRY_BEFORE),
} as const satisfies PatternRule;

export const FR_SECURITY_FORCES = {
  id: "fr/code/security-forces",
  kind: "cue",
  description:
    "Les mots pour les forces d'un État qui ne nomment aucune arme (« forces de sécurité ») : face à une foule, ce sont sa police.",
  examples: [
    "Des commerçants ont manifesté à Niamey lundi contre les taxes ; les forces de défense et de sécurité les ont dispersés au gaz lacrymogène.",
  ],
  pattern: orEnglish(
    /^(?:forces (?:de (?:défense et de )?sécurité|de l['’]ordre)|agents de sécurité)$/iu,
    SECURITY_FORCES,
  ),
} as const satisfies PatternRule;

export const FR_ACTOR_CUES: readonly PatternRule[] = [
  FR_SECURITY_FORCES,
  FR_AGENTLESS_HARM,
  FR_AGENT_AFTER,
  FR_AGENT_BEFORE,
  FR_RESPONSIBILITY,
  FR_DENIED_RESPONSIBILITY,
  ...FR_IDENTITIES.filter((rule) => !IDENTITIES.includes(rule)),
  FR_LISTED_AFTER,
  FR_OBJECT_BEFORE,
  FR_PASSIVE,
  FR_JOINED,
  FR_ALTERNATIVE,
  FR_STRUCK_DEVICE,
  FR_ASIDE,
  FR_RELATIVE_BEFORE,
  FR_STATE_OWNER_BEFORE,
  FR_BORDER_COUNTRY_BEFORE,
];
