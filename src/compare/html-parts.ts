import type { html } from "hono/html";

// hono's html template escapes every interpolated string (& < > " '), so text from the CSV, which may be hostile,
// reaches the page only as text; the page also carries no script at all and a CSP that allows none.
export type Html = ReturnType<typeof html>;

/** Okabe–Ito colours (readable with any common colour blindness), and a shape per status as well. */
export const STATUS_COLOUR = { matched: "#009E73", missed: "#D55E00", extra: "#0072B2" } as const;
export type Status = keyof typeof STATUS_COLOUR;
