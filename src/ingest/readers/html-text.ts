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
 * The text of a DOM subtree, one line per block element, white space inside a line collapsed.
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
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      line += node.textContent ?? "";
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) return;
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i] as DomNode);
    if (block) flush();
  };
  walk(root);
  flush();
  return lines.join("\n");
}
