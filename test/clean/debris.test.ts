import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { normalizeCharacters } from "../../src/clean/01-normalize-characters.js";
import { removeDebris } from "../../src/clean/02-remove-debris.js";
import { attachmentDate } from "../../src/clean/attachment-date.js";

// Narrative lines that look a little like debris and must stay.
const NARRATIVE = [
  "Read the statement: the army said 12 soldiers were killed.",
  "Watch: residents described hearing gunfire through the night in Kaya, where the attack began.",
  "The photo, shared as attack.jpg on social media, could not be verified.",
  "Share prices in Lagos fell after the attack.",
  "See https://example.org for the full list of victims named by the council.",
];
describe("narrative lines are kept", () => {
  for (const line of NARRATIVE) test(line, () => assert.equal(removeDebris(line).text, line));
});

test("a forum repost loses its furniture and keeps its links and attachments aside", () => {
  const post = [
    "Fighters attacked the market on Sunday.",
    "IMG_20240602_0931.jpg",
    "Watch more;",
    "https://youtu.be/abc?si=x",
    "[attachment deleted by admin]",
  ].join("\n");
  assert.deepEqual(removeDebris(post), {
    text: "Fighters attacked the market on Sunday.",
    asides: [
      { kind: "attachment", value: "IMG_20240602_0931.jpg" },
      { kind: "link", value: "https://youtu.be/abc?si=x" },
      { kind: "attachment", value: "[attachment deleted by admin]" },
    ],
  });
});

const CHARACTERS: [string, string][] = [
  ["Kaya\u00a0town", "Kaya town"],
  ["line one\r\nline two\rline three", "line one\nline two\nline three"],
  ["Tillabe\u0301ri", "Tillabéri"],
  ["zero\u200bwidth\u0007bell", "zerowidthbell"],
];
describe("normalizeCharacters", () => {
  for (const [input, output] of CHARACTERS)
    test(JSON.stringify(input), () => assert.equal(normalizeCharacters(input), output));
});

test("an attachment named by the moment it was made dates a repost that carries no other date", () => {
  const attachments = (...names: string[]) => names.map((value) => ({ kind: "attachment" as const, value }));
  assert.equal(attachmentDate(attachments("Screenshot_20231107-081502.png")), "2023-11-07");
  assert.equal(attachmentDate(attachments("[attachment deleted by admin]", "IMG_20240602_0931.jpg")), "2024-06-02");
  assert.equal(attachmentDate(attachments("44120_screenshot202401151030221_jpeg.jpeg")), "2024-01-15");
  // No day that exists, no camera's or screen grab's name, a link: no date.
  assert.equal(attachmentDate(attachments("IMG_20241345_1200.jpg")), null);
  assert.equal(attachmentDate(attachments("report-20240602.pdf")), null);
  assert.equal(attachmentDate([{ kind: "link", value: "https://example.org/IMG_20240602.jpg" }]), null);
});
