import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { z } from "zod";

/** "30s", "5m", "1h" or a number of seconds. */
const IntervalSchema = z
  .union([z.number().positive(), z.string().regex(/^\d+(\.\d+)?\s*(ms|s|m|h)$/, 'like "30s", "5m" or "1h"')])
  .transform((value) => {
    if (typeof value === "number") return value * 1000;
    const [, amount, unit] = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)$/.exec(value) as RegExpExecArray;
    return Number(amount) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[unit as "ms" | "s" | "m" | "h"];
  });

export const FeedSchema = z.object({
  url: z.url(),
  name: z.string().optional(),
  // prefault, not default: zod 4 gives a default as the output unparsed, which made it 300 ms, not 300 s.
  interval: IntervalSchema.prefault(300),
  language: z.string().length(2).optional(),
  source_scale: z.string().optional(),
});

export const RuleSchema = z.object({
  name: z.string().min(1),
  country: z.string().optional(),
  admin1: z.string().optional(),
  bbox: z.union([z.string(), z.tuple([z.number(), z.number(), z.number(), z.number()])]).optional(),
  near: z.union([z.string(), z.tuple([z.number(), z.number()])]).optional(),
  radius_km: z.number().positive().optional(),
  types: z.array(z.string()).optional(),
  min_fatalities: z.number().int().nonnegative().optional(),
  actors: z.array(z.string()).optional(),
  webhook: z.url().optional(),
  jsonl: z.string().optional(),
});

export const WatchConfigSchema = z.object({
  feeds: z.array(FeedSchema).min(1, "list at least one feed"),
  rules: z.array(RuleSchema).default([]),
});

export type WatchConfig = z.infer<typeof WatchConfigSchema>;
export type FeedConfig = WatchConfig["feeds"][number];
export type RuleConfig = WatchConfig["rules"][number];

import { ConfigError } from "./config-error.js";

export { ConfigError };

/** Reads a watch file: JSON, or YAML with the same keys (by extension .yml/.yaml). */
export function loadWatchConfig(path: string): WatchConfig {
  let raw: unknown;
  try {
    const text = readFileSync(path, "utf8");
    raw = /\.ya?ml$/i.test(path) ? parseYaml(text) : JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${path}: cannot read the watch file (${(error as Error).message})`);
  }
  const parsed = WatchConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "(top)"}: ${i.message}`).join("; ");
    throw new ConfigError(`${path}: ${issues}`);
  }
  const names = parsed.data.rules.map((r) => r.name);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice) throw new ConfigError(`${path}: two rules are named "${twice}"; rule names key the alerts sent`);
  return parsed.data;
}
