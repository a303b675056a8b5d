import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defaultFiles, formatSummary, OWN_DIR } from "../../src/bench/accuracy.js";

describe("bench:accuracy default files", () => {
  it("should measure every JSONL file of the own dev set, so new dev files are never left out", () => {
    const own = readdirSync(OWN_DIR).filter((name) => name.endsWith(".jsonl"));
    expect(own.length).toBeGreaterThan(1);
    const files = defaultFiles().map((file) => file.split(/[\\/]/).pop());
    for (const name of own) expect(files).toContain(name);
  });

  it("should print one summary row per file with top-1/top-3 by language, positions and verdict rates", () => {
    const figures = (n: number, top1: number, top3: number) => ({ n, top1, top3 });
    const lines = formatSummary([
      {
        label: "a.jsonl",
        all: figures(10, 0.9, 1),
        en: figures(4, 0.75, 1),
        ko: figures(6, 1, 1),
        positions: figures(3, 1, 1),
        falseAlarm: { n: 10, rate: 0.1 },
        neighbourMiss: { n: 40, rate: 0.025 },
      },
    ]);
    expect(lines[2]).toBe(
      "| a.jsonl | 90.0% / 100.0% (10) | 75.0% / 100.0% (4) | 100.0% / 100.0% (6) | 100.0% (3) | 10.0% of 10 | 2.5% of 40 |",
    );
  });
});
