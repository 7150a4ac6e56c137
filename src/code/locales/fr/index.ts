import type { CodingLanguage } from "../coding-language.js";
import { EN_CODING } from "../en/index.js";
import {
  FR_AGENT_AFTER,
  FR_AGENTLESS_HARM,
  FR_DENIED_RESPONSIBILITY,
  FR_NON_CONFLICT,
  FR_PHOTO_CAPTION,
  FR_RESPONSIBILITY,
  FR_TRIGGERS,
} from "./triggers.js";

const either = (a: RegExp, b: RegExp, flags = "iu") => new RegExp(`${a.source}|${b.source}`, flags);

/** French words for ACLED's associated actors; English ones still apply. */
const FR_IDENTITY_WORDS: Record<string, RegExp> = {
  Students: /(?<!\p{L})(étudiants?|élèves|lycéens)(?!\p{L})/iu,
  Teachers: /(?<!\p{L})(enseignants?|instituteurs|professeurs)(?!\p{L})/iu,
  "Health Workers": /(?<!\p{L})(agents de santé|médecins|infirmi(?:ers|ères)|soignants)(?!\p{L})/iu,
  Journalists: /(?<!\p{L})(journalistes?)(?!\p{L})/iu,
  Farmers: /(?<!\p{L})(agriculteurs|cultivateurs|paysans)(?!\p{L})/iu,
  Fishers: /(?<!\p{L})(pêcheurs)(?!\p{L})/iu,
  "Labour Group": /(?<!\p{L})(travailleurs|ouvriers|employés|syndicalistes)(?!\p{L})/iu,
  "Refugees/IDPs": /(?<!\p{L})(réfugiés|déplacés)(?!\p{L})/iu,
  Women: /(?<!\p{L})(femmes|filles)(?!\p{L})/iu,
  Children: /(?<!\p{L})(enfants)(?!\p{L})/iu,
};

/** French coding words; English ones still apply, as French pages quote English names and wire copy. */
export const FR_CODING: CodingLanguage = {
  triggers: [...FR_TRIGGERS, ...EN_CODING.triggers],
  nonConflict: either(FR_NON_CONFLICT, EN_CODING.nonConflict),
  diplomacy: either(/\b(diplomates?|ambassadeurs?|expuls(é|és|ion)|sommet|bilatéra(l|le|ux))\b/, EN_CODING.diplomacy),
  caption: either(FR_PHOTO_CAPTION, EN_CODING.caption),
  agentlessHarm: either(FR_AGENTLESS_HARM, EN_CODING.agentlessHarm),
  crowdViolence: either(
    /^(attaqué|agressé|lynché|battu|frappé|tabassé|incendié|saccagé|affronté|blessé|tué)$/,
    EN_CODING.crowdViolence,
  ),
  agentAfter: either(FR_AGENT_AFTER, EN_CODING.agentAfter),
  listedAfter: either(/^(?:\s*(?:,|et)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)+/u, EN_CODING.listedAfter, "u"),
  identities: EN_CODING.identities.map(({ label, words }) => ({
    label,
    words: FR_IDENTITY_WORDS[label] ? either(FR_IDENTITY_WORDS[label], words) : words,
  })),
  objectBefore: either(
    /\b(contre|sur|avec|visant)\s+((les?|la|l'|des|une?|\d+)\s*)*(pro-)?$/iu,
    EN_CODING.objectBefore,
  ),
  responsibility: either(FR_RESPONSIBILITY, EN_CODING.responsibility),
  joined: either(/^\s*(et|,)\s*$/iu, EN_CODING.joined),
  alternative: either(/^\s*(ou|et\/ou)\s*$/, EN_CODING.alternative),
  killing: either(/^(tu[ée]|ex[ée]cut|assassin|égorg|massacr)/iu, EN_CODING.killing),
  mobJustice: either(
    /(?<!\p{L})(présumés? (voleurs?|bandits?|sorciers?|sorcières?|ravisseurs?)|voleurs?|sorciers?|sorcières?)(?!\p{L})/iu,
    EN_CODING.mobJustice,
  ),
  dispute: either(
    /(?<!\p{L})(litiges? foncier|conflits? foncier|différend|querelle|rixe|bagarre|avec des (bâtons|haches|machettes|pierres|gourdins))/iu,
    EN_CODING.dispute,
  ),
  struckDevice: either(/(?<!\p{L})(sauté sur|heurté|roulé sur)\s+(?:une?\s+|la\s+|le\s+)?$/iu, EN_CODING.struckDevice),
  grievance: either(
    /(?<!\p{L})(contre|pour (exiger|réclamer|dénoncer|protester contre)|exigeant|réclamant|dénonçant|condamnant)(?!\p{L})/iu,
    EN_CODING.grievance,
  ),
  passive: either(/(?<!\p{L})(été|fut|furent)(?!\p{L})/iu, EN_CODING.passive),
  separateEvent: either(
    /(?<!\p{L})(une? autre (attaque|incident|embuscade|explosion|frappe|affrontement)|une? (attaque|incident) distincte?|séparément,)|^\W*ailleurs,/iu,
    EN_CODING.separateEvent,
  ),
  deniedResponsibility: either(FR_DENIED_RESPONSIBILITY, EN_CODING.deniedResponsibility),
  aside: either(/,\s*(?:qui|dont|lesquels|lesquelles)(?!\p{L})[^,.;]*,/u, EN_CODING.aside, "giu"),
  relativeBefore: either(/(?<!\p{L})(qui|lequel|laquelle)\s+(?:\p{L}+ment\s+)?$/iu, EN_CODING.relativeBefore),
  stateOwner: {
    before: either(
      /(?<!\p{L})(forces|armée|armées|militaires|soldats|troupes|police|gendarmerie|gouvernement|autorités)\s+(de la|du|des|de l['’]|d['’]|de)\s*$/iu,
      EN_CODING.stateOwner.before,
    ),
    after: EN_CODING.stateOwner.after,
  },
};
