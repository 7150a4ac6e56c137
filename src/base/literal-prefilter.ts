import { type AST, RegExpParser } from "@eslint-community/regexpp";
import { AhoCorasick } from "@monyone/aho-corasick/fast";

/*
 * A literal prefilter for a list of patterns tried on the same text in turn (the trigger words of every event type,
 * the cues of background figures): the words one of which every match of a pattern must contain, found for all the
 * patterns in one Aho-Corasick pass, tell which patterns can match at all; the others are not run. About 2% of
 * sentences hold a literal of a given trigger, so most of the regular expressions a sentence was tried against are
 * skipped. RE2 and Hyperscan prefilter the same way; no JavaScript library extracts such literals, hence this reading
 * of regexpp's syntax tree.
 */

/** At most this many strings stand for one part of a pattern; beyond it the part is "anything". */
const MAX_STRINGS = 64;
/** A character class of at most this many characters counts as their alternatives. */
const MAX_CLASS = 8;
/** Literals shorter than this occur in nearly every sentence: not worth a lookup. */
const MIN_LITERAL = 2;

const parser = new RegExpParser({ ecmaVersion: 2025 });

/** The folding both sides go through: lower case, and the long s that case-blind Unicode matching reads as "s". */
function fold(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes("ſ") ? lower.replaceAll("ſ", "s") : lower;
}

/** Every string a part of a pattern can match, folded, when they are few; null when they are many or unbounded. */
function stringsOf(node: AST.Node): string[] | null {
  switch (node.type) {
    case "Character":
      return [fold(String.fromCodePoint(node.value))];
    case "Assertion":
      return [""];
    case "CharacterClass":
      return node.negate ? null : classStrings(node.elements);
    case "Group":
    case "CapturingGroup":
      return alternativesStrings(node.alternatives);
    case "Quantifier": {
      if (node.max > 1) return null;
      const strings = stringsOf(node.element);
      return strings && node.min === 0 ? unique(["", ...strings]) : strings;
    }
    default:
      return null;
  }
}

function classStrings(elements: readonly AST.Node[]): string[] | null {
  const strings: string[] = [];
  for (const element of elements) {
    if (element.type === "Character") strings.push(fold(String.fromCodePoint(element.value)));
    else if (element.type === "CharacterClassRange" && element.max.value - element.min.value < MAX_CLASS) {
      for (let code = element.min.value; code <= element.max.value; code++)
        strings.push(fold(String.fromCodePoint(code)));
    } else return null;
  }
  return strings.length <= MAX_CLASS ? unique(strings) : null;
}

function alternativesStrings(alternatives: readonly AST.Alternative[]): string[] | null {
  const strings: string[] = [];
  for (const alternative of alternatives) {
    const more = sequenceStrings(alternative.elements);
    if (!more) return null;
    strings.push(...more);
    if (strings.length > MAX_STRINGS) return null;
  }
  return unique(strings);
}

function sequenceStrings(elements: readonly AST.Node[]): string[] | null {
  let strings: string[] | null = [""];
  for (const element of elements) {
    strings = concatenated(strings, stringsOf(element));
    if (!strings) return null;
  }
  return strings;
}

function concatenated(heads: readonly string[], tails: readonly string[] | null): string[] | null {
  if (!tails || heads.length * tails.length > MAX_STRINGS) return null;
  return unique(heads.flatMap((head) => tails.map((tail) => head + tail)));
}

/**
 * Strings one of which every match of the part contains (null: none known). For a sequence, the best such set of
 * any run of its elements; for alternatives, the union of each one's.
 */
function requiredOf(node: AST.Node): string[] | null {
  switch (node.type) {
    case "Pattern":
    case "Group":
    case "CapturingGroup": {
      const required: string[] = [];
      for (const alternative of node.alternatives) {
        const more = requiredOfSequence(alternative.elements);
        if (!more) return null;
        required.push(...more);
      }
      return shortest(required);
    }
    case "Quantifier":
      return node.min >= 1 ? requiredOf(node.element) : null;
    default: {
      const strings = stringsOf(node);
      return usable(strings) ? strings : null;
    }
  }
}

function requiredOfSequence(elements: readonly AST.Node[]): string[] | null {
  let best: string[] | null = null;
  const consider = (candidate: string[] | null) => {
    if (usable(candidate) && selectivity(candidate) > selectivity(best)) best = candidate;
  };
  const parts = literalRuns(elements);
  for (let from = 0; from < parts.length; from++) {
    const part = parts[from] as SequencePart;
    if (part.node) consider(requiredOf(part.node));
    let run: string[] | null = [""];
    for (let to = from; to < parts.length && run; to++) {
      run = concatenated(run, (parts[to] as SequencePart).strings);
      consider(run);
    }
  }
  return best && shortest(best);
}

/** An element of a sequence, or a run of elements that each match one string, joined ("c", "l", "a", "s", "h"). */
interface SequencePart {
  strings: string[] | null;
  /** The element, when it is not a run of single strings. */
  node?: AST.Node;
}

