import { describe, expect, it } from "vitest";
import { heldOutTasks, withoutGroup } from "../../src/bench/held-out-tasks.js";
import { loadCatalog } from "../../src/catalog/load-catalog.js";

const shipped = loadCatalog();
// A few entries keep the test quick: two managers, two engineers, a translator, a welder.
const data = {
  ...shipped,
  occupations: shipped.occupations.filter((o) =>
    ["1350", "1411", "2312", "2342", "2914", "7406"].includes(o.code ?? ""),
  ),
};
const taskCount = data.occupations.reduce((sum, o) => sum + o.tasks.length, 0);

describe("held-out catalog tasks", () => {
  it("should match against the shipped matcher's whole entry, its vocabulary included", () => {
    const { data: rest } = withoutGroup(data, 0, 3);
    for (const occupation of rest.occupations) {
      expect(occupation.vocabulary?.en.length).toBeGreaterThan(0);
      expect(occupation.secondaryVocabulary).toEqual(shipped.byId.get(occupation.id)!.secondaryVocabulary);
    }
  });

  it("should hold each task out exactly once, and never match it against a catalog that still has it", () => {
    const seen: string[] = [];
    for (let group = 0; group < 3; group++) {
      const { data: rest, held } = withoutGroup(data, group, 3);
      const kept = new Set(rest.occupations.flatMap((o) => o.tasks.map((task) => task.en)));
      for (const task of held) expect(kept.has(task.en)).toBe(false);
      expect(held.length + kept.size).toBe(taskCount);
      seen.push(...held.map((task) => task.en));
    }
    expect(seen.length).toBe(taskCount);
    expect(new Set(seen).size).toBe(taskCount);
  });

  it("should rank each held-out sentence in both languages against the rest", () => {
    const outcomes = heldOutTasks(data, 3);
    expect(outcomes.length).toBe(2 * taskCount);
    const ko = outcomes.filter((o) => o.lang === "ko");
    expect(ko.length).toBe(taskCount);
    // Unseen sentences of six distinct entries: most still find their own entry first, but not all of them.
    const first = outcomes.filter((o) => o.rank === 1).length / outcomes.length;
    expect(first).toBeGreaterThan(0.5);
    expect(first).toBeLessThan(1);
  });
});
