/**
 * The HTTP API and page of `e7-align serve`: a thin layer over the library functions the CLI uses. Every answer is
 * the JSON the matching CLI command prints with --json; an input error is a 4xx with {"error": {code, message, hints}}.
 */
import { randomUUID } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { zipSync } from "fflate";
import { E7Error, ERR, EXIT, UsageError, type ExitCode } from "../errors.js";
import { formatSize } from "../io/read-file-limited.js";
import { loadCatalog } from "../catalog/load-catalog.js";
import { checkEdition, requireOccupation } from "../catalog/resolve-code.js";
import { MAX_CASE_BYTES } from "../case/load-case.js";
import { CASE_SCHEMA_PATH, CaseInvalidError } from "../case/validate-case.js";
import { buildStartingCase } from "../case/build-starting-case.js";
import { validateCaseJson } from "../checks/validate-case-file.js";
import { matchDuties } from "../match/match-duties.js";
import type { DutyInput } from "../match/types.js";
import type { Exclusion } from "../match/exclusions.js";
import { exclusionReasonKo } from "../match/match-message-ko.js";
import { DEFAULT_READER_LIMITS } from "../readers/types.js";
import { DATA_DIR, PACKAGE_ROOT } from "../paths.js";
import type { DocumentRole } from "../verify/types.js";
import { localizeFindings, registeredCheckMeta, type UiLang } from "../checks/messages/localize-finding.js";
import { codeOf } from "../catalog/occupation-lookup.js";

/** Largest duty text the match endpoint takes, as for `match --file`. */
export const MAX_MATCH_BYTES = 20 * 1024 * 1024;
/** Two documents of the readers' size limit plus the form fields. */
export const MAX_VERIFY_BYTES = 2 * DEFAULT_READER_LIMITS.maxBytes + 64 * 1024;
/** Generated packets kept in memory for preview and download; older ones are dropped. */
const KEPT_PACKETS = 8;
/** The page's files: plain HTML, CSS and JS shipped in the package (no CDN, no build step). */
export const WEB_DIR = path.join(PACKAGE_ROOT, "web");

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

const FILE_TYPES: Readonly<Record<string, string>> = {
  ".pdf": "application/pdf",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".json": "application/json; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
};

/** The error body every endpoint answers with for bad input. */
export function errorBody(error: E7Error): { error: { code: string; message: string; hints: readonly string[] } } {
  return { error: { code: error.code, message: error.message, hints: error.hints } };
}

interface StoredPacket {
  readonly files: ReadonlyMap<string, Uint8Array>;
  readonly zip: Uint8Array;
}

export interface AppOptions {
  /** Where the page's files are read from (tests may point elsewhere). */
  readonly webDir?: string;
}

/** Exit code to HTTP status: findings are answers (200), input errors are the client's (4xx). */
/** The duties of a /api/match body, each {text, share?}; undefined when none has text. */
function dutyInputs(value: unknown): DutyInput[] | undefined {
  if (!Array.isArray(value)) throw new UsageError('"duties" must be a list of {"text": "…", "share": 40} items.');
  const out: DutyInput[] = [];
  value.forEach((duty: unknown, i) => {
    const { text, share } = (duty ?? {}) as Record<string, unknown>;
    if (duty === null || typeof duty !== "object" || typeof text !== "string")
      throw new UsageError(`duties[${i}] needs a "text" string.`);
    if (share !== undefined && share !== null && !(typeof share === "number" && share >= 0 && share <= 100))
      throw new UsageError(`duties[${i}].share must be a number from 0 to 100.`);
    if (text.trim()) out.push(typeof share === "number" ? { text, share } : { text });
  });
  return out.length > 0 ? out : undefined;
}

function statusFor(exit: ExitCode): 200 | 400 | 500 {
  return exit === EXIT.INTERNAL ? 500 : exit === EXIT.INPUT ? 400 : 200;
}

