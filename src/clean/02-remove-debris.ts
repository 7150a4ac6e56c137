import { matches } from "../base/trace.js";
import type { Aside } from "../model/index.js";
import { DEBRIS_RULES } from "./debris-rules.js";

export interface DebrisFree {
  text: string;
  asides: Aside[];
}

/**
 * Drops whole lines that are forum or social furniture (see DEBRIS_RULES), keeping links and attachment names on
 * the side; every other line is kept verbatim, so narrative offsets before the first dropped line do not move.
 */
export function removeDebris(text: string): DebrisFree {
  const asides: Aside[] = [];
  const kept: string[] = [];
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    const rule = trimmed ? DEBRIS_RULES.find((r) => matches(r, trimmed)) : undefined;
    if (!rule) {
      kept.push(line);
      continue;
    }
    if (rule.keep) asides.push({ kind: rule.keep, value: trimmed.replace(/^<|>$/g, "") });
  }
  return { text: kept.join("\n").trim(), asides };
}
