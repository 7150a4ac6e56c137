import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { mentionsOf } from "../helpers/mentions.js";

// [sentence, figure text, low, high, counts, scope]
const POSITIVE: [string, string, number | null, number | null, string, string][] = [
  ["At least 30 soldiers were killed in the ambush.", "At least 30", 30, null, "killed", "event"],
  ["The attack left 12 dead and 20 wounded.", "12", 12, 12, "killed", "event"],
  ["The attack left 12 dead and 20 wounded.", "20", 20, 20, "wounded", "event"],
  ["Gunmen killed between 100 and 150 villagers.", "between 100 and 150", 100, 150, "killed", "event"],
  ["Fighters abducted more than 200 pupils from the school.", "more than 200", 200, null, "abducted", "event"],
  ["A dozen people died when the bomb exploded.", "A dozen", 12, 12, "killed", "event"],
  ["Twenty-five traders were kidnapped on the road.", "Twenty-five", 25, 25, "abducted", "event"],
  ["Violence killed over 8,400 people last year.", "over 8,400", 8400, null, "killed", "background"],
  [
    "Over the past decade, armed groups have killed thousands of people and displaced more than two million in Burkina Faso.",
    "more than two million",
    2_000_000,
    null,
    "displaced",
    "background",
  ],
  ["Following the raid, a number of soldiers went missing.", "a number of", null, null, "missing", "event"],
  ["They have essentially become mass graves.", "mass graves", null, null, "killed", "event"],
  ["Gunmen killed a teacher near the school.", "a", 1, 1, "killed", "event"],
  ["A soldier was wounded in the blast.", "A", 1, 1, "wounded", "event"],
  ["The blast killed nine women and two men.", "two", 2, 2, "killed", "event"],
  ["The raid killed 4 soldiers, 3 were wounded.", "3", 3, 3, "wounded", "event"],
  // The counting word right after a figure says what it counts; further off, the first kind in order.
  ["The clinic took in 40 injuries and 9 deaths.", "40", 40, 40, "wounded", "event"],
  ["The clinic took in 40 injuries and 9 deaths.", "9", 9, 9, "killed", "event"],
  ["One of the injured men died two days later.", "One", 1, 1, "killed", "event"],
  // An aside between dashes is read past, as one between commas is.
  ["Eleven pilgrims—most of them women—were killed in the stampede.", "Eleven", 11, 11, "killed", "event"],
  // ACLED's notes close on "1 fatality"; a body found is a death; a lynched suspect counts one.
  ["Gunmen shot a shopkeeper in his store. 1 fatality.", "1", 1, 1, "killed", "event"],
  ["A body with gunshot wounds was found near the river.", "A", 1, 1, "killed", "event"],
  ["A crowd lynched a suspected cattle thief at the market.", "a", 1, 1, "killed", "event"],
  ["Two herders were beaten to death by a mob.", "Two", 2, 2, "killed", "event"],
  // One person after a word of harm, with "the" too; "the" before a figure is no count of its own.
  ["Gunmen killed the brother of the village chief near Kolman.", "the", 1, 1, "killed", "event"],
  ["Militants assassinated a councillor near Tongo Tongo.", "a", 1, 1, "killed", "event"],
  ["Police said the two fatalities were wanted men.", "two", 2, 2, "killed", "event"],
  ["A 16-year-old pupil was shot dead at the gate.", "A", 1, 1, "killed", "event"],
  // Headlines tell in the present tense.
  ["Mob lynches three suspected robbers in Kisumu", "three", 3, 3, "killed", "event"],
  // A sentence about the event that ends on background: figures before the clause break are the event's, after it not.
  [
    "Gunmen killed five traders near Kaya on Sunday, a week after a similar attack killed 20.",
    "five",
    5,
    5,
    "killed",
    "event",
  ],
  [
    "Gunmen killed five traders near Kaya on Sunday, a week after a similar attack killed 20.",
    "20",
    20,
    20,
    "killed",
    "background",
  ],
  [
    "According to the Norwegian Refugee Council, violence killed 8,400 people last year.",
    "8,400",
    8400,
    8400,
    "killed",
    "background",
  ],
  // "Nationwide" before a noun names the event's movement, not a national total; after the verb it is one.
  ["Police wounded 14 marchers during a nationwide strike.", "14", 14, 14, "wounded", "event"],
  ["Some 300 people have died nationwide.", "Some 300", 300, 300, "killed", "background"],
];

