import type { Trigger } from "../en/triggers.js";

/** French trigger words, as rules with an example each; see the English list for how they are weighed. */
export const FR_TRIGGERS: Trigger[] = [
  {
    name: "fr-air-strike",
    example: "une frappe de drone a touché le marché",
    pattern:
      /\b(frappes? (de drones?|aériennes?|de l'aviation)|drones?|bombardements? aériens?|raids? aériens?|avions? de chasse|hélicoptères?)\b/i,
    points: "Air/drone strike",
    weight: 3,
  },
  {
    name: "fr-shelling",
    example: "des obus sont tombés sur la ville",
    pattern: /\b(obus|tirs? d'artillerie|artillerie|mortiers?|roquettes?|missiles?|bombardements?|pilonn(é|age))\b/i,
    points: "Shelling/artillery/missile attack",
    weight: 3,
  },
  {
    name: "fr-suicide-bomb",
    example: "un kamikaze s'est fait exploser",
    pattern: /\b(kamikazes?|attentat[- ]suicide|s'est fait exploser|ceinture d'explosifs)\b/i,
    points: "Suicide bomb",
    weight: 4,
  },
  {
    name: "fr-ied",
    example: "un engin explosif improvisé a explosé",
    pattern:
      /\b(engins? explosifs?( improvisés?)?|ieds?|mines? (antipersonnel|artisanales?)|voiture piégée|bombes?|explos(ion|ions|é|ée)s?|détonation)\b/i,
    points: "Remote explosive/landmine/IED",
    weight: 2.5,
  },
  {
    name: "fr-grenade",
    example: "une grenade a été lancée",
    pattern: /\bgrenades?\b/i,
    points: "Grenade",
    weight: 3.5,
  },
  {
    name: "fr-clash",
    example: "des affrontements ont opposé l'armée aux rebelles",
    pattern:
      /\b(affrontements?|combats?|accrochages?|échanges? de tirs|ont combattu|repouss(é|ée|és)|riposte|offensive)\b/i,
    points: "Armed clash",
    weight: 2,
  },
  {
    name: "fr-violence",
    example: "des hommes armés ont attaqué le village et tué 12 personnes",
    pattern:
      /\b(attaqu(e|es|é|ée|és|ées|ent|aient)|attentats?|tu(é|ée|és|ées|ant)|massacr(e|es|é|és)|tuerie|abattu(s)?|exécut(é|és|ions?)|assassin(é|és|at)|égorg(é|és)|embuscades?|assaut|incendi(é|és|ées)|morts?|décès|blessés?)\b/i,
    points: "violence",
    weight: 1.5,
  },
  {
    name: "fr-overtake",
    example: "les rebelles ont pris le contrôle de la ville",
    pattern:
      /\b(pris le contrôle|prise de contrôle|s'(est|sont) emparés?|tomb(é|ée) (aux|entre les) mains|contrôlent désormais|pris la ville)\b/i,
    points: "Non-state actor overtakes territory",
    weight: 3,
  },
  {
    name: "fr-regain",
    example: "l'armée a repris la ville",
    pattern: /\b(repris|reprise de|reconquis|libér(é|ée)) (le contrôle|la ville|la localité|le camp)?/i,
    points: "Government regains territory",
    weight: 3.5,
  },
  {
    name: "fr-abduction",
    example: "des hommes armés ont enlevé 20 passagers",
    pattern: /\b(enlev(é|és|ées|ement|ements)|kidnapp(é|és|ing)|pris en otages?|otages?|rapt)\b/i,
    points: "Abduction/forced disappearance",
    weight: 3,
  },
  {
    name: "fr-protest",
    example: "des centaines de personnes ont manifesté",
    pattern:
      /\b(manifest(ation|ations|ants?|é|er|ent)|march(e|é) (pacifique|de protestation)|sit-in|rassemblement|grève|protest(ation|er|ent))\b/i,
    points: "Peaceful protest",
    weight: 3,
  },
  {
    name: "fr-intervention",
    example: "la police a dispersé les manifestants",
    pattern: /\b(gaz lacrymogènes?|dispers(é|er|ée)|canons? à eau|balles en caoutchouc)\b/i,
    points: "Protest with intervention",
    weight: 2,
  },
  {
    name: "fr-riot",
    example: "des émeutiers ont incendié des pneus",
    pattern: /\b(émeutes?|émeutiers|pneus brûlés|jets? de pierres|saccag(é|és))\b/i,
    points: "Violent demonstration",
    weight: 2.5,
  },
  {
    name: "fr-mob",
    example: "une foule a lynché un voleur présumé",
    pattern: /\b(lynch(é|age)|vindicte populaire|foule en colère|justice populaire)\b/i,
    points: "Mob violence",
    weight: 3,
  },
  {
    name: "fr-arrest",
    example: "la police a arrêté trois suspects",
    pattern: /\b(arrêt(é|és|ées|ation|ations)|interpell(é|és|ation)|gardes? à vue|détenus?)\b/i,
    points: "Arrests",
    weight: 1.8,
  },
  {
    name: "fr-looting",
    example: "les assaillants ont pillé des boutiques",
    pattern:
      /\b(pill(é|és|age|ages)|emport(é|ant) du bétail|vol(é|és) du bétail|incendi(é|ant) (des )?(maisons|boutiques|greniers))\b/i,
    points: "Looting/property destruction",
    weight: 1.5,
  },
  {
    name: "fr-non-violent-coercion",
    example: "les jihadistes ont ordonné aux habitants de quitter le village et interdit les cultures",
    pattern:
      /(?<!\p{L})(interdi(t|rent|sent|saient) (\p{L}+ ){0,3}(les cultures|la circulation|les marchés|l'accès|aux populations|aux habitants)|ordonn(é|èrent) aux (habitants|populations|villageois) de (quitter|partir|évacuer)|impos(é|èrent|ent) (un |une )?(couvre-feu|blocus|zakat|taxes?)|prélev(é|èrent|er) (la )?(zakat|taxes?)|prêch(é|ent|èrent))(?!\p{L})/iu,
    points: "Other",
    weight: 1.5,
  },
];

/** French texts about disasters and diplomacy. */
// "Photo : AFP", "(Photo d'illustration)", "© Reuters"
export const FR_PHOTO_CAPTION = /\bPhoto\s*(?::|d['’]illustration)|©\s*[A-Z]/;

export const FR_NON_CONFLICT =
  /\b(inondations?|séismes?|tremblements? de terre|cyclones?|tempêtes?|glissements? de terrain|sécheresse|épidémie|choléra|accident|naufrage|effondrement|incendie (s'est déclaré|accidentel)|visite|sommet|diplomat(e|es|ique)|ambassadeur|sanctions|accord commercial)\b/i;

export const FR_AGENTLESS_HARM = /^(morts?|décès|blessés?|explos(ion|ions|é|ée)s?|détonation)$/i;
export const FR_AGENT_AFTER = /^\s*(?:\S+\s+){0,3}?par\s+(?:des\s+|les\s+|de\s+présumés\s+)?$/i;
export const FR_RESPONSIBILITY =
  /\b(revendiqu(é|ée|e)|revendication|responsab(le|ilité)|attribu(é|ée)|imput(é|ée)|accus(é|ent))\b/i;
export const FR_DENIED_RESPONSIBILITY =
  /\b(n'a (pas encore )?été revendiqu(é|ée)|aucun groupe n'a|non revendiqu(é|ée)|dément)\b/i;
