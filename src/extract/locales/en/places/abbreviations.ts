/** Abbreviations of US states in the AP style newspapers use after a town: "Athens, Ga.", "Charleston, W.Va.". */
export const REGION_ABBREVIATIONS: Record<string, string> = {
  "ala.": "Alabama", "ariz.": "Arizona", "ark.": "Arkansas", "calif.": "California", "colo.": "Colorado",
  "conn.": "Connecticut", "del.": "Delaware", "fla.": "Florida", "ga.": "Georgia", "ill.": "Illinois",
  "ind.": "Indiana", "kan.": "Kansas", "kans.": "Kansas", "ky.": "Kentucky", "la.": "Louisiana", "md.": "Maryland",
  "mass.": "Massachusetts", "mich.": "Michigan", "minn.": "Minnesota", "miss.": "Mississippi", "mo.": "Missouri",
  "mont.": "Montana", "neb.": "Nebraska", "nebr.": "Nebraska", "nev.": "Nevada", "n.h.": "New Hampshire",
  "n.j.": "New Jersey", "n.m.": "New Mexico", "n.y.": "New York", "n.c.": "North Carolina", "n.d.": "North Dakota",
  "okla.": "Oklahoma", "ore.": "Oregon", "pa.": "Pennsylvania", "r.i.": "Rhode Island", "s.c.": "South Carolina",
  "s.d.": "South Dakota", "tenn.": "Tennessee", "tex.": "Texas", "vt.": "Vermont", "va.": "Virginia",
  "wash.": "Washington", "w.va.": "West Virginia", "w. va.": "West Virginia", "wis.": "Wisconsin", "wyo.": "Wyoming",
  "d.c.": "District of Columbia",
};