describe("English quantities: not counts of people", () => {
  test("a unit's number and things counted are no figures", () => {
    const figures = mentionsOf(
      "quantity",
      "A corporal of the 77 LIB died; rebels took ten bags of rice and 40 goats and killed a cattle herder. A herder shot and killed three oxen.",
    );
    assert.deepEqual(
      figures.map((q) => [q.text, q.value.counts]),
      [
        ["A", "killed"],
        ["a", "killed"],
      ],
    );
  });
  test("a toll told as unverified or as a party's claim is marked so", () => {
    const [claimed] = mentionsOf("quantity", "The group claimed that it had killed 30 soldiers in the raid.");
    assert.deepEqual([claimed?.value.low, claimed?.value.hedged], [30, "claim"]);
    const unverified = mentionsOf("quantity", "Unconfirmed reports said 30 soldiers were killed in the raid.").find(
      (q) => q.value.low === 30,
    );
    assert.deepEqual([unverified?.value.low, unverified?.value.hedged], [30, "unverified"]);
    const [plain] = mentionsOf("quantity", "Officials said 30 soldiers were killed in the raid.");
    assert.equal(plain?.value.hedged, undefined);
  });
  test("one person killed, told in a headline with no article or after 'was shot and killed'", () => {
    const killed = (text: string) =>
      mentionsOf("quantity", text)
        .filter((q) => q.value.counts === "killed")
        .map((q) => [q.text, q.value.low, q.value.counts]);
    assert.deepEqual(killed("Villagers lynch suspected cattle thief"), []);
    assert.deepEqual(killed("Crowd lynches suspected cattle thief"), [["suspected cattle thief", 1, "killed"]]);
    assert.deepEqual(killed("Gunmen kills village elder in Marsabit"), [["village elder", 1, "killed"]]);
    // (", killing one": the figure before the comma did the killing.)
    assert.deepEqual(killed("Two gunmen shot three guards at the gate, killing one guard."), [["one", 1, "killed"]]);
    assert.deepEqual(killed("On Monday a 20-year-old shop worker was shot and killed by a guard."), [
      ["a", 1, "killed"],
    ]);
  });
  test("a toll the source says to use is stated, shared out where it is spread over places and days", () => {
    const stated = (text: string) =>
      mentionsOf("quantity", text)
        .filter((q) => q.value.stated)
        .map((q) => [q.value.low, q.value.counts]);
    assert.deepEqual(stated("Militants killed several guards. Several fatalities coded as 3."), [[3, "killed"]]);
    assert.deepEqual(stated("The death toll was put at 12 by the governor."), [[12, "killed"]]);
    assert.deepEqual(stated("Unclear fatalities coded as 12 and spread across four locations."), [[3, "killed"]]);
    assert.deepEqual(stated("Unknown fatalities coded as 10 and split between two locations over two days."), [
      [3, "killed"],
    ]);
  });
});

describe("English quantities: figure, bounds, what it counts, scope", () => {
  for (const [sentence, text, low, high, counts, scope] of POSITIVE) {
    test(`${text} in: ${sentence}`, () => {
      const figure = mentionsOf("quantity", sentence).find((m) => m.text === text);
      assert.ok(
        figure,
        `no quantity "${text}" in ${JSON.stringify(mentionsOf("quantity", sentence).map((m) => m.text))}`,
      );
      assert.equal(sentence.slice(figure.start, figure.end), text);
      assert.deepEqual(
        [figure.value.low, figure.value.high, figure.value.counts, figure.value.scope],
        [low, high, counts, scope],
      );
      if (scope === "background") assert.ok(figure.value.scope_evidence?.text);
    });
  }
});

const NEGATIVE: [string, string][] = [
  ["The offensive happened some 40 kilometres (25 miles) north of Kaya.", "40"],
  ["The military took power in a coup in 2022.", "2022"],
  ["Prices rose by 30 percent after the blockade.", "30"],
  ["The curfew starts at 6 pm.", "6"],
  ["The attack took place on 24 August 2024.", "24"],
  ["A group of gunmen attacked a village near Dori.", "a"],
];
describe("English quantities: numbers that count no people", () => {
  for (const [sentence, figure] of NEGATIVE) {
    test(sentence, () => assert.ok(!mentionsOf("quantity", sentence).some((m) => m.text.includes(figure))));
  }
});
