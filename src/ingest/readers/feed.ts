import { InputError } from "../errors.js";
import { normalizePublishedAt } from "../published-date.js";
import { type RawReport, rawReport } from "../raw-report.js";
import { domToText } from "./html-text.js";
import { linkedom, once, xmlParser } from "./markup-libraries.js";

const parser = once(
  () =>
    new (xmlParser().XMLParser)({
      ignoreAttributes: false,
      attributeNamePrefix: "@_",
      textNodeName: "#text",
      htmlEntities: true,
      isArray: (name) => ["item", "entry", "link"].includes(name),
    }),
);

type XmlValue = string | number | { "#text"?: string; "@_href"?: string; "@_rel"?: string; [key: string]: unknown };
type FeedItem = Record<string, XmlValue | XmlValue[] | undefined>;

function textOf(value: XmlValue | XmlValue[] | undefined): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  if (first == null) return null;
  if (typeof first === "string" || typeof first === "number") return String(first).trim() || null;
  return typeof first["#text"] === "string" ? first["#text"].trim() || null : null;
}

/** RSS puts the link in the element's text; Atom in `href` of the `alternate` (or only) link. */
function linkOf(item: FeedItem): string | null {
  const links = (item.link ?? []) as XmlValue[];
  for (const link of links) {
    if (typeof link === "string") return link.trim() || null;
    if (typeof link === "object" && link["@_href"] && (!link["@_rel"] || link["@_rel"] === "alternate"))
      return link["@_href"];
  }
  return null;
}

/** Feed items carry HTML (escaped or CDATA) more often than not. */
function htmlFragmentText(fragment: string): string {
  if (!/[<&]/.test(fragment)) return fragment.trim();
  return domToText(linkedom().parseHTML(`<!doctype html><html><body>${fragment}</body></html>`).document.body);
}

function itemsOf(parsed: Record<string, unknown>): { items: FeedItem[]; kind: string } | null {
  const rss = parsed.rss as { channel?: { item?: FeedItem[] } } | undefined;
  if (rss) return { items: rss.channel?.item ?? [], kind: "RSS" };
  const atom = parsed.feed as { entry?: FeedItem[] } | undefined;
  if (atom) return { items: atom.entry ?? [], kind: "Atom" };
  const rdf = parsed["rdf:RDF"] as { item?: FeedItem[] } | undefined;
  if (rdf) return { items: rdf.item ?? [], kind: "RSS 1.0" };
  return null;
}

/** Well-formed XML the parser still refuses (an external entity, an entity expanded past its limits) is malformed. */
function parseXml(xml: string, source: string): Record<string, unknown> {
  try {
    return parser().parse(xml) as Record<string, unknown>;
  } catch (error) {
    throw new InputError("malformed", source, `the feed cannot be read (${(error as Error).message})`);
  }
}

/**
 * Reads an RSS 2.0, RSS 1.0 or Atom feed: each item becomes a report with its link, title, date and guid.
 * Malformed XML and feeds with no items are errors, reported with where the XML breaks.
 */
export function readFeed(xml: string, source: string, encoding: string): RawReport[] {
  const valid = xmlParser().XMLValidator.validate(xml);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    throw new InputError("malformed", source, `the feed is not well-formed XML (line ${line}, column ${col}: ${msg})`);
  }
  const feed = itemsOf(parseXml(xml, source));
  if (!feed)
    throw new InputError(
      "malformed",
      source,
      "the XML is not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root)",
    );
  const reports: RawReport[] = [];
  for (const item of feed.items) {
    const body =
      textOf(item["content:encoded"]) ?? textOf(item.content) ?? textOf(item.description) ?? textOf(item.summary);
    const title = textOf(item.title);
    const text = body ? htmlFragmentText(body) : "";
    const narrative = text || (title ?? "");
    if (!narrative) continue;
    reports.push(
      rawReport({
        source,
        form: "feed-item",
        text: narrative,
        encoding,
        input_id: textOf(item.guid) ?? textOf(item.id),
        url: linkOf(item),
        title,
        author: textOf(item.author) ?? textOf(item["dc:creator"]),
        published_at: normalizePublishedAt(
          textOf(item.pubDate) ?? textOf(item.published) ?? textOf(item.updated) ?? textOf(item["dc:date"]),
        ),
      }),
    );
  }
  if (reports.length === 0) throw new InputError("no_items", source, `the ${feed.kind} feed has no items with text`);
  return reports;
}
