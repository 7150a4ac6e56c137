import type { PatternRule, Rule } from "../../../../base/rule.js";
import { words } from "../../../../base/words.js";

const PUBLICADO = "2024-08-25";
const WEEKDAY = "lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo";

export const ES_DATE_CHRONO = {
  id: "es/date/chrono",
  kind: "mention",
  description:
    'A date as chrono-node\'s Spanish parser reads it: a day written out ("el 16 de enero de 2025") or counted from publication ("ayer").',
  examples: [
    { text: "Hombres armados atacaron el caserío de Tibú el 16 de enero de 2025.", published: PUBLICADO },
    { text: "El ejército repelió ayer un ataque contra la base de Tibú.", published: PUBLICADO },
  ],
} as const satisfies Rule;

export const ES_DATE_WEEKDAY_BEFORE_PUBLICATION = {
  id: "es/date/weekday-before-publication",
  kind: "mention",
  description: 'A weekday alone ("el sábado") is the most recent such day on or before publication.',
  examples: [{ text: "Guerrilleros saquearon el sábado el mercado de Tibú.", published: PUBLICADO }],
} as const satisfies Rule;

export const ES_DATE_WEEKDAY_WITH_MODIFIER = {
  id: "es/date/weekday-with-modifier",
  kind: "mention",
  description:
    'A weekday with "próximo" is the one chrono-node counts ("el próximo domingo"); with "pasado" it is a weekday alone, the last such day (chrono-node reads "pasado" as this week\'s).',
  examples: [{ text: "El próximo domingo, los guerrilleros entregarán las armas en Tibú.", published: PUBLICADO }],
  counterexamples: [
    { text: "El pasado domingo, guerrilleros quemaron dos camiones cerca de Tibú.", published: PUBLICADO },
  ],
  pattern: words(new RegExp(`\\b(?:(?:${WEEKDAY})\\s+pr[óo]ximo|pr[óo]ximo\\s+(?:${WEEKDAY}))\\b`, "i")),
} as const satisfies PatternRule;

export const ES_DATE_BETWEEN_TWO_DAYS = {
  id: "es/date/between-two-days",
  kind: "mention",
  description:
    'An event told over a night or two days ("del 10 al 11 de agosto", "entre el domingo 9 y el lunes 10 de junio de 2021") starts on the first; its weekday, when written, is the first day\'s.',
  examples: [
    "Entre el 9 y el 10 de junio de 2021, hombres armados incendiaron el mercado de Tibú.",
    "En la noche del domingo 27 al lunes 28 de octubre, guerrilleros atacaron una base militar.",
  ],
  pattern: words(
    new RegExp(
      `\\b(?:del|entre el)\\s+(?:(${WEEKDAY})\\s+)?(\\d{1,2})\\s+(?:al|y el)\\s+(?:(?:${WEEKDAY})\\s+)?\\d{1,2}\\s+de\\s+(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)(?:\\s+de\\s+(\\d{4}))?\\b`,
      "i",
    ),
  ),
} as const satisfies PatternRule;

export const ES_DATE_MONTH = {
  id: "es/date/month",
  kind: "mention",
  description: 'A month with no day ("en enero de 2025") dates an event to that month.',
  examples: [{ text: "En enero de 2025, guerrilleros atacaron la base de Tibú.", published: PUBLICADO }],
} as const satisfies Rule;

export const ES_DATE_WEEKDAY_BEFORE_WRITTEN_DATE = {
  id: "es/date/weekday-before-written-date",
  kind: "resolver",
  description:
    "With no publication day, a weekday alone is the last such day on or before the latest full date the report writes.",
  examples: ["Los rebeldes atacaron la base el lunes. Un comunicado del viernes 14 de junio de 2024 lo confirma."],
} as const satisfies Rule;

export const ES_DATE_YEAR_FROM_WRITTEN_DATES = {
  id: "es/date/year-from-written-dates",
  kind: "resolver",
  description:
    "With no publication day, a day and month without a year take their year from the dates the report writes with one.",
  examples: ["El 8 de marzo de 2022, la policía detuvo a un comerciante. Había sido amenazado el 2 de marzo."],
} as const satisfies Rule;

export const ES_DATE_YEAR_FROM_WEEKDAY = {
  id: "es/date/year-from-weekday",
  kind: "resolver",
  description:
    'With no publication day and no year written anywhere, a weekday with its day and month ("el lunes 31 de marzo") is the latest such day up to today: the weekday fixes the year.',
  examples: ["El lunes 31 de marzo, pandillas armadas atacaron la cárcel de Mirebalais."],
} as const satisfies Rule;

export const ES_DATE_FUTURE = {
  id: "es/date/future",
  kind: "cue",
  description: 'Words before a date that put it in the future ("el próximo lunes", "se celebrará el domingo").',
  examples: [{ text: "Las elecciones se celebrarán el domingo en Colombia.", published: PUBLICADO }],
  counterexamples: [
    { text: "Las elecciones se celebraron el domingo en Colombia.", published: PUBLICADO },
    { text: "Un dron atacó una base en Irán el domingo.", published: PUBLICADO },
  ],
  // A future verb is lower-case: no "i" flag, so "Irán" or "Teherán" before a date puts nothing ahead.
  pattern: words(
    /\b([Pp]róxim[oa]|[Ss]erán?|\p{Ll}{2,}rán?|[Dd]ebe|[Dd]eberá|[Pp]revist[oa]|[Pp]rogramad[oa])\b[^.]{0,25}$/u,
  ),
} as const satisfies PatternRule;