function literalRuns(elements: readonly AST.Node[]): SequencePart[] {
  const parts: SequencePart[] = [];
  let literal: string | null = null;
  for (const element of elements) {
    const strings = stringsOf(element);
    if (strings?.length === 1) {
      literal = (literal ?? "") + strings[0];
      continue;
    }
    if (literal !== null) parts.push({ strings: [literal] });
    literal = null;
    parts.push({ strings, node: element });
  }
  if (literal !== null) parts.push({ strings: [literal] });
  return parts;
}

function usable(strings: string[] | null): strings is string[] {
  return strings !== null && strings.length > 0 && strings.every((s) => s.length >= MIN_LITERAL);
}

/** Longer literals are rarer; many of them pass more often. */
function selectivity(strings: readonly string[] | null): number {
  if (!strings) return Number.NEGATIVE_INFINITY;
  return Math.min(...strings.map((s) => s.length)) - Math.log2(strings.length) / 2;
}

function unique(strings: readonly string[]): string[] {
  return [...new Set(strings)];
}

/** Of strings one of which a text must hold, those that hold no other: a text holding "clashes" holds "clash". */
function shortest(strings: readonly string[]): string[] {
  const distinct = unique(strings).sort((a, b) => a.length - b.length);
  return distinct.filter((s, i) => !distinct.slice(0, i).some((shorter) => s.includes(shorter)));
}

/**
 * Folded strings one of which every text the pattern matches contains (as a substring of the folded text), or null
 * when the pattern gives none worth looking for.
 *
 * @example requiredLiterals(/\b(clash(es|ed)?|fighting)\b/i) // → ["clash", "fighting"]
 */
export function requiredLiterals(pattern: RegExp): string[] | null {
  const ast = parser.parsePattern(pattern.source, 0, pattern.source.length, {
    unicode: pattern.flags.includes("u"),
    unicodeSets: pattern.flags.includes("v"),
  });
  return requiredOf(ast);
}

/** Which of a list of patterns a text may match, by their literals; a pattern without literals always may. */
export class LiteralPrefilter {
  private readonly automaton: AhoCorasick;
  /** Literal → the indexes of the patterns that need it. */
  private readonly owners = new Map<string, number[]>();
  private readonly alwaysTried: number[] = [];
  private readonly size: number;

  constructor(patterns: readonly (readonly RegExp[])[]) {
    this.size = patterns.length;
    patterns.forEach((group, index) => {
      const literals = literalsOfAll(group);
      if (!literals) this.alwaysTried.push(index);
      else for (const literal of literals) this.owners.set(literal, [...(this.owners.get(literal) ?? []), index]);
    });
    this.automaton = new AhoCorasick([...this.owners.keys()]);
  }

  /** For each pattern (by its index), 1 when the text may match it, 0 when it surely does not. */
  mayMatch(text: string): Uint8Array {
    const may = new Uint8Array(this.size);
    for (const index of this.alwaysTried) may[index] = 1;
    for (const hit of this.automaton.matchInText(fold(text))) {
      for (const index of this.owners.get(hit.keyword) ?? []) may[index] = 1;
    }
    return may;
  }
}

/** The literals of a group of patterns any one of which may match (null if one of them has none). */
function literalsOfAll(group: readonly RegExp[]): string[] | null {
  const all: string[] = [];
  for (const pattern of group) {
    const literals = requiredLiterals(pattern);
    if (!literals) return null;
    all.push(...literals);
  }
  return all;
}

/**
 * How many texts a list is tried on before its prefilter is built: building it (reading every pattern, compiling
 * the automaton) costs about what running the patterns on a few hundred sentences does, so one report, coded from a
 * cold start, runs them all.
 */
const BUILD_AFTER_TEXTS = 500;
const prefilters = new WeakMap<object, LiteralPrefilter | number>();

/**
 * The prefilter of a list (a language's triggers or cues), kept with the list once built; null while the list has
 * been tried on too few texts to be worth it (every pattern is then run).
 */
export function prefilterOf<T>(
  list: readonly T[],
  patternsOf: (item: T) => readonly RegExp[],
): LiteralPrefilter | null {
  const known = prefilters.get(list) ?? 0;
  if (typeof known !== "number") return known;
  if (known < BUILD_AFTER_TEXTS) {
    prefilters.set(list, known + 1);
    return null;
  }
  const prefilter = new LiteralPrefilter(list.map(patternsOf));
  prefilters.set(list, prefilter);
  return prefilter;
}

const patternLiterals = new WeakMap<RegExp, string[] | null>();
let lastText: string | null = null;
let lastFolded = "";

/**
 * False when the text surely holds no match of the pattern: it holds none of the literals every match needs. For
 * patterns scanned over whole texts whose every position is costly to try (a capitalised name before "Gang"): the
 * few words they need are found far faster. (Not for every pattern: for most, V8's own scan is as quick.)
 */
export function mayHold(pattern: RegExp, text: string): boolean {
  let literals = patternLiterals.get(pattern);
  if (literals === undefined) {
    literals = requiredLiterals(pattern);
    patternLiterals.set(pattern, literals);
  }
  if (!literals) return true;
  if (text !== lastText) {
    lastText = text;
    lastFolded = fold(text);
  }
  return literals.some((literal) => lastFolded.includes(literal));
}
