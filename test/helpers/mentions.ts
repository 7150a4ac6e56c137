import { type AnyMention, extractMentions } from "../../src/extract/index.js";
import { defaultSources } from "../../src/sources/index.js";

/** Mentions of one kind in a text, as the pipeline finds them. */
export function mentionsOf<K extends AnyMention["kind"]>(
  kind: K,
  text: string,
  publishedAt: string | null = "2024-08-25",
  language = "en",
) {
  const { mentions } = extractMentions({ text, published_at: publishedAt, language }, defaultSources());
  return mentions.filter((m): m is Extract<AnyMention, { kind: K }> => m.kind === kind);
}
