import type { Aside } from "../model/index.js";

/**
 * Phones and screenshot tools name files by the moment they were made ("Screenshot_20240825-224149.png",
 * "IMG_20240602_0931.jpg", "screenshot202408252241491"): a forum repost's attachment so dated was made no later
 * than the post, the nearest thing to a publication date such a repost carries. No library reads dates out of file
 * names, and chrono-node takes eight bare digits for a number.
 */
const TIMESTAMPED_NAME = /(?:screen[\s_-]?shot|img|pxl|vid|photo|image)[\s_-]?(20\d\d)[-_]?(\d\d)[-_]?(\d\d)/i;

/** The day the first timestamped attachment was made, `YYYY-MM-DD`; null when no attachment name carries one. */
export function attachmentDate(asides: Aside[]): string | null {
  for (const aside of asides) {
    if (aside.kind !== "attachment") continue;
    const match = TIMESTAMPED_NAME.exec(aside.value);
    if (!match) continue;
    const [, year, month, day] = match;
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    const iso = `${year}-${month}-${day}`;
    if (date.toISOString().slice(0, 10) === iso) return iso;
  }
  return null;
}
