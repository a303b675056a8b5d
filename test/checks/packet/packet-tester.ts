/**
 * Table-driven tests for packet consistency checks: a real packet context built from an example (rendered, then
 * "read back" from the model's own text, so no files are written), changed per test case.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { loadCatalog } from "../../../src/catalog/load-catalog.js";
import { requireOccupation } from "../../../src/catalog/resolve-code.js";
import type { Case } from "../../../src/case/types.js";
import { buildCheckContext } from "../../../src/checks/run-checks.js";
import { runPacketCheck } from "../../../src/checks/packet/run-packet-checks.js";
import type { PacketCheck, PacketCheckContext } from "../../../src/checks/packet/types.js";
import { readBack, type PacketDocument } from "../../../src/readers/read-back.js";
import type { DocumentLang } from "../../../src/model/nodes.js";
import { collectLines } from "../../../src/model/walk.js";
import { PACKAGE_ROOT } from "../../../src/paths.js";
import { planDuties } from "../../../src/render/plan-duties.js";
import { renderPacket } from "../../../src/render/render-packet.js";
import { loadTemplates } from "../../../src/render/templates.js";
import { compactText, normalizeText } from "../../../src/text/normalize-text.js";

const cache = new Map<string, Promise<PacketCheckContext>>();

/** The packet context of an example, with every document "read back" in both formats from its model text. */
export function packetContext(example = "web-developer", lang: DocumentLang = "both"): Promise<PacketCheckContext> {
  const key = `${example}:${lang}`;
  if (!cache.has(key)) cache.set(key, buildContext(example, lang));
  return cache.get(key)!;
}

async function buildContext(example: string, lang: DocumentLang): Promise<PacketCheckContext> {
  // The examples are validated by the case tests; skipping the schema here keeps these tests quick.
  const input = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, "examples", example, "case.json"), "utf8")) as Case;
  const catalog = loadCatalog();
  const { occupation } = requireOccupation(catalog, input.selectedCode, input.filing.codeEdition);
  const context = buildCheckContext(input, occupation, catalog);
  const plan = planDuties(input.position.duties, occupation, context.match);
  const packet = renderPacket(await loadTemplates(), { case: input, catalog, occupation, plan, lang });
  const selectedCode = occupation.code ?? occupation.id;
  const documents: PacketDocument[] = [];
  for (const format of ["docx", "pdf"] as const) {
    for (const document of packet.documents) {
      const paragraphs = collectLines(document.doc).map((line) => line.text);
      const extracted = { text: paragraphs.join("\n"), paragraphs, kind: format } as const;
      documents.push(
        readBack({
          file: `${document.baseName}.${format}`,
          format,
          doc: document.doc,
          extracted,
          plan,
          catalog,
          selectedCode,
          title: input.position.title.en,
        }),
      );
    }
  }
  return { case: input, occupation, selectedCode, lang, view: packet.view, plan, documents, allowedOutOfScope: [] };
}

/** A document whose text is replaced (compact form kept in step). */
export function withText(doc: PacketDocument, change: (text: string) => string): PacketDocument {
  const text = normalizeText(change(doc.text));
  return { ...doc, text, compact: compactText(text) };
}

/** The context with the named file changed. */
export function changeFile(
  context: PacketCheckContext,
  file: string,
  change: (doc: PacketDocument) => PacketDocument,
): PacketCheckContext {
  return { ...context, documents: context.documents.map((doc) => (doc.file === file ? change(doc) : doc)) };
}

export interface PacketCase {
  readonly name: string;
  readonly example?: string;
  readonly lang?: DocumentLang;
  readonly change?: (context: PacketCheckContext) => PacketCheckContext;
}

export interface InvalidPacketCase extends PacketCase {
  readonly findings: readonly {
    readonly messageId: string;
    readonly severity?: string;
    readonly file?: string;
    readonly data?: Readonly<Record<string, string | number>>;
  }[];
}

/** Declares the suite for one packet check: valid cases report nothing (of error or warning severity), invalid ones exactly the listed findings. */
export function testPacketCheck(
  check: PacketCheck,
  cases: { readonly valid: readonly PacketCase[]; readonly invalid: readonly InvalidPacketCase[] },
): void {
  const run = async (testCase: PacketCase) => {
    const base = await packetContext(testCase.example, testCase.lang);
    return runPacketCheck(check, testCase.change ? testCase.change(base) : base);
  };
  describe(check.meta.id, () => {
    for (const testCase of cases.valid) {
      it(`should report nothing for: ${testCase.name}`, async () => {
        expect((await run(testCase)).filter((f) => f.severity !== "info").map((f) => f.message)).toEqual([]);
      });
    }
    for (const testCase of cases.invalid) {
      it(`should report ${testCase.findings.map((f) => f.messageId).join(", ")} for: ${testCase.name}`, async () => {
        const findings = await run(testCase);
        expect(findings.map((f) => f.messageId)).toEqual(testCase.findings.map((f) => f.messageId));
        testCase.findings.forEach((expected, i) => {
          expect(check.meta.messages).toHaveProperty(expected.messageId);
          if (expected.severity) expect(findings[i]!.severity).toBe(expected.severity);
          if (expected.file) expect(findings[i]!.file).toBe(expected.file);
          if (expected.data) expect(findings[i]!.data).toMatchObject(expected.data);
        });
      });
    }
  });
}
