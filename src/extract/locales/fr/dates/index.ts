import * as chrono from "chrono-node";
import type { DateLocale } from "../../../common/dates.js";

export const FR_DATES: DateLocale = {
  locale: "fr",
  parser: chrono.fr.casual.clone(),
  // "lundi prochain", "doit se tenir dimanche", "sera"
  futureCue: /\b(prochain|prochaine|sera|seront|doit|devrait|prévu|prévue)\b[^.]{0,25}$/i,
  ignored: /^(maintenant|aujourd'hui|ce soir|ce matin)$/i,
};
