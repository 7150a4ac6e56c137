import { words } from "../../../base/words.js";
import type { TriggerEntry, TriggerRule } from "../coding-language.js";

/**
 * French trigger words, as rules; see the English list for how they are weighed. Every pattern goes through
 * `words()`: JavaScript's `\b` does not see "é", so "tué", "enlevé" or "émeutiers" matched nothing before.
 */

export const FR_AIR_STRIKE = {
  id: "fr/trigger/air-strike",
  kind: "trigger",
  description: "Frappes d'avions et de drones : frappes aériennes, drones, raids aériens, hélicoptères.",
  examples: ["Une frappe de drone a touché le marché de Kidal mardi, tuant quatre personnes."],
  pattern: words(
    /\b(frappes? (de drones?|aériennes?|de l'aviation)|drones?|bombardements? aériens?|raids? aériens?|avions? de chasse|hélicoptères?)\b/i,
  ),
  points: "Air/drone strike",
  weight: 3,
} as const satisfies TriggerRule;

export const FR_SHELLING = {
  id: "fr/trigger/shelling",
  kind: "trigger",
  description: "Tirs de loin : obus, artillerie, mortiers, roquettes, missiles, bombardements.",
  examples: ["Des obus sont tombés sur la ville de Goma jeudi matin."],
  pattern: words(
    /\b(obus|tirs? d'artillerie|artillerie|mortiers?|roquettes?|missiles?|bombardements?|pilonn(é|age))\b/i,
  ),
  points: "Shelling/artillery/missile attack",
  weight: 3,
} as const satisfies TriggerRule;

export const FR_SUICIDE_BOMB = {
  id: "fr/trigger/suicide-bomb",
  kind: "trigger",
  description: "Un assaillant qui se fait exploser : kamikazes, attentats-suicides, ceintures d'explosifs.",
  examples: ["Un kamikaze s'est fait exploser devant une mosquée de Maiduguri lundi."],
  pattern: words(/\b(kamikazes?|attentat[- ]suicide|s'est fait exploser|ceinture d'explosifs)\b/i),
  points: "Suicide bomb",
  weight: 4,
} as const satisfies TriggerRule;

export const FR_IED = {
  id: "fr/trigger/ied",
  kind: "trigger",
  description:
    "Un explosif posé ou déclenché à distance : engins explosifs improvisés, mines, voitures piégées, explosions.",
  examples: ["Un engin explosif improvisé a explosé au passage d'un convoi près de Djibo."],
  pattern: words(
    /\b(engins? explosifs?( improvisés?)?|ieds?|mines? (antipersonnel|artisanales?)|voiture piégée|bombes?|explos(ion|ions|é|ée)s?|détonation)\b/i,
  ),
  points: "Remote explosive/landmine/IED",
  weight: 2.5,
} as const satisfies TriggerRule;

export const FR_GRENADE = {
  id: "fr/trigger/grenade",
  kind: "trigger",
  description: "Des grenades lancées.",
  examples: ["Une grenade a été lancée dans un bar de Bujumbura samedi soir."],
  pattern: words(/\bgrenades?\b/i),
  points: "Grenade",
  weight: 3.5,
} as const satisfies TriggerRule;

export const FR_CLASH = {
  id: "fr/trigger/clash",
  kind: "trigger",
  description: "Des combats entre deux camps : affrontements, accrochages, échanges de tirs, une attaque repoussée.",
  examples: ["Des affrontements ont opposé l'armée aux rebelles près de Beni lundi."],
  pattern: words(
    /\b(affrontements?|combats?|accrochages?|échanges? de tirs|ont combattu|repouss(é|ée|és)|riposte|offensive)\b/i,
  ),
  points: "Armed clash",
  weight: 2,
} as const satisfies TriggerRule;

export const FR_VIOLENCE = {
  id: "fr/trigger/violence",
  kind: "trigger",
  description: "Des violences dont les camps décident le type : attaques, tueries, embuscades, morts, blessés.",
  examples: [
    "Des hommes armés ont attaqué le village de Tanwa et tué douze personnes.",
    "Deux civils ont été tués par des hommes armés près de Djibo.",
  ],
  pattern: words(
    /\b(attaqu(e|es|é|ée|és|ées|ent|aient)|attentats?|tu(é|ée|és|ées|ant)|massacr(e|es|é|és)|tuerie|abattu(s)?|exécut(é|és|ions?)|assassin(é|és|at)|égorg(é|és)|embuscades?|assaut|incendi(é|és|ées)|morts?|décès|blessés?)\b/i,
  ),
  points: "violence",
  weight: 1.5,
} as const satisfies TriggerRule;

export const FR_OVERTAKE = {
  id: "fr/trigger/overtake",
  kind: "trigger",
  description: "Un groupe prend le contrôle d'un lieu.",
  examples: ["Les rebelles ont pris le contrôle de la ville de Bunagana mercredi."],
  pattern: words(
    /\b(pris le contrôle|prise de contrôle|s'(est|sont) emparés?|tomb(é|ée) (aux|entre les) mains|contrôlent désormais|pris la ville)\b/i,
  ),
  points: "Non-state actor overtakes territory",
  weight: 3,
} as const satisfies TriggerRule;

export const FR_REGAIN = {
  id: "fr/trigger/regain",
  kind: "trigger",
  description: "Un lieu repris ou libéré : repris, reconquis, libéré.",
  examples: ["L'armée a repris la ville de Kamituga aux rebelles lundi."],
  pattern: words(/\b(repris|reprise de|reconquis|libér(é|ée)) (le contrôle|la ville|la localité|le camp)?/i),
  points: "Government regains territory",
  weight: 3.5,
} as const satisfies TriggerRule;

export const FR_ABDUCTION = {
  id: "fr/trigger/abduction",
  kind: "trigger",
  description: "Des personnes enlevées, kidnappées ou prises en otage.",
  examples: ["Des hommes armés ont enlevé vingt passagers sur la route de Kaduna vendredi."],
  pattern: words(/\b(enlev(é|és|ées|ement|ements)|kidnapp(é|és|ing)|pris en otages?|otages?|rapt)\b/i),
  points: "Abduction/forced disappearance",
  weight: 3,
} as const satisfies TriggerRule;

export const FR_PROTEST = {
  id: "fr/trigger/protest",
  kind: "trigger",
  description: "Des gens qui protestent : manifestations, marches, rassemblements, grèves, sit-in.",
  examples: ["Des centaines de personnes ont manifesté à Dakar lundi contre la vie chère."],
  pattern: words(
    /\b(manifest(ation|ations|ants?|é|er|ent)|march(e|é) (pacifique|de protestation)|sit-in|rassemblement|grève|protest(ation|er|ent))\b/i,
  ),
  points: "Peaceful protest",
  weight: 3,
} as const satisfies TriggerRule;

export const FR_INTERVENTION = {
  id: "fr/trigger/intervention",
  kind: "trigger",
  description: "La force qui disperse une manifestation : gaz lacrymogènes, canons à eau, balles en caoutchouc.",
  examples: ["La police a dispersé les manifestants à Conakry jeudi."],
  pattern: words(/\b(gaz lacrymogènes?|dispers(é|er|ée)|canons? à eau|balles en caoutchouc)\b/i),
  points: "Protest with intervention",
  weight: 2,
} as const satisfies TriggerRule;

export const FR_RIOT = {
  id: "fr/trigger/riot",
  kind: "trigger",
  description: "Des émeutes : émeutiers, pneus brûlés, jets de pierres, saccages.",
  examples: ["Des émeutiers ont incendié des pneus à Kinshasa mardi."],
  pattern: words(/\b(émeutes?|émeutiers|pneus brûlés|jets? de pierres|saccag(é|és))\b/i),
  points: "Violent demonstration",
  weight: 2.5,
} as const satisfies TriggerRule;

export const FR_MOB = {
  id: "fr/trigger/mob",
  kind: "trigger",
  description: "La violence d'une foule : lynchages, vindicte ou justice populaire, foule en colère.",
  examples: ["Une foule a lynché un voleur présumé au marché de Bukavu."],
  pattern: words(/\b(lynch(é|age)|vindicte populaire|foule en colère|justice populaire)\b/i),
  points: "Mob violence",
  weight: 3,
} as const satisfies TriggerRule;

export const FR_ARREST = {
  id: "fr/trigger/arrest",
  kind: "trigger",
  description: "Des personnes arrêtées, interpellées ou placées en garde à vue.",
  examples: ["La police a arrêté trois militants à Niamey vendredi."],
  pattern: words(/\b(arrêt(é|és|ées|ation|ations)|interpell(é|és|ation)|gardes? à vue|détenus?)\b/i),
  points: "Arrests",
  weight: 1.8,
} as const satisfies TriggerRule;

export const FR_LOOTING = {
  id: "fr/trigger/looting",
  kind: "trigger",
  description: "Des biens pillés, du bétail emporté, des maisons incendiées.",
  examples: ["Les assaillants ont pillé des boutiques à Tillabéri dimanche."],
  pattern: words(
    /\b(pill(é|és|age|ages)|emport(é|ant) du bétail|vol(é|és) du bétail|incendi(é|ant) (des )?(maisons|boutiques|greniers))\b/i,
  ),
  points: "Looting/property destruction",
  weight: 1.5,
  tag: "looting",
} as const satisfies TriggerRule;

export const FR_NON_VIOLENT_COERCION = {
  id: "fr/trigger/non-violent-coercion",
  kind: "trigger",
  description: "Des hommes armés qui gouvernent par ordres : interdictions, expulsions, couvre-feu, zakat, prêches.",
  examples: ["Les jihadistes ont ordonné aux habitants de quitter le village de Tanwa."],
  pattern: words(
    /(?<!\p{L})(interdi(t|rent|sent|saient) (\p{L}+ ){0,3}(les cultures|la circulation|les marchés|l'accès|aux populations|aux habitants)|ordonn(é|èrent) aux (habitants|populations|villageois) de (quitter|partir|évacuer)|impos(é|èrent|ent) (un |une )?(couvre-feu|blocus|zakat|taxes?)|prélev(é|èrent|er) (la )?(zakat|taxes?)|prêch(é|ent|èrent))(?!\p{L})/iu,
  ),
  points: "Other",
  weight: 1.5,
} as const satisfies TriggerRule;

/** The French triggers, in order; the English ones follow them in FR_CODING. */
export const FR_TRIGGERS: readonly TriggerEntry[] = [
  FR_AIR_STRIKE,
  FR_SHELLING,
  FR_SUICIDE_BOMB,
  FR_IED,
  FR_GRENADE,
  FR_CLASH,
  FR_VIOLENCE,
  FR_OVERTAKE,
  FR_REGAIN,
  FR_ABDUCTION,
  FR_PROTEST,
  FR_INTERVENTION,
  FR_RIOT,
  FR_MOB,
  FR_ARREST,
  FR_LOOTING,
  FR_NON_VIOLENT_COERCION,
];
