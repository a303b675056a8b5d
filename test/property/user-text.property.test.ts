// Property: text the user wrote appears in the generated documents exactly as written (whitespace runs folded to
// one space, as documented) and is never interpreted as template syntax: "{{constructor}}" in a duty comes out
// as "{{constructor}}". Checked on the document model for many inputs, and through the .docx writer and an
// independent reader for a few.
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Case } from "../../src/case/types.js";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { requireOccupation } from "../../src/catalog/resolve-code.js";
import { buildCheckContext } from "../../src/checks/run-checks.js";
import type { DocRoot } from "../../src/model/nodes.js";
import { collectText } from "../../src/model/walk.js";
import { readDocxText } from "../../src/readers/read-docx-text.js";
import { flatten } from "../../src/text/flatten.js";
import { planDuties } from "../../src/render/plan-duties.js";
import { renderPacket } from "../../src/render/render-packet.js";
import { loadTemplates } from "../../src/render/templates.js";
import { compactText } from "../../src/text/normalize-text.js";
import { writeDocx } from "../../src/writers/docx.js";
import { EXAMPLES_DIR } from "../corpus/prepare.js";

const catalog = loadCatalog();
const BASE = JSON.parse(readFileSync(path.join(EXAMPLES_DIR, "web-developer", "case.json"), "utf8")) as Case;
const occupation = requireOccupation(catalog, BASE.selectedCode).occupation;

/** Pieces of hostile text: template syntax of several engines, markup, Korean, odd Unicode. */
const PIECES = [
  "{{",
  "}}",
  "{{{",
  "}}}",
  "{{constructor}}",
  "{{__proto__}}",
  "{{this}}",
  "{{@root.applicant.name}}",
  "{{> partial}}",
  "{{! note }}",
  "{{#each duties}}",
  "{{/each}}",
  "{{#if x}}",
  "{{else}}",
  "\\{{escaped}}",
  "{{lookup this 'constructor'}}",
  "${process.pid}",
  "<%= x %>",
  "#{x}",
  "<w:t>",
  "</w:t>",
  "<script>",
  "&amp;",
  "&",
  "<",
  ">",
  '"',
  "'",
  "`",
  "=",
  "\\",
  "/",
  "]]>",
  "<!--",
  "Develop",
  "web",
  "React",
  "platform",
  "웹",
  "개발",
  "플랫폼을",
  "유지보수한다",
  "가나다",
  "똠방각하",
  " ",
  "  ",
  "\t",
  "\n",
  "-",
  "1.",
  "(a)",
  "•",
  "%",
  "40%",
  "₩",
  "№",
  "ü",
  "é",
  "Ω",
  "中文",
  "日本語",
  "\u200b",
  "\u200c",
  "\u200d",
  "\u2060",
  "\u202e",
  "\u202c",
  "\u2066",
];

/** Non-empty hostile text that is not an init placeholder ("<...>") and does not end in a full stop. */
const userText = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 12 })
  .map((parts) => `x ${parts.join("")} y`);

type Field = "duty" | "why" | "effect" | "name" | "employer" | "department" | "skill" | "tool";

/** The case with `text` put into one field, and the text as it must appear (flattened). */
function withText(field: Field, text: string): Case {
  const c = structuredClone(BASE) as unknown as {
    position: { duties: { text: string; tools?: string[] }[]; department: string };
    recruitment: { whyForeignNational: string; expectedEffect: string; specialisedSkills: string[] };
    applicant: { fullName: string };
    employer: { nameEn: string };
  };
  switch (field) {
    case "duty":
      c.position.duties[0]!.text = text;
      break;
    case "why":
      c.recruitment.whyForeignNational = text;
      break;
    case "effect":
      c.recruitment.expectedEffect = text;
      break;
    case "name":
      c.applicant.fullName = text;
      break;
    case "employer":
      c.employer.nameEn = text;
      break;
    case "department":
      c.position.department = text;
      break;
    case "skill":
      c.recruitment.specialisedSkills[0] = text;
      break;
    case "tool":
      c.position.duties[1]!.tools = [text];
      break;
  }
  return c as unknown as Case;
}

async function render(input: Case): Promise<readonly DocRoot[]> {
  const context = buildCheckContext(input, occupation, catalog);
  const plan = planDuties(input.position.duties, occupation, context.match);
  return renderPacket(await loadTemplates(), { case: input, catalog, occupation, plan, lang: "both" }).documents.map(
    (d) => d.doc,
  );
}

const FIELDS: readonly Field[] = ["duty", "why", "effect", "name", "employer", "department", "skill", "tool"];

describe("user text in generated documents", () => {
  it("should appear in the document model exactly as written, never interpreted", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FIELDS), userText, async (field, text) => {
        const docs = await render(withText(field, text));
        const all = docs.map(collectText).join("\n");
        expect(all).toContain(flatten(text));
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it("should survive the .docx writer and an independent reader unchanged", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom<Field>("duty", "why", "name"), userText, async (field, text) => {
        const docs = await render(withText(field, text));
        const read = await Promise.all(
          docs.map(async (doc) => (await readDocxText(await writeDocx(doc), { name: "packet.docx" })).text),
        );
        // Compared without whitespace: Word paragraphs and line breaks may move spaces, not characters.
        expect(compactText(read.join("\n"))).toContain(compactText(flatten(text)));
      }),
      { numRuns: 6 },
    );
  }, 180_000);

  it("should print Handlebars syntax in every field literally", async () => {
    const payload = '{{constructor}} {{#with "s" as |string|}}{{string.sub}}{{/with}} {{> evil}} {{{raw}}}';
    for (const field of FIELDS) {
      const all = (await render(withText(field, `x ${payload} y`))).map(collectText).join("\n");
      expect(all, field).toContain(payload);
    }
  }, 60_000);
});
