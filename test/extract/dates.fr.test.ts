import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { mentionsOf } from "../helpers/mentions.js";

// [sentence, expression, ISO day or null, precision, rule]; published 2024-08-25, a Sunday.
const POSITIVE: [string, string, string | null, number, string][] = [
  ["Des hommes armés ont attaqué le village samedi.", "samedi", "2024-08-24", 1, "fr/date/weekday-before-publication"],
  [
    "La semaine dernière, des hommes armés ont attaqué le village.",
    "La semaine dernière",
    "2024-08-18",
    2,
    "fr/date/relative-week",
  ],
  ["Des jihadistes ont attaqué Djibo le 12 août 2024.", "12 août 2024", "2024-08-12", 1, "fr/date/chrono"],
  ["Des élèves ont manifesté aujourd'hui à Kaya.", "aujourd'hui", "2024-08-25", 1, "fr/date/chrono"],
  [
    "Dimanche dernier, des jihadistes ont incendié deux camions.",
    "Dimanche dernier",
    "2024-08-18",
    1,
    "fr/date/weekday-with-modifier",
  ],
];

describe("French dates: expression, span, resolved day and rule", () => {
  for (const [sentence, expression, day, precision, rule] of POSITIVE) {
    test(sentence, () => {
      const found = mentionsOf("date", sentence, "2024-08-25", "fr").find((m) => m.text === expression);
      assert.ok(found, `no date "${expression}"`);
      assert.equal(found.start, sentence.indexOf(expression));
      assert.deepEqual([found.value.date, found.value.precision, found.rule], [day, precision, rule]);
    });
  }
});

describe("French dates: periods and future days date no event", () => {
  test("'Il y a un mois' names a period, not a day", () => {
    const dates = mentionsOf("date", "Il y a un mois, des hommes armés ont attaqué le village.", "2024-08-25", "fr");
    assert.deepEqual(
      dates.map((d) => d.text),
      [],
    );
  });
  test("'doit se tenir dimanche' is in the future", () => {
    const [sunday] = mentionsOf("date", "Le scrutin doit se tenir dimanche au Niger.", "2024-08-25", "fr");
    assert.deepEqual([sunday?.text, sunday?.value.future], ["dimanche", true]);
  });
});

describe("French dates in a report with no publication day", () => {
  const undated = (text: string) =>
    mentionsOf("date", text, null, "fr").map((d) => [d.text, d.value.date, d.rule] as const);
  test("a weekday with its day and month fixes the year no text writes", () => {
    // 31 March was a Monday in 2025, and is not again before 2031.
    assert.deepEqual(undated("Ce lundi 31 mars, des gangs armés ont attaqué la prison de Mirebalais."), [
      ["Ce lundi 31 mars", "2025-03-31", "fr/date/year-from-weekday"],
    ]);
  });
  test("a day and month without their weekday stay a hint", () => {
    const [date] = mentionsOf("date", "Le 31 mars, des gangs armés ont attaqué la prison de Mirebalais.", null, "fr");
    assert.deepEqual([date?.value.date, date?.value.monthDay], [null, "03-31"]);
  });
  test("a night between two days starts on the first, whose weekday fixes the year", () => {
    assert.deepEqual(undated("Dans la nuit du dimanche 27 au lundi 28 octobre, des assaillants ont pris une base."), [
      ["du dimanche 27 au lundi 28 octobre", "2024-10-27", "fr/date/year-from-weekday"],
    ]);
  });
  test("a night between two days with its year is dated by it", () => {
    const [date] = mentionsOf(
      "date",
      "Du 9 au 10 juin 2021, des hommes armés ont incendié le marché de Solhan.",
      null,
      "fr",
    );
    assert.deepEqual([date?.text, date?.value.date], ["Du 9 au 10 juin 2021", "2021-06-09"]);
  });
  test("an English post's date quoted in a French page dates its weekdays", () => {
    const text = "Des drones ont tué six civils mardi à Tinzaouaten.\n— Un élu local (@elu) July 30, 2024";
    assert.deepEqual(
      undated(text).map(([expression, day]) => [expression, day]),
      [
        ["mardi", "2024-07-30"],
        ["July 30, 2024", "2024-07-30"],
      ],
    );
  });
  test("an English month and day without a year reads nothing in French", () => {
    assert.deepEqual(undated("Le groupe a publié une vidéo intitulée July 30 sur les réseaux."), []);
  });
});
