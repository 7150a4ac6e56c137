import type { TypeStep } from "./01-type.js";
import type { CodingInput, EventScope } from "./input.js";

/** People a figure counts that ACLED records as a tag of the event, with the figure: "wounded: 4". */
const COUNTED_TAGS = ["wounded", "missing", "abducted"];

/**
 * Step 6, the tags: what else the report says happened in the same event (not in another event's sentences, nor in
 * background): looting beside another type, and wounded, missing or abducted people.
 */
export function codeTags(input: CodingInput, scope: EventScope, type: TypeStep): string[] {
  const tags = new Set<string>();
  const { elsewhere } = scope;
  const looting = input.hits.some((h) => !elsewhere.has(h.sentence) && h.trigger.tag === "looting");
  if (type.decision.subEvent !== "Looting/property destruction" && looting) tags.add("looting");
  for (const q of input.quantities) {
    if (
      elsewhere.has(q.sentence) ||
      input.background.has(q.sentence) ||
      q.value.scope !== "event" ||
      !COUNTED_TAGS.includes(q.value.counts)
    )
      continue;
    tags.add(q.value.low !== null ? `${q.value.counts}: ${q.value.low}` : q.value.counts);
  }
  return [...tags];
}
