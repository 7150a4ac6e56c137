import { words } from "../../../../base/words.js";
import type { CountedRule } from "../../../common/quantities.js";

// A figure's own words come right after it, past up to five others ("12 people, mostly women, were killed").
const AFTER = String.raw`^(?:[\s,]+(?:[\w'’-]+[\s,]+){0,5}?)`;
const AFTER_NEAR = String.raw`^(?:[\s,]+(?:\w+[\s,]+){0,4}?)`;
const BEFORE_MODIFIER = String.raw`\s+(?:at least\s+|more than\s+|over\s+|about\s+|around\s+|some\s+)?$`;
const after = (alternatives: string, near = false) =>
  words(new RegExp(`${near ? AFTER_NEAR : AFTER}(${alternatives})\\b`, "i"));
const before = (alternatives: string) => words(new RegExp(`\\b(${alternatives})${BEFORE_MODIFIER}`, "i"));

export const EN_COUNTS_KILLED = {
  id: "en/quantity/counts-killed",
  kind: "cue",
  description: 'Words after or before a figure that say it counts the dead ("12 people were killed", "killing 12").',
  examples: ["Gunmen stormed the market in Kaya, killing 12 traders.", "The attack left 7 dead near Djibo."],
  counterexamples: ["A farmer shot and killed five oxen that had strayed into his field."],
  counts: "killed",
  // "12 people were killed", "12 dead", "12 deaths", "claimed 12 lives", "12 bodies"; not "a farmer shot and killed
  // five oxen", where the figure's people killed
  after: after(
    String.raw`(?<!\b(?:shot|stabbed|hacked|beat|attacked|ambushed) and )killed|dead|died|deaths?|fatalit(?:y|ies)|bod(?:y|ies)|corpses?|lives|lost their lives|perished|massacred|slain|executed|murdered|beheaded|burnt to death|burned to death|(?:beaten|stabbed|hacked|shot|tortured) to death|lynched|shot dead|(?:was|were) (?:shot|stabbed|attacked|beaten|tortured) and killed|were killed|was killed|have been killed|had been killed|(?<!,\s)killing`,
  ),
  // "killing 12", "killed at least 12", "death toll rose to 12", "left 12 dead"
  before: words(
    /\b(killing|killed|kill|kills|lynched|lynching|lynches|shoots dead|shot dead|executes|shot and killed|assassinated|assassinating|beheaded|beheading|death toll (?:\w+\s+){0,4}?(?:of|at|to|stood at|rose to|climbed to|reached)|toll (?:of|at|to|rose to|climbed to|reached)|massacre of|massacred|murder of|deaths of|bodies of|executed|executing|slaughtered|claimed the lives of|claiming the lives of|the lives of)\s+(?:at least\s+|more than\s+|over\s+|about\s+|around\s+|some\s+|nearly\s+|almost\s+|up to\s+|as many as\s+)?$/i,
  ),
} as const satisfies CountedRule;

export const EN_COUNTS_WOUNDED = {
  id: "en/quantity/counts-wounded",
  kind: "cue",
  description: 'Words after or before a figure that say it counts the wounded ("20 injured", "wounding 20").',
  examples: [
    "A roadside bomb hit the bus near Gao, wounding 14 passengers.",
    "Nine soldiers were injured in the blast.",
  ],
  counts: "wounded",
  after: after("wounded|injured|hurt|injuries|wounds|hospitali[sz]ed"),
  before: before("wounding|injuring|wounded|injured|injuries to"),
} as const satisfies CountedRule;

export const EN_COUNTS_MISSING = {
  id: "en/quantity/counts-missing",
  kind: "cue",
  description: 'Words after or before a figure that say it counts the missing ("five fishermen are missing").',
  examples: ["After the raid on the camp, five fishermen are still missing."],
  counts: "missing",
  after: after("missing|unaccounted for|disappeared", true),
  before: words(/\b(missing)\s+$/i),
} as const satisfies CountedRule;

export const EN_COUNTS_ABDUCTED = {
  id: "en/quantity/counts-abducted",
  kind: "cue",
  description: 'Words after or before a figure that say it counts people taken ("20 passengers were abducted").',
  examples: ["Bandits abducted 20 passengers on the Abuja road.", "Thirty pupils were kidnapped from the school."],
  counts: "abducted",
  after: after("abducted|kidnapped|taken hostage|held hostage|seized|hostages|captives|abductees"),
  before: before("abducting|kidnapping|abducted|kidnapped|seized|took|taking|captured|abduction of|kidnapping of"),
} as const satisfies CountedRule;

export const EN_COUNTS_DISPLACED = {
  id: "en/quantity/counts-displaced",
  kind: "cue",
  description: 'Words after or before a figure that say it counts the displaced ("3,000 residents fled").',
  examples: ["The fighting in Djibo forced 3,000 residents from their homes.", "About 500 families fled the town."],
  counts: "displaced",
  after: after("displaced|fled|uprooted|homeless|refugees|forced to flee|forced from their homes"),
  before: before("displacing|displaced|forcing|forced"),
} as const satisfies CountedRule;

export const EN_COUNTS_ARRESTED = {
  id: "en/quantity/counts-arrested",
  kind: "cue",
  description: 'Words after or before a figure that say it counts people arrested ("arresting 40 protesters").',
  examples: ["Police dispersed the rally in Nairobi, arresting 40 protesters.", "Twelve suspects were detained."],
  counts: "arrested",
  after: after("arrested|detained|apprehended|in custody|suspects", true),
  before: before("arresting|arrested|detaining|detained|apprehended|arrest of"),
} as const satisfies CountedRule;

/** What figures count, in order: the first group that matches wins. */
export const EN_COUNTED = [
  EN_COUNTS_KILLED,
  EN_COUNTS_WOUNDED,
  EN_COUNTS_MISSING,
  EN_COUNTS_ABDUCTED,
  EN_COUNTS_DISPLACED,
  EN_COUNTS_ARRESTED,
] as const;
