import type { CodingLanguage } from "../coding-language.js";
import {
  AGENT_AFTER,
  AGENTLESS_HARM,
  CROWD_VIOLENCE,
  DENIED_RESPONSIBILITY,
  DIPLOMACY_CUES,
  EN_TRIGGERS,
  IDENTITIES,
  NON_CONFLICT_CUES,
  PHOTO_CAPTION,
  RESPONSIBILITY,
} from "./triggers.js";

export const EN_CODING: CodingLanguage = {
  triggers: EN_TRIGGERS,
  nonConflict: NON_CONFLICT_CUES,
  diplomacy: DIPLOMACY_CUES,
  caption: PHOTO_CAPTION,
  agentlessHarm: AGENTLESS_HARM,
  crowdViolence: CROWD_VIOLENCE,
  agentAfter: AGENT_AFTER,
  identities: IDENTITIES,
  listedAfter: /^(?:\s*(?:,|and)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)+/u,
  objectBefore: /\b(on|against|targeting|towards?|upon|with)\s+((the|a|an|some|several|\d+)\s+)*(pro-)?$/i,
  responsibility: RESPONSIBILITY,
  joined: /^\s*(and|,)\s*$/i,
  alternative: /^\s*(\/|or|and\/or)\s*$/i,
  killing: /^(kill|execut|murder|behead|shot dead|slain|slaughter|assassinat)/i,
  passive: /\b(was|were|been|being|is|are)\b/i,
  mobJustice:
    /\b((suspected|alleged|presumed)\s+(\w+\s+)?(thie(f|ves)|robbers?|criminals?|kidnappers?|witch(es)?|wizards?|rapists?|pickpockets?|burglars?|murderers?)|thie(f|ves)|pickpockets?|burglars?)\b/i,
  dispute:
    /\b((land|border|boundary|property|water|grazing|farm|farmland|marriage|family|personal|previous|old|long-standing)\s+(disputes?|disagreements?|feuds?|enmity|rivalry|quarrels?)|feuds?|enmity|quarrels?|altercations?|over (a|an) (dispute|disagreement)|with (sticks|axes|machetes|stones|clubs|bricks|knives))\b/i,
  struckDevice: /\b(struck|hit|ran over|stepped on|drove over|triggered)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$/i,
  grievance:
    /\b(against|demanding|to demand|in demand of|calling for|to call for|in protest (against|over|at)|over the|condemning|to condemn|denouncing|to denounce|accusing)\b/i,
  separateEvent:
    /\b(in (a|another) separate\b|separately,|(a|another) separate (attack|incident|raid|clash|ambush|assault|strike|bombing|explosion)|in (another|a second|a similar) (attack|incident|raid|clash|ambush|assault|strike|bombing|explosion)s?\b)|^\W*elsewhere\b/i,
  deniedResponsibility: DENIED_RESPONSIBILITY,
  aside: /,\s*(?:who|which|whose)\b[^,.;]*,/gi,
  relativeBefore: /\b(who|which|that)\s+(?:\p{L}+ly\s+)?$/iu,
  stateOwner: {
    before:
      /\b(forces|army|armies|military|troops|soldiers|police|government|navy|air force|border guards?|authorities)\s+of\s+(the\s+)?$/i,
    // …or acts as a state: "Turkey and Russia conducted a joint patrol".
    after:
      /^(?:(['’]s)?\s+(defen[cs]e forces|armed forces|army|military|troops|soldiers|forces|police|navy|air force|border guards?|government)\b|(\s+and\s+\p{Lu}\p{L}+)?\s+(conducted|launched|carried out|deployed|sent|shelled|bombed|struck|accused|claimed)\b)/iu,
  },
};
