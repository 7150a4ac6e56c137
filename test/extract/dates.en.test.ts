import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { mentionsOf } from "../helpers/mentions.js";

// [sentence, publication day, expression, ISO day or null, precision]; the span must be the expression's.
const POSITIVE: [string, string | null, string, string | null, number][] = [
  ["The offensive happened on Saturday in the Barsalogho district.", "2024-08-25", "on Saturday", "2024-08-24", 1],
  ["The army was warned of an attack on Friday.", "2024-08-25", "on Friday", "2024-08-23", 1],
  ["Gunmen attacked the village on Monday.", "2024-08-25", "on Monday", "2024-08-19", 1],
  ["Gunmen attacked the village on Sunday.", "2024-08-25", "on Sunday", "2024-08-25", 1],
  ["The attack took place on 24 August 2024 in Barsalogho.", null, "on 24 August 2024", "2024-08-24", 1],
  ["Fighting broke out on Aug. 24 near Kaya.", "2024-08-26", "Aug. 24", "2024-08-24", 1],
  ["The report was dated 24/08/2024.", null, "24/08/2024", "2024-08-24", 1],
  ["Soldiers repelled an attack yesterday.", "2024-03-08", "yesterday", "2024-03-07", 1],
  ["Last week, jihadists killed five people.", "2024-08-25", "Last week", "2024-08-18", 2],
  ["Clashes on March 27-28 killed 16 people.", "2025-03-30", "March 27-28", "2025-03-27", 1],
  [
    "Overnight between 9 and 10 June 2021, raiders burned a market.",
    null,
    "between 9 and 10 June 2021",
    "2021-06-09",
    1,
  ],
  ["Late on Sunday, fighters attacked Barkaram.", null, "on Sunday", null, 1],
  // A publication month gives a written day its year, and is no day to count a weekday or "yesterday" back from.
  ["Late on Sunday, fighters attacked Barkaram.", "2024-10", "on Sunday", null, 1],
  ["Soldiers repelled an attack yesterday.", "2024-03", "yesterday", null, 1],
  ["Fighting broke out on Aug. 24 near Kaya.", "2024-08", "Aug. 24", "2024-08-24", 1],
  ["Herders and farmers clashed today near Mopti.", "2024-08-25", "today", "2024-08-25", 1],
  ["Tonight the town of Djibo is without power after the raid.", "2024-08-25", "Tonight", "2024-08-25", 1],
  // 2024-08-26 is a Monday: "last Monday" is the one before, a bare "Monday" that day.
  ["Gunmen burned a clinic in Gao last Monday.", "2024-08-26", "last Monday", "2024-08-19", 1],
  ["Gunmen burned a clinic in Gao on Monday.", "2024-08-26", "on Monday", "2024-08-26", 1],
  // Thanksgiving is the fourth Thursday of November; a holiday is its last day on or before publication.
  ["The boy was rescued at sea on Thanksgiving Day.", "2024-12-10", "Thanksgiving Day", "2024-11-28", 1],
  ["A bomb hit a church in Jos on Christmas Eve.", "2025-03-01", "Christmas Eve", "2024-12-24", 1],
  // A day and month with no year is the last one before publication unless it falls within four months ahead.
  ["Relatives still mourn the April 2 lynching in Ubiaja.", "2025-11-20", "April 2", "2025-04-02", 1],
  ["Traders must register before the Jan. 20 deadline, the council said.", "2025-11-20", "Jan. 20", "2026-01-20", 1],
];

describe("English dates: expression, span and resolved day", () => {
  for (const [sentence, published, expression, day, precision] of POSITIVE) {
    test(`${sentence} (published ${published ?? "unknown"})`, () => {
      const found = mentionsOf("date", sentence, published).find((m) => m.text === expression);
      assert.ok(found, `no date "${expression}"`);
      assert.equal(found.start, sentence.indexOf(expression));
      assert.equal(found.end, sentence.indexOf(expression) + expression.length);
      assert.equal(found.value.date, day);
      assert.equal(found.value.precision, precision);
    });
  }
});

const NEGATIVE: [string, string][] = [
  ["Violence killed over 8,400 people last year.", "last year"],
  ["Attacks have risen this month.", "this month"],
];
describe("English dates: periods that date no event", () => {
  for (const [sentence, expression] of NEGATIVE) {
    test(sentence, () => assert.ok(!mentionsOf("date", sentence).some((m) => m.text.includes(expression))));
  }
  test("a reporting verb right after a date marks the statement's day, not the event's", () => {
    const dates = mentionsOf(
      "date",
      "The governor on Sunday, August 25, 2024, confirmed that the raid on Friday killed nine herders.",
    );
    assert.deepEqual(
      dates.map((d) => [d.text, d.value.statement ?? false]),
      [
        ["on Sunday, August 25, 2024", true],
        ["on Friday", false],
      ],
    );
  });
  test("'a year ago' is that day, marked background; with no publication day it is dropped", () => {
    const [ago] = mentionsOf("date", "Exports fell to $2 billion from $3.1 billion a year ago.", "2024-08-25");
    assert.deepEqual([ago?.text, ago?.value.date, ago?.value.background], ["a year ago", "2023-08-25", true]);
    assert.deepEqual(mentionsOf("date", "Two years ago, the militia burned the market.", null), []);
  });
  test("a range written with 'to' gives its last day a mention of its own", () => {
    const dates = mentionsOf("date", "Traders bought grain from Aug. 12 to Thursday at twice the usual price.");
    assert.deepEqual(
      dates.map((d) => [d.text, d.value.date, d.value.range?.to ?? null]),
      [
        ["Aug. 12", "2024-08-12", "2024-08-22"],
        ["Thursday", "2024-08-22", null],
      ],
    );
  });
  test("a date after 'next' is marked future", () => {
    const [next] = mentionsOf("date", "Elections are scheduled for next Sunday.");
    assert.equal(next?.value.future, true);
  });
});

