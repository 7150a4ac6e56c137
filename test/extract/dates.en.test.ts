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
  ["Late on Sunday, fighters attacked Barkaram.", null, "on Sunday", null, 1],
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
  test("a lower-case clause before a date is not a dateline", () => {
    const [date] = mentionsOf("date", "Gunmen attacked, 24 August 2024 reports say.", null);
    assert.equal(date?.value.dateline, undefined);
  });
  test("'On 3 March 2023, gunmen …' at the start of a report is the event's date", () => {
    const [date] = mentionsOf("date", "On 3 March 2023, gunmen attacked a village.", null);
    assert.equal(date?.value.dateline, undefined);
  });
});