/** Reads the page's folder once: a fixed set of names, so no request path ever reaches the file system. */
function readWebFiles(dir: string): Map<string, { bytes: Uint8Array; type: string }> {
  const files = new Map<string, { bytes: Uint8Array; type: string }>();
  let names: string[] = [];
  try {
    names = readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => e.name);
  } catch {
    return files;
  }
  for (const name of names) {
    const type = CONTENT_TYPES[path.extname(name)];
    if (type) files.set(name, { bytes: readFileSync(path.join(dir, name)), type });
  }
  // The page picks Korean particles with the same es-hangul the documents use, served from its ESM build.
  try {
    const main = createRequire(import.meta.url).resolve("es-hangul");
    files.set("es-hangul.js", {
      bytes: readFileSync(path.join(path.dirname(main), "index.mjs")),
      type: CONTENT_TYPES[".js"]!,
    });
  } catch {
    // A missing package shows as the page's own "files are missing" answer.
  }
  return files;
}

/** Builds the Hono app; `serve` binds it to 127.0.0.1, tests call app.request directly. */
export function createApp(options: AppOptions = {}): Hono {
  const app = new Hono();
  const web = readWebFiles(options.webDir ?? WEB_DIR);
  const packets = new Map<string, StoredPacket>();

  app.onError((error, c) => {
    if (error instanceof E7Error) {
      const status = error.code === ERR.E_TOO_LARGE ? 413 : 400;
      return c.json(errorBody(error), status);
    }
    return c.json(
      {
        error: {
          code: ERR.E_INTERNAL,
          message: "internal error: this is a bug in e7-align, not in your input.",
          hints: [],
        },
      },
      500,
    );
  });

  const tooLarge = (label: string, max: number) =>
    bodyLimit({
      maxSize: max,
      onError: (c: Context) =>
        c.json(
          errorBody(
            new E7Error(ERR.E_TOO_LARGE, `${label} is larger than ${formatSize(max)}.`, {
              hints: ["Send a smaller body."],
            }),
          ),
          413,
        ),
    });

  // Only this computer's own pages may call: a Host other than 127.0.0.1/localhost (DNS rebinding) or a POST from
  // another site's page (its Origin differs from Host) is refused before any work is done.
  app.use("*", async (c, next) => {
    const host = c.req.header("Host") ?? new URL(c.req.url).host;
    if (!/^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/i.test(host))
      return c.json(
        errorBody(
          new E7Error(ERR.E_FORBIDDEN, `Requests for host "${host}" are refused: open the page at http://127.0.0.1.`),
        ),
        403,
      );
    const origin = c.req.header("Origin");
    if (c.req.method !== "GET" && origin !== undefined && origin !== "null" && new URL(origin).host !== host) {
      return c.json(errorBody(new E7Error(ERR.E_FORBIDDEN, "Requests from other sites are refused.")), 403);
    }
    if (c.req.method !== "GET" && origin === "null")
      return c.json(errorBody(new E7Error(ERR.E_FORBIDDEN, "Requests from other sites are refused.")), 403);
    await next();
  });

  // Every response: no caching of case data, no framing by other sites, no sniffing.
  app.use("*", async (c, next) => {
    await next();
    c.header("Cache-Control", "no-store");
    c.header("X-Content-Type-Options", "nosniff");
    c.header("Referrer-Policy", "no-referrer");
    if (!c.req.path.startsWith("/api/packets/")) c.header("X-Frame-Options", "DENY");
    else c.header("X-Frame-Options", "SAMEORIGIN");
  });

  const page = (name: string) => (c: Context) => {
    const file = web.get(name);
    if (!file) return c.text("The page's files are missing from the package (web/).", 500);
    return c.body(file.bytes as Uint8Array<ArrayBuffer>, 200, {
      "Content-Type": file.type,
      "Content-Security-Policy":
        "default-src 'self'; img-src 'self' data:; frame-src 'self'; object-src 'self'; base-uri 'none'; form-action 'none'",
    });
  };
  app.get("/", page("index.html"));
  app.get("/static/:name", (c) =>
    web.has(c.req.param("name")) ? page(c.req.param("name"))(c) : c.text("Not found", 404),
  );

  app.get("/api/schema", async (c) =>
    c.body(await readFile(CASE_SCHEMA_PATH), 200, { "Content-Type": "application/json; charset=utf-8" }),
  );

  app.get("/api/codes", (c) => {
    const catalog = loadCatalog();
    return c.json({
      edition: catalog.currentEdition,
      occupations: catalog.occupations.map((o) => ({
        code: codeOf(o),
        nameEn: o.nameEn,
        nameKo: o.nameKo,
        subtype: o.subtype,
      })),
    });
  });

  // The immigration offices filing.immigrationOffice names by id, for the page's suggestions.
  app.get("/api/offices", async (c) => {
    const data = JSON.parse(await readFile(path.join(DATA_DIR, "immigration-offices.json"), "utf8")) as {
      offices?: { id: string; ko: string; en: string }[];
    };
    return c.json({ offices: (data.offices ?? []).map((o) => ({ id: o.id, ko: o.ko, en: o.en })) });
  });

  // init's starting case: every field, placeholders to replace; ?code= and ?kind= as `init --code --kind`.
  app.get("/api/template", (c) => {
    const code = c.req.query("code");
    const kind = c.req.query("kind");
    if (kind !== undefined && !["first", "reapplication", "supplement"].includes(kind))
      throw new UsageError(`Unknown kind "${kind}".`, ["Use first, reapplication or supplement."]);
    const occupation = code ? requireOccupation(loadCatalog(), code).occupation : undefined;
    return c.json(
      buildStartingCase("https://e7-align.invalid/schemas/case.schema.json", {
        ...(occupation ? { occupation } : {}),
        ...(kind ? { kind: kind as "first" } : {}),
      }),
    );
  });

  app.post("/api/match", tooLarge("The duty text", MAX_MATCH_BYTES), async (c) => {
    const body = await readJson(c);
    if (body === null || typeof body !== "object" || Array.isArray(body))
      throw new UsageError('The body must be a JSON object: {"text": "...", "code"?: "2224", "title"?: "..."}.');
    const { text, duties, code, title, edition } = body as Record<string, unknown>;
    // The page sends each duty with its share so that shares weigh as in `validate`; a plain text still works.
    const input = duties !== undefined ? dutyInputs(duties) : typeof text === "string" ? text : undefined;
    if (input === undefined || (typeof input === "string" && !input.trim()))
      throw new UsageError("match needs duty text.", [
        'Send {"text": "Develop and maintain the company\'s web platform"} or {"duties": [{"text": "…", "share": 40}]}.',
      ]);
    for (const [name, value] of Object.entries({ code, title, edition })) {
      if (value !== undefined && value !== null && typeof value !== "string")
        throw new UsageError(`"${name}" must be a string.`);
    }
    const catalog = loadCatalog();
    if (typeof edition === "string" && edition) checkEdition(catalog, edition);
    const result = matchDuties(catalog, input, {
      ...(typeof code === "string" && code.trim() ? { selectedCode: code.trim() } : {}),
      ...(typeof edition === "string" && edition ? { edition } : {}),
      ...(typeof title === "string" && title.trim() ? { title } : {}),
    });
    const exit =
      result.verdict === "unsupported" || (result.selectedCode !== undefined && result.verdict !== "match")
        ? EXIT.FINDINGS
        : EXIT.OK;
    // The Korean page shows the catalog's Korean reason for an excluded role; the result's own fields stay English.
    const withReasonKo = <T extends Exclusion>(entry: T | undefined): T | undefined => {
      const reasonKo = entry ? exclusionReasonKo(catalog, entry) : undefined;
      return entry && reasonKo ? { ...entry, reasonKo } : entry;
    };
    const exclusion = withReasonKo(result.exclusion);
    const excludedRoleRisk = withReasonKo(result.excludedRoleRisk);
    const answer = {
      ...result,
      ...(exclusion ? { exclusion } : {}),
      ...(excludedRoleRisk ? { excludedRoleRisk } : {}),
    };
    return c.json(answer, 200, { "X-E7-Exit-Code": String(exit) });
  });

  app.post("/api/validate", tooLarge("The case", MAX_CASE_BYTES), async (c) => {
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    await requireJsonCase(bytes, uiOf(c));
    const answer = await validateBytes(bytes, "case.json", uiOf(c));
    return c.json(answer.json, answer.exit === EXIT.INPUT ? 422 : statusFor(answer.exit), {
      "X-E7-Exit-Code": String(answer.exit),
    });
  });

  app.post("/api/generate", tooLarge("The case", MAX_CASE_BYTES), async (c) => {
    const lang = c.req.query("lang");
    if (lang !== undefined && lang !== "" && !["en", "ko", "both"].includes(lang))
      throw new UsageError(`Unknown lang "${lang}".`, ["Use ?lang=ko, ?lang=en or ?lang=both."]);
    // ?allowOutOfScope=true is the page's checkbox for generate --allow-out-of-scope.
    const allow = c.req.query("allowOutOfScope");
    if (allow !== undefined && allow !== "" && !["true", "false"].includes(allow))
      throw new UsageError(`Unknown allowOutOfScope "${allow}".`, ["Use ?allowOutOfScope=true or leave it out."]);
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    await requireJsonCase(bytes, uiOf(c));
    const ui = uiOf(c);
    // ?ui=ko writes consistency-report.md in Korean, as `generate --ui ko` does.
    const generated = await generateInMemory(bytes, lang ? (lang as "en" | "ko" | "both") : undefined, {
      allowOutOfScope: allow === "true",
      ui,
    });
    const json = {
      consistent: generated.result.consistent,
      selectedCode: generated.result.selectedCode,
      bestCode: generated.result.bestCode,
      files: generated.result.files,
      findings: localizeFindings(generated.result.findings, ui),
    };
    const report = generated.result.report
      ? {
          ...generated.result.report,
          findings: localizeFindings(generated.result.report.findings, ui),
          caseFindings: localizeFindings(generated.result.report.caseFindings, ui),
          crossChecks: generated.result.report.crossChecks.map((check) => ({
            ...check,
            description: (ui === "ko" && registeredCheckMeta(check.id)?.descriptionKo) || check.description,
          })),
        }
      : null;
    const exit = generated.result.status === "written" && generated.result.consistent ? EXIT.OK : EXIT.FINDINGS;
    // ?view=json: the page's mode: the packet stays in memory for preview, the zip is fetched by its URL.
    if (c.req.query("view") === "json") {
      let id: string | undefined;
      if (generated.files.size > 0) {
        id = randomUUID();
        packets.set(id, { files: generated.files, zip: zipSync(Object.fromEntries(generated.files)) });
        while (packets.size > KEPT_PACKETS) packets.delete(packets.keys().next().value!);
      }
      return c.json(
        {
          ...json,
          status: generated.result.status,
          report,
          ...(id
            ? {
                packet: {
                  id,
                  zip: `/api/packets/${id}/packet.zip`,
                  files: [...generated.files.keys()].map((name) => ({
                    name,
                    url: `/api/packets/${id}/files/${encodeURIComponent(name)}`,
                  })),
                },
              }
            : {}),
        },
        200,
        { "X-E7-Exit-Code": String(exit) },
      );
    }
    if (generated.result.status !== "written") return c.json(json, 422, { "X-E7-Exit-Code": String(exit) });
    const zip = zipSync(Object.fromEntries(generated.files));
    return c.body(zip as Uint8Array<ArrayBuffer>, 200, {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="e7-packet-${generated.result.selectedCode}.zip"`,
      "X-E7-Exit-Code": String(exit),
      "X-E7-Consistent": String(generated.result.consistent),
    });
  });

  app.get("/api/packets/:id/packet.zip", (c) => {
    const packet = packets.get(c.req.param("id"));
    if (!packet)
      return c.json(
        errorBody(new UsageError("No such packet (the server keeps the last few, in memory, until it stops).")),
        404,
      );
    return c.body(packet.zip as Uint8Array<ArrayBuffer>, 200, {
      "Content-Type": "application/zip",
      "Content-Disposition": 'attachment; filename="e7-packet.zip"',
    });
  });

  app.get("/api/packets/:id/files/:name", (c) => {
    const packet = packets.get(c.req.param("id"));
    const name = c.req.param("name");
    const bytes = packet?.files.get(name);
    if (!bytes) return c.json(errorBody(new UsageError("No such file in this packet.")), 404);
    const download = c.req.query("download") !== undefined;
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      "Content-Type": FILE_TYPES[path.extname(name)] ?? "application/octet-stream",
      "Content-Disposition": `${download ? "attachment" : "inline"}; filename="${name.replace(/[^\w.-]/g, "_")}"`,
    });
  });

  app.post("/api/verify", tooLarge("The upload", MAX_VERIFY_BYTES), async (c) => {
    const form = await c.req.parseBody().catch(() => {
      throw new UsageError("The body must be multipart/form-data with fields code, contract and/or rrs.");
    });
    const code = typeof form.code === "string" ? form.code.trim() : "";
    if (!code) throw new UsageError("--code is empty.", ["Give the occupation code you are filing, e.g. 2224."]);
    const title = typeof form.title === "string" && form.title.trim() ? form.title.trim() : undefined;
    const edition = typeof form.edition === "string" && form.edition ? form.edition : undefined;
    const documents: { role: DocumentRole; source: { bytes: Uint8Array; name: string } }[] = [];
    for (const role of ["contract", "rrs"] as const) {
      const file = form[role];
      if (file instanceof File && file.size > 0)
        documents.push({
          role,
          source: { bytes: new Uint8Array(await file.arrayBuffer()), name: path.basename(file.name || role) },
        });
    }
    if (documents.length === 0)
      throw new UsageError("verify needs at least one document: contract and/or rrs.", [
        "Attach the contract, the RRS, or both (.docx, .pdf, .hwpx, .txt, .md).",
      ]);
    const catalog = loadCatalog();
    if (edition) checkEdition(catalog, edition);
    const { verifyDocuments } = await import("../verify/verify-documents.js");
    const result = await verifyDocuments(catalog, {
      code,
      ...(edition ? { edition } : {}),
      ...(title ? { title } : {}),
      documents,
    });
    return c.json({ ...result, findings: localizeFindings(result.findings, uiOf(c)) }, 200, {
      "X-E7-Exit-Code": String(result.ok ? EXIT.OK : EXIT.FINDINGS),
    });
  });

  return app;
}

/** ?ui=ko puts the findings' messages in Korean, as `--ui ko` does; the JSON shape is the same. */
function uiOf(c: Context): UiLang {
  const ui = c.req.query("ui");
  if (ui === undefined || ui === "" || ui === "en") return "en";
  if (ui === "ko") return "ko";
  throw new UsageError(`Unknown ui "${ui}".`, ["Use ?ui=ko or ?ui=en."]);
}

/**
 * A body that is not JSON at all is the client's malformed request (400), told apart from a JSON case that breaks the
 * case schema (validate's 422): the message names the line and column, in Korean under ?ui=ko.
 */
async function requireJsonCase(bytes: Uint8Array, ui: UiLang): Promise<void> {
  const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/u, "");
  try {
    JSON.parse(text);
    return;
  } catch {
    // Located below with the validator's own reading of the text, as `validate` prints it.
  }
  const answer = (await validateBytes(bytes, "case.json", ui)).json as {
    errors?: { line?: number; column?: number; message?: string }[];
  };
  const first = answer.errors?.[0];
  const where = first?.line ? { line: first.line, column: first.column ?? 1 } : undefined;
  const detail = first?.message?.replace(/^invalid JSON:\s*/u, "");
  if (ui === "ko") {
    throw new E7Error(
      ERR.E_CASE_SYNTAX,
      text.trim()
        ? `요청 본문이 올바른 JSON이 아닙니다${where ? `(${where.line}행 ${where.column}열)` : ""}.`
        : "요청 본문이 비어 있습니다. 신청 건 정보 파일(JSON)을 보내 주십시오.",
      {
        hints: [
          "따옴표, 쉼표와 괄호를 확인한 뒤 신청 건 정보 파일(JSON)을 다시 보내 주십시오(`e7-align validate`로 먼저 확인할 수 있습니다).",
        ],
      },
    );
  }
  throw new E7Error(
    ERR.E_CASE_SYNTAX,
    text.trim()
      ? `The body is not valid JSON${where ? ` (line ${where.line}, column ${where.column})` : ""}.`
      : "The body is empty; send the case file (JSON).",
    { hints: [...(detail ? [detail] : []), "Send the case file as JSON (`e7-align validate` checks it first)."] },
  );
}

async function readJson(c: Context): Promise<unknown> {
  const text = await c.req.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`The body is not valid JSON (${(error as Error).message}).`);
  }
}

/** `validate --json` on bytes: the same steps and the same JSON as the CLI. */
export async function validateBytes(
  bytes: Uint8Array,
  file = "case.json",
  ui: UiLang = "en",
): Promise<{ json: unknown; exit: ExitCode }> {
  return validateCaseJson({ bytes, name: file }, { ui });
}

/**
 * `generate` on bytes: the case goes to a private temporary folder, generatePacket writes and checks the packet
 * there exactly as the CLI does, the files are read into memory and the folder is removed.
 */
export async function generateInMemory(
  bytes: Uint8Array,
  lang?: "en" | "ko" | "both",
  options: { readonly allowOutOfScope?: boolean; readonly ui?: UiLang } = {},
): Promise<{ result: import("../generate/generate-packet.js").GenerateResult; files: Map<string, Uint8Array> }> {
  const { generatePacket } = await import("../generate/generate-packet.js");
  const dir = await mkdtemp(path.join(os.tmpdir(), "e7-align-serve-"));
  try {
    const casePath = path.join(dir, "case.json");
    await writeFile(casePath, bytes, { mode: 0o600 });
    const outDir = path.join(dir, "packet");
    let result: Awaited<ReturnType<typeof generatePacket>>;
    try {
      result = await generatePacket({
        casePath,
        outDir,
        ...(lang ? { lang } : {}),
        formats: ["docx", "pdf"],
        allowOutOfScope: options.allowOutOfScope ?? false,
        // The zip's consistency-report.md follows the page's language, as `generate --ui ko` does.
        ...(options.ui ? { reportUi: options.ui } : {}),
      });
    } catch (error) {
      // The temporary path means nothing to the user: name the upload instead; a bad case's problems follow ?ui=ko.
      if (error instanceof E7Error) {
        const korean = options.ui === "ko" && error instanceof CaseInvalidError;
        const message = korean ? error.messageKo : error.message;
        const hints = korean ? error.hintsKo : error.hints;
        throw new E7Error(error.code, message.replaceAll(casePath, "case.json"), {
          hints: hints.map((h) => h.replaceAll(casePath, "case.json")),
        });
      }
      throw error;
    }
    const files = new Map<string, Uint8Array>();
    if (result.status === "written") {
      for (const name of (await readdir(outDir)).sort())
        files.set(name, new Uint8Array(await readFile(path.join(outDir, name))));
    }
    return { result: { ...result, outDir: "" }, files };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
