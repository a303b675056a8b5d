// Property: generate on random valid cases (the web-developer example with random duties and shares) either
// writes a complete packet that its own report calls consistent (exit 0), or ends with exit 1 and at least one
// error finding: stopped before writing anything, or a complete packet marked inconsistent. Never exit 2 or 3.
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { crashText, EXAMPLES_DIR } from "../corpus/prepare.js";
import { cli } from "../helpers/run-cli.js";
import { checkCompletePacket } from "../reliability/packet-files.js";

const BASE = JSON.parse(readFileSync(path.join(EXAMPLES_DIR, "web-developer", "case.json"), "utf8")) as {
  position: { duties: unknown[] };
};

/** Duty statements: in scope for 2224, in other occupations' scope, too vague, and hostile. */
const DUTIES = [
  "Develop and maintain the front end of the company's online store in React and TypeScript",
  "Build REST APIs for the web storefront in Node.js and connect them to the PostgreSQL database",
  "Test web pages across browsers and fix layout and performance problems on the website",
  "웹사이트의 프론트엔드와 백엔드를 개발하고 유지보수한다",
  "Prepare 2D CAD drawings of machine parts from engineers' sketches",
  "Plan marketing campaigns and analyse customer survey results for new cosmetics products",
  "Interpret meetings between Korean managers and Vietnamese partners",
  "Perform other duties as assigned by management",
  "{{constructor}} build the {{#each}} web {{/each}} storefront",
  "Develop web pages 웹 페이지 개발 \u200b\u202e with React",
];

/** 1-4 distinct duties with integer shares that add up to 100. */
const dutiesArb = fc.uniqueArray(fc.constantFrom(...DUTIES), { minLength: 1, maxLength: 4 }).chain((texts) =>
  fc.array(fc.integer({ min: 1, max: 10 }), { minLength: texts.length, maxLength: texts.length }).map((weights) => {
    const total = weights.reduce((a, b) => a + b, 0);
    const shares = weights.map((w) => Math.floor((w / total) * 100));
    shares[0]! += 100 - shares.reduce((a, b) => a + b, 0);
    // Version-2 cases hold each duty in both languages; the same statement under both keys keeps every case valid.
    return texts.map((text, i) => ({ text: { ko: text, en: text }, share: shares[i]! }));
  }),
);

interface GenerateJson {
  readonly consistent: boolean;
  readonly outDir: string;
  readonly files: readonly string[];
  readonly findings: readonly { readonly severity: string }[];
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "e7-prop-generate-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("generate on random valid cases", () => {
  it("should be consistent, or stop or mark the packet with an error finding", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(dutiesArb, async (duties) => {
        run += 1;
        const file = path.join(dir, `case-${run}.json`);
        const out = path.join(dir, `packet-${run}`);
        await writeFile(file, JSON.stringify({ ...BASE, position: { ...BASE.position, duties } }, null, 2));
        const result = await cli(["generate", file, "--out", out, "--format", "docx", "--json"]);
        expect(crashText(result.stdout + result.stderr)).toBeUndefined();
        expect([0, 1], result.stderr).toContain(result.code);
        const json = JSON.parse(result.stdout) as GenerateJson;
        const errors = json.findings.filter((f) => f.severity === "error");
        if (result.code === 0) {
          expect(json.consistent).toBe(true);
          expect(errors).toEqual([]);
          expect(await checkCompletePacket(out)).toMatchObject({ ok: true });
          return;
        }
        expect(errors.length).toBeGreaterThan(0);
        if (json.files.length === 0) expect(existsSync(out), "a stopped run writes nothing").toBe(false);
        else {
          expect(json.consistent).toBe(false);
          expect(await checkCompletePacket(out)).toMatchObject({ ok: true });
        }
      }),
      { numRuns: 6 },
    );
  }, 400_000);
});
