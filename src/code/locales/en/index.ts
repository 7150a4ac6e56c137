import type { CodingLanguage } from "../coding-language.js";
import {
  CROWD_VIOLENCE,
  DIPLOMACY,
  DISPUTE,
  EN_TYPE_WORDS,
  GRIEVANCE,
  KILLING,
  MOB_JUSTICE,
  NON_CONFLICT_CUES,
  PHOTO_CAPTION,
  SEPARATE_EVENT,
} from "./cues.js";
import {
  AGENT_AFTER,
  AGENTLESS_HARM,
  DENIED_RESPONSIBILITY,
  EN_TRIGGERS,
  IDENTITIES,
  RESPONSIBILITY,
} from "./triggers.js";

export const EN_CODING: CodingLanguage = {
  triggers: EN_TRIGGERS,
  typeWords: EN_TYPE_WORDS,
  nonConflict: NON_CONFLICT_CUES,
  diplomacy: DIPLOMACY,
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
  killing: KILLING,
  passive: /\b(was|were|been|being|is|are)\b/i,
  mobJustice: MOB_JUSTICE,
  dispute: DISPUTE,
  struckDevice: /\b(struck|hit|ran over|stepped on|drove over|triggered)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$/i,
  grievance: GRIEVANCE,
  separateEvent: SEPARATE_EVENT,
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
