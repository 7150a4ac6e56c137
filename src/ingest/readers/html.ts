import { InputError } from "../errors.js";
import { normalizePublishedAt } from "../published-date.js";
import { type RawReport, rawReport } from "../raw-report.js";
import { domDepth, domToText } from "./html-text.js";
import { linkedom, readability } from "./markup-libraries.js";

/** Real article pages nest a few dozen elements deep; Readability's recursion overflows in the thousands. */
const READABILITY_MAX_DEPTH = 500;

type HtmlDocument = ReturnType<typeof import("linkedom").parseHTML>["document"];

const parseHTML = (html: string) => linkedom().parseHTML(html);

const META_TITLE = ['meta[property="og:title"]', 'meta[name="twitter:title"]'];
const META_URL = ['link[rel="canonical"]', 'meta[property="og:url"]'];
const META_AUTHOR = ['meta[name="author"]', 'meta[property="article:author"]', 'meta[name="byl"]'];
const META_PUBLISHED = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
  "time[datetime]",
];

function firstAttribute(document: HtmlDocument, selectors: string[]): string | null {
  for (const selector of selectors) {
    const element = document.querySelector(selector);
    const value =
      element?.getAttribute("content") ?? element?.getAttribute("href") ?? element?.getAttribute("datetime");
    if (value?.trim()) return value.trim();
  }
  return null;
}

interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  url?: string;
  author?: { name?: string } | { name?: string }[] | string;
}

/** The first schema.org article-like object in the page's JSON-LD blocks; malformed blocks are skipped. */
function jsonLdArticle(document: HtmlDocument): JsonLdArticle {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const parsed: unknown = JSON.parse(script.textContent ?? "");
      const candidates = (
        Array.isArray(parsed) ? parsed : [parsed, ...((parsed as { "@graph"?: unknown[] })?.["@graph"] ?? [])]
      ) as JsonLdArticle[];
      const article = candidates.find((c) => c && typeof c === "object" && (c.datePublished || c.headline));
      if (article) return article;
    } catch {
      // A broken JSON-LD block is common on real pages; the meta tags still count.
    }
  }
  return {};
}

function authorName(author: JsonLdArticle["author"]): string | null {
  if (!author) return null;
  if (typeof author === "string") return author;
  const first = Array.isArray(author) ? author[0] : author;
  return first?.name ?? null;
}

/**
 * Reads an HTML page: the main text by Readability (falling back to the whole body on pages it cannot score),
 * and title, canonical URL, author, publication date and language from meta tags and JSON-LD.
 */
export function readHtml(html: string, source: string, encoding: string): RawReport {
  const { document } = parseHTML(html);
  const jsonLd = jsonLdArticle(document);
  const metaTitle = firstAttribute(document, META_TITLE) ?? jsonLd.headline ?? null;
  const url = firstAttribute(document, META_URL) ?? jsonLd.url ?? null;
  const author = firstAttribute(document, META_AUTHOR) ?? authorName(jsonLd.author);
  const published = normalizePublishedAt(firstAttribute(document, META_PUBLISHED) ?? jsonLd.datePublished);
  const language = document.documentElement?.getAttribute("lang")?.split("-")[0]?.toLowerCase() || null;
  const pageTitle = document.querySelector("title")?.textContent?.trim() || null;

  // Readability edits the DOM it reads, so it gets its own copy. It walks the DOM by recursion, so a page nested
  // deeper than any real article is read whole, by the iterative walk alone.
  const article =
    domDepth(document) > READABILITY_MAX_DEPTH
      ? null
      : new (readability().Readability)(parseHTML(html).document as unknown as Document).parse();
  let text = article?.content ? domToText(parseHTML(`<body>${article.content}</body>`).document) : "";
  if (!text.trim() && document.body) text = domToText(document.body);
  if (!text.trim()) {
    throw new InputError(
      "malformed",
      source,
      "the HTML page has no readable text (is it a script-only page or not HTML?)",
    );
  }
  return rawReport({
    source,
    form: "html",
    text,
    encoding,
    url,
    title: metaTitle ?? article?.title ?? pageTitle,
    author: author ?? article?.byline ?? null,
    published_at: published,
    language,
  });
}
