/**
 * One colour per ACLED event type from the Okabe–Ito palette, chosen to stay distinct for readers with any common
 * form of colour blindness (Okabe & Ito, "Color Universal Design", 2008). Clusters are white, not a seventh colour.
 */
export const TYPE_COLOURS: Record<string, string> = {
  Battles: "#D55E00",
  "Explosions/Remote violence": "#E69F00",
  "Violence against civilians": "#CC79A7",
  Protests: "#009E73",
  Riots: "#F0E442",
  "Strategic developments": "#0072B2",
};

/** An event with no type, or one outside the taxonomy. */
export const UNKNOWN_COLOUR = "#777777";

export const colourOf = (type: string | null | undefined): string => TYPE_COLOURS[type ?? ""] ?? UNKNOWN_COLOUR;
