import chardet from "chardet";
import iconv from "iconv-lite";
import { InputError } from "./errors.js";

export interface DecodedText {
  text: string;
  /** The encoding the bytes were read as, e.g. "UTF-8", "UTF-16LE", "windows-1252". */
  encoding: string;
}

// Magic numbers of the binary files people most often pass by mistake.
const BINARY_SIGNATURES: { name: string; bytes: number[] }[] = [
  { name: "PDF document", bytes: [0x25, 0x50, 0x44, 0x46] },
  { name: "PNG image", bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: "JPEG image", bytes: [0xff, 0xd8, 0xff] },
  { name: "GIF image", bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: "ZIP archive (or DOCX/XLSX)", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: "gzip archive", bytes: [0x1f, 0x8b] },
  { name: "SQLite database", bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65] },
];

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** UTF-16 without a byte-order mark: text in Latin scripts has a NUL in every other byte. */
function guessBomlessUtf16(bytes: Uint8Array): "UTF-16LE" | "UTF-16BE" | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) i % 2 === 0 ? evenNuls++ : oddNuls++;
  const half = bytes.length / 2;
  if (oddNuls > 0.9 * half && evenNuls === 0) return "UTF-16LE";
  if (evenNuls > 0.9 * half && oddNuls === 0) return "UTF-16BE";
  return null;
}

/** Over this share of C0 control bytes, input is binary: random bytes have about one in nine, text next to none. */
const MAX_CONTROL_SHARE = 0.01;
/** Fewer control bytes than this are tolerated whatever the length (a stray form feed, a DOS end-of-file mark). */
const MIN_CONTROL_BYTES = 16;

/**
 * Binary without a NUL byte (compressed or encrypted data, random bytes) would otherwise decode as Windows-1252
 * noise. Tab, line feed, vertical tab, form feed and carriage return are text; so are ESC, SO and SI, which the
 * ISO-2022 encodings of Japanese and Chinese use to switch character sets.
 */
function looksBinary(bytes: Uint8Array): boolean {
  let controls = 0;
  for (const byte of bytes) {
    if ((byte < 0x20 && !TEXT_CONTROLS.has(byte)) || byte === 0x7f) controls++;
  }
  return controls >= MIN_CONTROL_BYTES && controls > MAX_CONTROL_SHARE * bytes.length;
}
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f, 0x1b]);

/**
 * Turns a report's bytes into text: a byte-order mark decides first, then strict UTF-8, then chardet's guess
 * (Windows-1252 when it has none), decoded with iconv-lite. Binary input is refused rather than decoded to noise.
 * @example decodeBytes(Buffer.from([0xef, 0xbb, 0xbf, 0x68, 0x69]), "a.txt") // { text: "hi", encoding: "UTF-8" }
 */
export function decodeBytes(bytes: Uint8Array, source: string, declaredCharset?: string): DecodedText {
  const decoded = decodeAnyText(bytes, source, declaredCharset);
  if (decoded.text.trim() === "")
    throw new InputError("empty", source, "the input holds only white space; give a report with text in it");
  return decoded;
}

function decodeAnyText(bytes: Uint8Array, source: string, declaredCharset?: string): DecodedText {
  if (bytes.length === 0)
    throw new InputError("empty", source, "the input is empty; give a file or text with a report in it");
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeAs(bytes.subarray(3), "UTF-8");
  if (startsWith(bytes, [0xff, 0xfe])) return decodeAs(bytes.subarray(2), "UTF-16LE");
  if (startsWith(bytes, [0xfe, 0xff])) return decodeAs(bytes.subarray(2), "UTF-16BE");
  const signature = BINARY_SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (signature)
    throw new InputError(
      "binary",
      source,
      `this is a ${signature.name}, not text; give the report's text, HTML or feed`,
    );
  const utf16 = guessBomlessUtf16(bytes);
  if (utf16) return decodeAs(bytes, utf16);
  if (bytes.includes(0))
    throw new InputError(
      "binary",
      source,
      "the input holds NUL bytes, so it is binary, not text; give the report's text, HTML or feed",
    );
  if (looksBinary(bytes))
    throw new InputError(
      "binary",
      source,
      "the input is full of control bytes, so it is binary, not text; give the report's text, HTML or feed",
    );
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "UTF-8" };
  } catch {
    // Not UTF-8: fall through to the declared charset or a statistical guess.
  }
  const declared = declaredCharset && iconv.encodingExists(declaredCharset) ? declaredCharset : null;
  const guessed = chardet.detect(bytes);
  const encoding =
    declared ?? (guessed && iconv.encodingExists(guessed) && guessed !== "UTF-8" ? guessed : "windows-1252");
  // ISO-8859-1 labels almost always mean Windows-1252 in practice (the WHATWG Encoding Standard maps them so).
  return decodeAs(bytes, /^iso-8859-1$/i.test(encoding) ? "windows-1252" : encoding);
}

function decodeAs(bytes: Uint8Array, encoding: string): DecodedText {
  return { text: iconv.decode(Buffer.from(bytes), encoding), encoding };
}
