// Safety guarantees checked on the source and at run time: no eval or Function constructor, no dynamic import or
// require of a computed specifier, no network modules, no network access while commands run, and output paths
// that stay inside --out whatever names the case holds.
import { readdirSync, readFileSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import dns from "node:dns";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { crashText, EXAMPLES_DIR, REPO_ROOT } from "../corpus/prepare.js";
import { cli } from "../helpers/run-cli.js";
import { checkCompletePacket } from "./packet-files.js";

const SRC = path.join(REPO_ROOT, "src");

/** Every .ts file under src/, with its text and comments removed (so prose about eval does not count). */
function sourceFiles(): { file: string; code: string }[] {
  const out: { file: string; code: string }[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".ts")) {
        const code = readFileSync(full, "utf8")
          .replace(/\/\*[\s\S]*?\*\//g, "")
          .replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
        out.push({ file: path.relative(REPO_ROOT, full), code });
      }
    }
  };
  walk(SRC);
  return out;
}

/** Matches of `pattern` in src/, as "file: match". */
function findInSource(pattern: RegExp, exclude: (file: string) => boolean = () => false): string[] {
  return sourceFiles()
    .filter(({ file }) => !exclude(file))
    .flatMap(({ file, code }) =>
      [...code.matchAll(new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`))].map(
        (m) => `${file}: ${m[0]}`,
      ),
    );
}

describe("source scan", () => {
  it("should find src/ files to scan", () => {
    expect(sourceFiles().length).toBeGreaterThan(30);
  });

  it("should contain no eval and no Function constructor", () => {
    expect(findInSource(/\beval\s*\(/)).toEqual([]);
    expect(findInSource(/\bnew\s+Function\s*\(/)).toEqual([]);
    expect(findInSource(/(?<![.\w])Function\s*\(/)).toEqual([]);
    expect(findInSource(/\bvm\.(?:runIn|compile|Script)|from\s+"node:vm"|require\("vm"\)/)).toEqual([]);
  });

  it("should import and require only literal module names", () => {
    // import("docx") is fine; import(name) or import(`./${x}`) would let data choose code.
    expect(findInSource(/\bimport\s*\((?!\s*"[^"$]+"\s*\)|\s*'[^'$]+'\s*\))/)).toEqual([]);
    expect(findInSource(/(?<![.\w])require\s*\((?!\s*"[^"]+"\s*\)|\s*'[^']+'\s*\))/)).toEqual([]);
  });

  it("should use no network modules outside the local web server", () => {
    // src/serve listens on 127.0.0.1 only (test/serve checks the address); nothing else may touch the network.
    expect(
      findInSource(/from\s+"(?:node:)?(?:http|https|http2|net|tls|dgram|dns)(?:\/promises)?"/, (file) =>
        file.startsWith(path.join("src", "serve")),
      ),
    ).toEqual([]);
    expect(findInSource(/\bfetch\s*\(|\bWebSocket\b|\bXMLHttpRequest\b/)).toEqual([]);
  });

  it("should start child processes only in the benchmark tools and serve --open (the user's browser)", () => {
    const allowed = (file: string): boolean =>
      file.startsWith(path.join("src", "bench")) || file === path.join("src", "cli", "serve.ts");
    expect(findInSource(/from\s+"(?:node:)?child_process"/, allowed)).toEqual([]);
  });
});

describe("no network at run time", () => {
  const attempts: string[] = [];
  const saved = { connect: net.Socket.prototype.connect, lookup: dns.lookup, fetch: globalThis.fetch };
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "e7-no-network-"));
    // Every TCP connection (http, https, fetch/undici) goes through Socket#connect; name lookups through dns.lookup.
    net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
      attempts.push(`connect ${JSON.stringify(args[0])}`);
      throw new Error("network access attempted");
    } as typeof net.Socket.prototype.connect;
    (dns as { lookup: unknown }).lookup = (host: string) => {
      attempts.push(`lookup ${host}`);
      throw new Error("network access attempted");
    };
    globalThis.fetch = (async (input: unknown) => {
      attempts.push(`fetch ${String(input)}`);
      throw new Error("network access attempted");
    }) as typeof fetch;
  });

  afterAll(async () => {
    net.Socket.prototype.connect = saved.connect;
    (dns as { lookup: unknown }).lookup = saved.lookup;
    globalThis.fetch = saved.fetch;
    await rm(dir, { recursive: true, force: true });
  });

  it("should validate, generate (docx and PDF, read back) and verify without opening a connection", async () => {
    const casePath = path.join(dir, "case.json");
    await copyFile(path.join(EXAMPLES_DIR, "web-developer", "case.json"), casePath);
    const validate = await cli(["validate", casePath]);
    expect([0, 1]).toContain(validate.code);
    const generate = await cli(["generate", casePath, "--out", path.join(dir, "packet")]);
    expect(generate.code, generate.stderr).toBe(0);
    const verify = await cli([
      "verify",
      "--code",
      "2224",
      "--contract",
      path.join(dir, "packet", "contract-duty-annex.pdf"),
      "--rrs",
      path.join(dir, "packet", "recruitment-reason-statement.docx"),
    ]);
    expect([0, 1]).toContain(verify.code);
    expect(crashText(validate.stderr + generate.stderr + verify.stderr)).toBeUndefined();
    expect(attempts).toEqual([]);
  }, 300_000);
});

describe("output paths stay inside --out", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "e7-out-paths-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** Every path under `root`, relative to it. */
  async function tree(root: string): Promise<string[]> {
    const out: string[] = [];
    for (const entry of await readdir(root, { withFileTypes: true, recursive: true }))
      out.push(path.relative(root, path.join(entry.parentPath, entry.name)));
    return out.sort();
  }

  it("should write only the packet's own file names into --out, whatever names the case holds", async () => {
    const work = path.join(dir, "work");
    await mkdir(work, { recursive: true });
    const data = JSON.parse(await readFile(path.join(EXAMPLES_DIR, "web-developer", "case.json"), "utf8")) as Record<
      string,
      any
    >;
    data.applicant.fullName = "../../../../tmp/e7-escape-name";
    data.position.title.en = "../../evil/Web Developer";
    data.position.title.ko = "..\\..\\evil\\웹 개발자";
    data.employer.nameEn = "/etc/passwd";
    data.position.department = { ko: "packet/../../outside", en: "packet/../../outside" };
    await writeFile(path.join(work, "case.json"), JSON.stringify(data, null, 2));
    const run = await cli(["generate", "case.json", "--out", "packet"], { cwd: work });
    expect([0, 1], run.stderr).toContain(run.code);
    const files = await tree(work);
    expect(files.filter((f) => !f.startsWith(`packet${path.sep}`) && f !== "packet")).toEqual(["case.json"]);
    for (const file of files.filter((f) => f.startsWith(`packet${path.sep}`)))
      expect(path.basename(file)).toMatch(/^[a-z0-9-]+\.(?:docx|pdf|json|md)$/);
    expect(await tree(dir)).toEqual(
      files
        .map((f) => path.join("work", f))
        .concat("work")
        .sort(),
    );
    expect(await checkCompletePacket(path.join(work, "packet"))).toMatchObject({ ok: true });
  }, 300_000);
});