describe("English dates: datelines date the page, not the event", () => {
  test("a 'date' line at the top resolves the report's weekdays and is not an event date", () => {
    const text = "date 2024-03-11\nGunmen abducted pupils from a school in Kuriga on Thursday, residents said.";
    const dates = mentionsOf("date", text, null);
    assert.deepEqual(
      dates.map((d) => [d.text, d.value.date, d.value.dateline ?? false]),
      [
        ["2024-03-11", "2024-03-11", true],
        ["on Thursday", "2024-03-07", false],
      ],
    );
  });
  test("'ABIDJAN, March 15, 2025 (AFP) -' is a dateline", () => {
    const [dateline] = mentionsOf(
      "date",
      "ABIDJAN, March 15, 2025 (AFP) - The junta must investigate the killings.",
      null,
    );
    assert.equal(dateline?.value.dateline, true);
  });
  test("a lone month name in lower case is the word, not the month", () => {
    const dates = mentionsOf("date", "Pupils held a march in Sampang in March; they may march again.", "2024-04-02");
    assert.deepEqual(
      dates.map((d) => d.text),
      ["March"],
    );
  });
  test("a date opening the page before its header words is the page's day, and dates the rest", () => {
    const text = "Tuesday, November 4, 2025 Subscribe Log In E-Paper\nResidents recall the April 2 lynching in Ubiaja.";
    assert.deepEqual(
      mentionsOf("date", text, null).map((d) => [d.text, d.value.date, d.value.dateline ?? false]),
      [
        ["Tuesday, November 4, 2025", "2025-11-04", true],
        ["April 2", "2025-04-02", false],
      ],
    );
  });
  test("a date opening a sentence is no page header", () => {
    const [date] = mentionsOf("date", "Tuesday, November 4, 2025 saw gunmen raid Ubiaja market.", null);
    assert.equal(date?.value.dateline, undefined);
  });
  test("a lower-case clause before a date is not a dateline", () => {
    const [date] = mentionsOf("date", "Gunmen attacked, 24 August 2024 reports say.", null);
    assert.equal(date?.value.dateline, undefined);
  });
  test("'On 3 March 2023, gunmen …' at the start of a report is the event's date", () => {
    const [date] = mentionsOf("date", "On 3 March 2023, gunmen attacked a village.", null);
    assert.equal(date?.value.dateline, undefined);
  });
});

describe("English dates: undated reports take years from the dates they write", () => {
  // [text, expression, resolved day, rule]
  const CASES: [string, string, string | null, string][] = [
    [
      "Missiles hit a training school on September 4. The same unit was struck in November 2023.",
      "September 4",
      "2024-09-04",
      "en/date/year-from-written-dates",
    ],
    [
      "Gunmen killed twelve worshippers on Sunday February 26. Similar attacks killed dozens in March 2019.",
      "on Sunday February 26",
      "2023-02-26",
      "en/date/year-from-written-dates",
    ],
    [
      "On 4 June 2021, soldiers detained a trader. He had been threatened on 1 June by the same unit.",
      "on 1 June",
      "2021-06-01",
      "en/date/year-from-written-dates",
    ],
    [
      "Troops ambushed the convoy on 3 January. It had left the capital on 28 December 2021.",
      "on 3 January",
      "2022-01-03",
      "en/date/year-from-written-dates",
    ],
    [
      "A drone struck the market late on Tuesday. (Photo taken on Thursday, October 10, 2024.)",
      "on Tuesday",
      "2024-10-08",
      "en/date/weekday-before-written-date",
    ],
  ];
  for (const [text, expression, day, rule] of CASES) {
    test(`${expression} in "${text.slice(0, 60)}…"`, () => {
      const found = mentionsOf("date", text, null).find((m) => m.text.toLowerCase() === expression.toLowerCase());
      assert.ok(found, `no date "${expression}"`);
      assert.equal(found.value.date, day);
      assert.equal(found.rule, rule);
    });
  }
  test("relative expressions name no day of their own: 'for three days' is not 3 January", () => {
    const dates = mentionsOf("date", "The siege lasted for three days. Rebels took the base in August 2023.", null);
    assert.ok(dates.every((d) => d.value.monthDay === undefined && d.value.date !== "2024-01-04"));
  });
  test("with no year written anywhere, a day and month stay a hint", () => {
    const [hint] = mentionsOf("date", "Fighters raided the village on 12 March.", null);
    assert.equal(hint?.value.date, null);
    assert.equal(hint?.value.monthDay, "03-12");
  });
});
