export type ListFormat = "table" | "json" | "jsonl";

/** A table is a page for a person; machine formats list everything unless --limit says otherwise. */
export const TABLE_PAGE = 50;

/** Under a table that does not show everything: which rows it shows and how to see the rest. */
export function notePage(offset: number, shown: number, total: number): void {
  if (offset + shown < total)
    process.stderr.write(`showing ${offset + 1}-${offset + shown} of ${total}; use --offset or --limit for more\n`);
}

/** Prints rows as JSON (one array), JSON Lines, or an aligned text table of the given columns. */
export function printRows<T extends object>(rows: T[], format: ListFormat, columns: (keyof T & string)[]): void {
  if (format === "json") process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  else if (format === "jsonl") for (const row of rows) process.stdout.write(`${JSON.stringify(row)}\n`);
  else process.stdout.write(formatTable(rows, columns));
}

const MAX_CELL = 60;

// A dozen lines by hand rather than a table package: plain aligned columns are all a terminal listing needs.
function formatTable<T extends object>(rows: T[], columns: (keyof T & string)[]): string {
  const cell = (value: unknown) => {
    const text = value == null ? "" : String(value).replace(/\s+/g, " ");
    return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text;
  };
  const cells = rows.map((row) => columns.map((c) => cell(row[c])));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i]?.length ?? 0)));
  const line = (values: string[]) =>
    `${values
      .map((v, i) => v.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd()}\n`;
  return line(columns) + cells.map(line).join("");
}
