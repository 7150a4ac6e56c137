export type InputForm = "text" | "html" | "feed" | "jsonl";

const JSONL_EXTENSIONS = /\.(jsonl|ndjson)$/i;
const FEED_ROOT = /<(rss|feed|rdf:RDF)[\s>]/;
const HTML_ROOT = /^(<!--[\s\S]*?-->\s*)*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i;

/** Whether a name looks like a JSON Lines file, which is read line by line rather than whole. */
export const isJsonlName = (name: string) => JSONL_EXTENSIONS.test(name);

/**
 * Decides how to read a report from its content, helped by its name or content type: markup is recognised by
 * its root element, JSON Lines by a first line that is a JSON object with a "text" field.
 * @example sniffForm("<?xml version='1.0'?><rss version='2.0'>…", "news.xml") // "feed"
 */
export function sniffForm(text: string, name: string, contentType?: string | null): InputForm {
  if (isJsonlName(name)) return "jsonl";
  const head = text
    .slice(0, 4096)
    .replace(/^\uFEFF/, "")
    .trimStart();
  const prologueless = head.replace(/^<\?xml[^>]*>\s*/, "");
  if (/^</.test(prologueless)) {
    if (HTML_ROOT.test(prologueless) || /html/.test(contentType ?? "")) return "html";
    if (FEED_ROOT.test(head) || /(rss|atom|xml)/.test(contentType ?? "")) return "feed";
    if (/<(p|div|article|span|a|br)[\s>/]/i.test(head)) return "html";
  }
  if (/^\{/.test(head) && looksLikeJsonlDocument(head.split("\n", 1)[0] ?? "")) return "jsonl";
  return "text";
}

function looksLikeJsonlDocument(line: string): boolean {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === "object" && value !== null && "text" in value;
  } catch {
    return false;
  }
}
