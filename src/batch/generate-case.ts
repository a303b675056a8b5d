/** Generates one case of a batch into OUT/NAME and turns every ending (packet, stop, bad input, bug) into a CaseOutcome. */
import path from "node:path";
import { performance } from "node:perf_hooks";
import { E7Error, environmentError, ERR } from "../errors.js";
import type { BatchCase, BatchCaseOptions, CaseFinding, CaseOutcome } from "./types.js";

/** Never throws: a case that fails is reported, and the batch goes on with the next one. */
export async function generateCase(job: BatchCase, outDir: string, options: BatchCaseOptions): Promise<CaseOutcome> {
  const started = performance.now();
  const base = { name: job.name, casePath: job.casePath, outDir: path.join(outDir, job.name) };
  const elapsed = (): number => Math.round(performance.now() - started);
  try {
    const { generatePacket } = await import("../generate/generate-packet.js");
    const result = await generatePacket({
      casePath: job.casePath,
      outDir: base.outDir,
      ...(options.lang ? { lang: options.lang } : {}),
      formats: options.formats,
      force: options.force,
      allowOutOfScope: options.allowOutOfScope,
      // The worker is one core's worth of work per case: its own PDFs need no reader thread of their own (see GenerateOptions).
      readBackInThread: true,
      ...(options.reportUi ? { reportUi: options.reportUi } : {}),
    });
    // Case errors and warnings do not stop a packet but must be read before filing, so the summary counts them too.
    const caseFindings = result.report?.caseFindings.filter((f) => f.severity !== "info") ?? [];
    const { localizeFindings } = await import("../checks/messages/localize-finding.js");
    const findings: CaseFinding[] = localizeFindings([...result.findings, ...caseFindings], options.ui ?? "en").map(
      (f) => ({
        checkId: f.checkId,
        severity: f.severity,
        message: f.message,
      }),
    );
    const status = result.status === "stopped" ? "stopped" : result.consistent ? "consistent" : "inconsistent";
    return { ...base, status, selectedCode: result.selectedCode, bestCode: result.bestCode, findings, ms: elapsed() };
  } catch (error) {
    const known = error instanceof E7Error ? error : environmentError(error);
    if (known) {
      // Under --ui ko an error with Korean text is listed in Korean: a case with errors problem by problem, as
      // validate prints it, and a file that cannot be read or parsed as the CLI prints it.
      const korean = options.ui === "ko" && known.messageKo !== undefined;
      return {
        ...base,
        status: "invalid",
        findings: [],
        error: korean
          ? { code: known.code, message: known.messageKo!, hints: [...(known.hintsKo ?? [])] }
          : { code: known.code, message: known.message, hints: [...known.hints] },
        ms: elapsed(),
      };
    }
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return {
      ...base,
      status: "error",
      findings: [],
      error: {
        code: ERR.E_INTERNAL,
        message,
        hints: ["This is a bug in e7-align, not in the case. Please report it."],
      },
      ms: elapsed(),
    };
  }
}
