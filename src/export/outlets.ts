import type { EventSource } from "../model/index.js";
import { iso2Of } from "../sources/countries.js";

/**
 * Outlets with worldwide reach, by web host, for ACLED's `source_scale`. A short list of the agencies and
 * broadcasters conflict reporting leans on; any other outlet is National when its country domain is the event's
 * country, else Other.
 */
const INTERNATIONAL_HOSTS = [
  "reuters.com",
  "apnews.com",
  "afp.com",
  "aljazeera.com",
  "bbc.com",
  "bbc.co.uk",
  "france24.com",
  "rfi.fr",
  "dw.com",
  "voanews.com",
  "theguardian.com",
  "nytimes.com",
  "washingtonpost.com",
  "lemonde.fr",
  "jeuneafrique.com",
  "africanews.com",
  "cnn.com",
  "aa.com.tr",
  "xinhuanet.com",
  "news.un.org",
  "reliefweb.int",
  "hrw.org",
  "amnesty.org",
];

/** The outlet a report came from, as ACLED's `source` names it: the site's host, else the title, else the input. */
export function outletOf(source: Pick<EventSource, "url" | "title" | "source">): string {
  const host = hostOf(source.url);
  if (host) return host;
  if (source.title) return source.title;
  return source.source.split(/[\\/]/).pop() || source.source;
}

export function sourceScaleOf(source: Pick<EventSource, "url">, eventIso3: string | null): string {
  const host = hostOf(source.url);
  if (!host) return "Other";
  if (INTERNATIONAL_HOSTS.some((h) => host === h || host.endsWith(`.${h}`))) return "International";
  const iso2 = iso2Of(eventIso3);
  if (iso2 && host.endsWith(`.${iso2.toLowerCase()}`)) return "National";
  return "Other";
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
}