export const ES_DATE_STATEMENT = {
  id: "es/date/statement",
  kind: "cue",
  description: 'Words right before a date that date a statement, not the event ("declaró el lunes").',
  examples: [{ text: "Tres soldados murieron en Tibú, declaró el lunes el ejército.", published: PUBLICADO }],
  counterexamples: [{ text: "Tres soldados murieron el lunes en Tibú.", published: PUBLICADO }],
  pattern: words(
    /\b(declaró|afirmó|anunció|indicó|informó|dijo|precisó|denunció|en un comunicado(?: oficial)?)\s+(?:este\s+|el\s+)?(?:pasado\s+)?$/i,
  ),
} as const satisfies PatternRule;

export const ES_DATE_STATEMENT_AFTER = {
  id: "es/date/statement-after",
  kind: "cue",
  description:
    'A reporting verb right after a date ("el gobernador, el domingo, confirmó") dates the statement, not the event.',
  examples: [
    {
      text: "El gobernador de Norte de Santander, el domingo, confirmó que nueve campesinos murieron.",
      published: PUBLICADO,
    },
  ],
  counterexamples: [
    { text: "Hombres armados mataron el domingo a nueve campesinos cerca de Tibú.", published: PUBLICADO },
  ],
  pattern: words(/^\s*,?\s*(?:declaró|anunció|confirmó|indicó|afirmó|informó|dijo)\b/i),
} as const satisfies PatternRule;

export const ES_DATE_IGNORED = {
  id: "es/date/ignored",
  kind: "filter",
  description: 'Expressions too vague to date an event ("ahora"). "Hoy" is not one: it is the publication day.',
  examples: [{ text: "Ahora, los habitantes de Tibú no se atreven a ir a los campos.", published: PUBLICADO }],
  counterexamples: [{ text: "Hoy, estudiantes marcharon en Cúcuta.", published: PUBLICADO }],
  pattern: words(/^(ahora)$/i),
} as const satisfies PatternRule;

export const ES_DATE_WEEKDAY_ABBREVIATION = {
  id: "es/date/weekday-abbreviation-in-name",
  kind: "filter",
  description:
    'A weekday\'s abbreviation alone names no day but a word ("mar", the sea; "dom") unless a day number or a full stop follows it.',
  examples: [
    {
      text: "Hombres armados atacaron a pescadores en alta mar cerca de Tumaco el 3 de mayo de 2024.",
      published: PUBLICADO,
    },
  ],
  counterexamples: [
    {
      text: "Publicado el vie. 3 de mayo de 2024: hombres armados atacaron un bus cerca de Tibú.",
      published: PUBLICADO,
    },
  ],
  pattern: /^(?:lun|mar|mié|mie|jue|vie|sáb|sab|dom)$/i,
  dated: /^\.|^,?\s*\d/,
} as const satisfies PatternRule & { dated: RegExp };

export const ES_DATE_NAME_WITH_DATE = {
  id: "es/date/name-with-date",
  kind: "filter",
  description:
    'A day and month inside the name of a movement ("el Movimiento 19 de Abril", "el Movimiento 23 de Marzo") date nothing.',
  examples: [{ text: "El Movimiento 23 de Marzo (M23) tomó el control de Goma el lunes.", published: PUBLICADO }],
  counterexamples: [
    { text: "El 23 de marzo, los combatientes del movimiento entraron en Goma.", published: PUBLICADO },
  ],
  before: /\b(?:movimiento|alianza|coalición|frente)\s+(?:del\s+)?$/i,
  after: /^\s+(?:[A-Z][a-z]+\s+){0,2}(?:Movement|Movimiento)\b/,
} as const satisfies Rule & { before: RegExp; after: RegExp };

export const ES_DATE_DATELINE = {
  id: "es/date/dateline",
  kind: "cue",
  description:
    'A date at the top of a page alone on its line, opening the page before its header words, or after a "date" label, an upper-case place or a weekday, dates the page, not the event.',
  examples: ["BOGOTÁ, 3 de marzo de 2024 (AFP) - Hombres armados mataron a dos campesinos cerca de Tibú."],
  counterexamples: ["El 3 de marzo de 2023, hombres armados atacaron una vereda cerca de Tibú."],
  // No "i" flag: with it, \p{Lu} would match lower-case letters too and any short clause would pass for a place.
  pattern: words(
    /^\s*(?:[Dd]ate\s+|[Ff]echa:?\s+|\p{Lu}[\p{Lu} .'-]{2,30},\s*|(?:[Ll]unes|[Mm]artes|[Mm]iércoles|[Jj]ueves|[Vv]iernes|[Ss]ábado|[Dd]omingo),\s*)$/u,
  ),
} as const satisfies PatternRule;

/** A preposition that opens a date ("desde 2023", "en marzo"): the story's date, never a dateline. */
export const ES_EVENT_PREPOSITION = words(/^(en|desde|hasta|durante)\b/i);

/** Spanish date rules, in the order the date stage applies them. */
export const ES_DATE_RULES: readonly Rule[] = [
  ES_DATE_NAME_WITH_DATE,
  ES_DATE_CHRONO,
  ES_DATE_BETWEEN_TWO_DAYS,
  ES_DATE_IGNORED,
  ES_DATE_WEEKDAY_ABBREVIATION,
  ES_DATE_WEEKDAY_BEFORE_PUBLICATION,
  ES_DATE_WEEKDAY_WITH_MODIFIER,
  ES_DATE_MONTH,
  ES_DATE_FUTURE,
  ES_DATE_STATEMENT,
  ES_DATE_STATEMENT_AFTER,
  ES_DATE_WEEKDAY_BEFORE_WRITTEN_DATE,
  ES_DATE_YEAR_FROM_WRITTEN_DATES,
  ES_DATE_YEAR_FROM_WEEKDAY,
  ES_DATE_DATELINE,
];
