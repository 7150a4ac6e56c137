import type { CodingLanguage } from "../coding-language.js";
import { EN_CODING } from "../en/index.js";
import {
  FR_CROWD_VIOLENCE,
  FR_DIPLOMACY,
  FR_DISPUTE,
  FR_GRIEVANCE,
  FR_KILLING,
  FR_MOB_JUSTICE,
  FR_NON_CONFLICT,
  FR_PHOTO_CAPTION,
  FR_SEPARATE_EVENT,
  FR_TYPE_WORDS,
} from "./cues.js";
import {
  FR_AGENT_AFTER,
  FR_AGENTLESS_HARM,
  FR_DENIED_RESPONSIBILITY,
  FR_RESPONSIBILITY,
  FR_TRIGGERS,
} from "./triggers.js";

// (Not yet rules: these still join the French and English patterns here.)
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
  typeWords: FR_TYPE_WORDS,
  nonConflict: [FR_NON_CONFLICT, ...EN_CODING.nonConflict],
  diplomacy: FR_DIPLOMACY,
  caption: FR_PHOTO_CAPTION,
  agentlessHarm: either(FR_AGENTLESS_HARM, EN_CODING.agentlessHarm),
  crowdViolence: FR_CROWD_VIOLENCE,
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
  killing: FR_KILLING,
  mobJustice: FR_MOB_JUSTICE,
  dispute: FR_DISPUTE,
  struckDevice: either(/(?<!\p{L})(sauté sur|heurté|roulé sur)\s+(?:une?\s+|la\s+|le\s+)?$/iu, EN_CODING.struckDevice),
  grievance: FR_GRIEVANCE,
  passive: either(/(?<!\p{L})(été|fut|furent)(?!\p{L})/iu, EN_CODING.passive),
  separateEvent: FR_SEPARATE_EVENT,
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
