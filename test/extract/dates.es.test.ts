import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { mentionsOf } from "../helpers/mentions.js";

// Published 2024-08-25, a Sunday.
const read = (text: string, published: string | null = "2024-08-25") =>
  mentionsOf("date", text, published, "es").map((d) => [d.text, d.value.date, d.rule]);

describe("Spanish dates", () => {
  test("a day written out with its year", () => {
    assert.deepEqual(read("Hombres armados atacaron el caserío el 16 de enero de 2025.", null), [
      ["16 de enero de 2025", "2025-01-16", "es/date/chrono"],
    ]);
  });
  test("a span between two days starts on the first", () => {
    assert.deepEqual(read("Entre el 9 y el 10 de junio de 2021, hombres armados incendiaron el mercado.", null), [
      ["Entre el 9 y el 10 de junio de 2021", "2021-06-09", "es/date/chrono"],
    ]);
  });
  test("'el pasado domingo' is the last Sunday, not the one chrono-node counts (this week's)", () => {
    assert.deepEqual(read("El pasado domingo, guerrilleros quemaron dos camiones.", "2024-08-27"), [
      ["pasado domingo", "2024-08-25", "es/date/weekday-before-publication"],
    ]);
  });
  test("'mar', the sea, is no Tuesday", () => {
    assert.deepEqual(read("Atacaron a pescadores en alta mar cerca de Tumaco el 3 de mayo de 2024."), [
      ["3 de mayo de 2024", "2024-05-03", "es/date/chrono"],
    ]);
  });
  test("a weekday with its day and month fixes the year no text writes", () => {
    assert.deepEqual(read("El lunes 31 de marzo, pandillas armadas atacaron la cárcel.", null), [
      ["lunes 31 de marzo", "2025-03-31", "es/date/year-from-weekday"],
    ]);
  });
});
