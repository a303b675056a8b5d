import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../src/paths.js";
import { cli } from "./helpers/run-cli.js";

const EXAMPLES = path.join(PACKAGE_ROOT, "examples");
const scenarios = readdirSync(EXAMPLES)
  .filter((name) => existsSync(path.join(EXAMPLES, name, "case.json")))
  .sort();

/** The code each deliberately wrong example must be told to use instead. */
const BETTER_CODE: Readonly<Record<string, string>> = {
  "mismatch-web-platform-filed-as-2223": "2224",
  "mismatch-cad-drafter-filed-as-2351": "2395",
  "mismatch-travel-tech-pm-filed-as-2832": "2221",
  "mismatch-ad-campaigns-filed-as-2815": "2833",
};

/** The one error each deliberately incomplete example must show (its packet is still written; the checklist lists it). */
const PROBLEM_CHECK: Readonly<Record<string, string>> = {
  "problem-expired-certificate": "document-validity",
  "problem-missing-recommendation": "employment-recommendation",
};

interface Finding {
  checkId: string;
  severity: string;
  data: Record<string, unknown>;
}

describe("examples/*/case.json", () => {
  it("should cover every scenario of the source article", () => {
    expect(scenarios).toEqual(
      expect.arrayContaining([
        "web-developer",
        "application-developer",
        "system-designer",
        "marketing-consultant",
        "advertising-specialist",
        "market-researcher",
        "mechanical-engineer",
        "drafter",
        "travel-tech-product-manager",
        "interpreter",
        "reapplication-after-code-mismatch",
        "korean-game-client-developer",
        ...Object.keys(BETTER_CODE),
      ]),
    );
  });

  it.each(scenarios.filter((name) => !name.startsWith("mismatch-") && !name.startsWith("problem-")))(
    "%s should validate with exit 0",
    async (name) => {
      const run = await cli(["validate", path.join(EXAMPLES, name, "case.json"), "--json"]);
      const out = JSON.parse(run.stdout) as { valid: boolean; findings: Finding[] };
      expect(out.findings.filter((f) => f.severity === "error")).toEqual([]);
      expect(run.code).toBe(0);
    },
  );

  it.each(Object.entries(PROBLEM_CHECK))(
    "%s should exit 1 with a %s error and nothing else wrong",
    async (name, checkId) => {
      const run = await cli(["validate", path.join(EXAMPLES, name, "case.json"), "--json"]);
      expect(run.code).toBe(1);
      const out = JSON.parse(run.stdout) as { findings: Finding[] };
      expect(out.findings.filter((f) => f.severity === "error").map((f) => f.checkId)).toEqual([checkId]);
    },
  );

  it("should list every problem- example with the error it shows", () => {
    expect(scenarios.filter((name) => name.startsWith("problem-"))).toEqual(Object.keys(PROBLEM_CHECK).sort());
  });

  it.each(scenarios.filter((name) => name.startsWith("mismatch-")))(
    "%s should exit 1 naming the better code",
    async (name) => {
      const run = await cli(["validate", path.join(EXAMPLES, name, "case.json"), "--json"]);
      expect(run.code).toBe(1);
      const out = JSON.parse(run.stdout) as { findings: Finding[] };
      const mismatch = out.findings.find((f) => f.checkId === "duties-fit-code" && f.severity === "error");
      expect(mismatch?.data.bestCode).toBe(BETTER_CODE[name]);
    },
  );
});
