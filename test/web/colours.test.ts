import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { TYPE_COLOURS } from "../../web/src/colours.js";

type Rgb = [number, number, number];
type Matrix = [Rgb, Rgb, Rgb];

/**
 * Colour vision deficiencies at full severity, as linear-RGB matrices (Machado, Oliveira & Fernandes, "A
 * Physiologically-based Model for Simulation of Color Vision Deficiency", IEEE TVCG 2009, table for severity 1.0).
 */
const VISION: Record<string, Matrix> = {
  "normal vision": [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

/** What the page draws beside the type colours: clusters (white), the land and the sea. */
const BACKGROUNDS: Record<string, string> = { cluster: "#ffffff", land: "#f6f4ee", sea: "#dce8f2" };
/** CIE76 ΔE under which two marks are hard to tell apart at map-dot size (a "just noticeable" ΔE is about 2.3). */
const MIN_DELTA_E = 12;

const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const rgbOf = (hex: string): Rgb => [1, 3, 5].map((i) => linear(Number.parseInt(hex.slice(i, i + 2), 16) / 255)) as Rgb;
const seen = (rgb: Rgb, m: Matrix): Rgb =>
  m.map((row) => Math.min(1, Math.max(0, row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2]))) as Rgb;

/** Linear sRGB → CIE L*a*b* (D65). */
function lab([r, g, b]: Rgb): Rgb {
  const xyz = [
    (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
    0.2126 * r + 0.7152 * g + 0.0722 * b,
    (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
  ].map((t) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 / 116) * t + 16 / 116)) as Rgb;
  return [116 * xyz[1] - 16, 500 * (xyz[0] - xyz[1]), 200 * (xyz[1] - xyz[2])];
}
const deltaE = (a: Rgb, b: Rgb) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

describe("the event types' colours", () => {
  for (const [vision, matrix] of Object.entries(VISION))
    test(`stay apart from each other, from clusters, land and sea, with ${vision}`, () => {
      const colours = { ...TYPE_COLOURS, ...BACKGROUNDS };
      const close: string[] = [];
      const names = Object.keys(colours);
      for (const [i, a] of names.entries())
        for (const b of names.slice(i + 1)) {
          if (a in BACKGROUNDS && b in BACKGROUNDS) continue;
          const d = deltaE(
            lab(seen(rgbOf(colours[a] as string), matrix)),
            lab(seen(rgbOf(colours[b] as string), matrix)),
          );
          if (d < MIN_DELTA_E) close.push(`${a} / ${b}: ΔE ${d.toFixed(1)}`);
        }
      assert.deepEqual(close, []);
    });
});
