import assert from "node:assert/strict";
import { test } from "node:test";
import { NameFilter } from "../../src/sources/gazetteer/name-filter.js";

test("the name filter never misses a key it holds and rarely claims one it does not", () => {
  const keys = Array.from({ length: 20_000 }, (_, i) => `place ${i} ${(i * 7919).toString(36)}`);
  const filter = NameFilter.fromBuffer(NameFilter.build(keys, keys.length).toBuffer());
  assert.ok(keys.every((key) => filter.mightHave(key)));
  const strangers = Array.from({ length: 20_000 }, (_, i) => `elsewhere ${i}`);
  const falsePositives = strangers.filter((key) => filter.mightHave(key)).length / strangers.length;
  assert.ok(falsePositives < 0.03, `false positive rate ${falsePositives}`);
});
