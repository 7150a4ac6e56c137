import * as chrono from "chrono-node";
import type { DateLocale } from "../../../common/dates.js";

export const FR_DATES: DateLocale = {
  locale: "fr",
  parser: chrono.fr.casual.clone(),
  // "lundi prochain", "doit se tenir dimanche", "sera"
  statementCue:
    /\b(a déclaré|a affirmé|a annoncé|a indiqué|a précisé|ont déclaré|ont annoncé|a-t-il déclaré|dans un communiqué)\s+(?:ce\s+|le\s+)?$/iu,
  futureCue: /\b(prochain|prochaine|sera|seront|doit|devrait|prévu|prévue)\b[^.]{0,25}$/i,
  ignored: /^(maintenant|aujourd'hui|ce soir|ce matin)$/i,
};
