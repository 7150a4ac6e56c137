/*
 * A reading of a regular expression's source just deep enough to tell, for each `\b`, which side of it the word is
 * on. JavaScript's `\b` knows only ASCII letters, so `words()` replaces it by Unicode lookarounds; a two-sided
 * boundary is four lookarounds on a class of every letter, which V8 builds anew for each pattern and tries at every
 * position. Where the pattern shows the side ("\b(killed|dead)", "(year|month)\b"), one lookaround means the same:
 * before a letter, "no letter before"; after one, "no letter after". (No regex library exposes such a reading of a
 * pattern, hence this small one.)
 */

/** What a `\b` becomes where a word follows it (`start`) or ends at it (`end`). */
export interface Edges {
  start: string;
  end: string;
}

type Item =
  | { kind: "char"; text: string; word: boolean }
  | { kind: "boundary"; text: string }
  | { kind: "zero"; text: string }
  | { kind: "group"; open: string; branches: Item[][]; text: string }
  | { kind: "quantified"; item: Item; optional: boolean; text: string };

const WORD_ESCAPES = /^\\(?:[dw]|p\{(?:L|Lu|Ll|N|Nd)\})$/u;
const WORD_CHAR = /^[\p{L}\p{N}_]$/u;
const LOOKAROUND = /^\(\?<?[=!]/;
// (Sticky: each is tried where the reading stands.)
const GROUP_OPEN = /\((?:\?(?::|=|!|<=|<!|<[A-Za-z]\w*>))?/y;
const ESCAPE = /\\(?:[pP]\{[^}]*\}|u\{[^}]*\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|k<[^>]*>|.)/suy;
const QUANTIFIER = /(?:[?*+]|\{\d+(?:,\d*)?\})\??/y;

/** The match of a sticky pattern at `index`, if any. */
function stickyAt(pattern: RegExp, source: string, index: number): string | undefined {
  pattern.lastIndex = index;
  return pattern.exec(source)?.[0];
}

/** Parses `source` from `at` until a ")" closing the current group or the end: branches of items. */
function parseBranches(source: string, at: { i: number }): Item[][] {
  const branches: Item[][] = [[]];
  while (at.i < source.length) {
    const char = source[at.i] as string;
    if (char === ")") break;
    if (char === "|") {
      branches.push([]);
      at.i++;
      continue;
    }
    const atom = parseAtom(source, at);
    (branches.at(-1) as Item[]).push(quantify(source, at, atom));
  }
  return branches;
}

function parseAtom(source: string, at: { i: number }): Item {
  const start = at.i;
  const char = source[at.i] as string;
  if (char === "(") {
    const open = stickyAt(GROUP_OPEN, source, at.i) ?? "(";
    at.i += open.length;
    const branches = parseBranches(source, at);
    at.i++; // ")"
    return { kind: "group", open, branches, text: source.slice(start, at.i) };
  }
  if (char === "[") {
    at.i++;
    while (at.i < source.length && source[at.i] !== "]") at.i += source[at.i] === "\\" ? 2 : 1;
    at.i++;
    return { kind: "char", text: source.slice(start, at.i), word: false };
  }
  if (char === "\\") {
    const text = stickyAt(ESCAPE, source, at.i) ?? "\\";
    at.i += text.length;
    if (text === "\\b") return { kind: "boundary", text };
    if (text === "\\B") return { kind: "zero", text };
    return { kind: "char", text, word: WORD_ESCAPES.test(text) };
  }
  at.i++;
  if (char === "^" || char === "$") return { kind: "zero", text: char };
  return { kind: "char", text: char, word: WORD_CHAR.test(char) };
}

function quantify(source: string, at: { i: number }, item: Item): Item {
  const quantifier = stickyAt(QUANTIFIER, source, at.i);
  if (!quantifier) return item;
  at.i += quantifier.length;
  const optional = quantifier[0] === "?" || quantifier[0] === "*" || quantifier.startsWith("{0");
  return { kind: "quantified", item, optional, text: item.text + quantifier };
}

/** Whether every way through `items` from `index` on (toward `step`) meets a word character first. */
function meetsWord(items: Item[], index: number, step: 1 | -1): boolean {
  for (let i = index; i >= 0 && i < items.length; i += step) {
    const item = items[i] as Item;
    if (item.kind === "boundary" || (item.kind === "group" && LOOKAROUND.test(item.open))) continue;
    if (item.kind === "quantified") {
      if (!itemMeetsWord(item.item, step)) return false;
      if (item.optional) continue;
      return true;
    }
    return itemMeetsWord(item, step);
  }
  return false;
}

function itemMeetsWord(item: Item, step: 1 | -1): boolean {
  if (item.kind === "char") return item.word;
  if (item.kind === "group")
    return item.branches.every((branch) => meetsWord(branch, step === 1 ? 0 : branch.length - 1, step));
  if (item.kind === "quantified") return itemMeetsWord(item.item, step);
  return false;
}

/** The items written back, each `\b` as the side it can be. */
function write(branches: Item[][], edges: Edges): string {
  return branches
    .map((items) =>
      items
        .map((item, i) => {
          if (item.kind === "boundary")
            return meetsWord(items, i + 1, 1) ? edges.start : meetsWord(items, i - 1, -1) ? edges.end : item.text;
          if (item.kind === "group") return `${item.open}${write(item.branches, edges)})`;
          if (item.kind === "quantified" && item.item.kind === "group")
            return `${write([[item.item]], edges)}${item.text.slice(item.item.text.length)}`;
          return item.text;
        })
        .join(""),
    )
    .join("|");
}

/**
 * The source with each `\b` whose word side the pattern shows written as that side's edge; the others stay `\b`.
 * A source this reading cannot follow to its end comes back unchanged.
 */
export function oneSidedBoundaries(source: string, edges: Edges): string {
  const at = { i: 0 };
  const branches = parseBranches(source, at);
  return at.i === source.length ? write(branches, edges) : source;
}

/** Whether the source is `a|b` at its top level. */
export function hasTopLevelAlternative(source: string): boolean {
  return parseBranches(source, { i: 0 }).length > 1;
}
