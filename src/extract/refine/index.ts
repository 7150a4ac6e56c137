import type { AnyMention } from "../../model/mentions.js";

/**
 * Removes mentions that another mention of a stronger kind covers: a number inside a date ("24 August 2024"), a
 * date word inside a place name. Dates win over quantities; places and actors keep their own spans.
 */
export function refineMentions(mentions: AnyMention[]): AnyMention[] {
  const dates = mentions.filter((m) => m.kind === "date");
  return mentions
    .filter((m) => m.kind !== "quantity" || !dates.some((d) => d.start < m.end && m.start < d.end))
    .sort((a, b) => a.start - b.start || b.end - a.end);
}
