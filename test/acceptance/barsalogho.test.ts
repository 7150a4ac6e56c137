import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { type Extraction, ExtractionSchema } from "../../src/model/index.js";
import { vigil } from "../helpers/cli.js";
import { sharedFile } from "../helpers/shared.js";

const sample = sharedFile("samples", "barsalogho-forum-post.txt");

describe("the canonical forum post (../shared/samples/barsalogho-forum-post.txt)", { skip: sample.skip }, () => {
  const run = () => vigil(["extract", sample.path, "--format", "json", "--published", "2024-08-25"]);

  test("prints a valid document whose text is the article and none of the forum debris", () => {
    const result = run();
    assert.equal(result.status, 0, result.stderr);
    const { document } = ExtractionSchema.parse(JSON.parse(result.stdout)) as Extraction;
    assert.ok(document.text.startsWith("The offensive happened on Saturday in the Barsalogho district"));
    assert.ok(document.text.endsWith("more than double the previous year's death toll."));
    for (const debris of ["[attachment deleted by admin]", "Watch more;", ".jpeg", "youtu.be"]) {
      assert.ok(!document.text.includes(debris), `"${debris}" must not be narrative`);
    }
    assert.deepEqual(
      document.asides.map((a) => a.kind),
      ["attachment", "link", "attachment"],
    );
    assert.ok(document.asides.some((a) => a.value.startsWith("https://youtu.be/")));
    assert.ok(document.asides.some((a) => a.value.endsWith(".jpeg")));
    assert.equal(document.language, "en");
    assert.equal(document.published_at, "2024-08-25");
  });
});
