/** Small text-formatting helpers shared by command printers. */

/** Lays out rows as an aligned plain-text table (East Asian wide characters count as two columns). */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const width = (text: string): number => {
    let w = 0;
    for (const ch of text)
      w += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(ch)
        ? 2
        : 1;
    return w;
  };
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((row) => width(row[column] ?? ""))));
  const line = (row: readonly string[]): string =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : cell + " ".repeat(widths[column]! - width(cell))))
      .join("  ")
      .trimEnd();
  return `${[line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n")}\n`;
}

/** Pretty JSON with a trailing newline, for every `--json` output. */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
