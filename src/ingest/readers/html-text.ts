// Hand-written because Readability gives either markup or a textContent that runs paragraphs together; evidence
// spans need paragraph and sentence boundaries kept as line breaks, which this walk does and no library we know does.
const BLOCK_TAGS = new Set([
  "ADDRESS",
  "ARTICLE",
  "ASIDE",
  "BLOCKQUOTE",
  "BR",
  "DD",
  "DIV",
  "DL",
  "DT",
  "FIGCAPTION",
  "FIGURE",
  "FOOTER",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "HR",
  "LI",
  "MAIN",
  "NAV",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "TABLE",
  "TD",
  "TH",
  "TR",
  "UL",
]);
const SKIPPED_TAGS = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME"]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/**
 * The text of a DOM subtree, one line per block element, white space inside a line collapsed. Walked with a stack
 * of its own, not by recursion: valid HTML nested 20,000 deep would overflow the call stack.
 * @example "<p>One <b>two</b></p><p>Three</p>" → "One two\nThree"
 */
export function domToText(root: DomNode): string {
  const lines: string[] = [];
  let line = "";
  const flush = () => {
    const collapsed = line.replace(/\s+/g, " ").trim();
    if (collapsed) lines.push(collapsed);
    line = "";
  };
  // A node to enter, or the end of a block element (null): its closing line break.
  const stack: (DomNode | null)[] = [root];
  while (stack.length) {
    const node = stack.pop();
    if (node === null) {
      flush();
      continue;
    }
    if (node === undefined) break;
    if (node.nodeType === 3) {
      line += node.textContent ?? "";
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = node.nodeName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) continue;
    if (BLOCK_TAGS.has(tag)) {
      flush();
      stack.push(null);
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i] as DomNode);
  }
  flush();
  return lines.join("\n");
}

/** How deep elements nest under `root`, counted without recursion. */
export function domDepth(root: DomNode): number {
  let deepest = 0;
  const stack: [DomNode, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop() as [DomNode, number];
    deepest = Math.max(deepest, depth);
    for (let i = 0; i < node.childNodes.length; i++) {
      const child = node.childNodes[i] as DomNode;
      if (child.nodeType === 1) stack.push([child, depth + 1]);
    }
  }
  return deepest;
}
