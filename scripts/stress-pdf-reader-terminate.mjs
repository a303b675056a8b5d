// Stress script (not a test): terminates the PDF reader thread at random moments of its work, over and over, and counts
// how often the whole process aborts natively. Node aborts ("close before init", node_zlib.cc) when terminate() lands
// between the creation and the init of a zlib handle; see docs/verify.md, "PDF time limit".
//
//   node scripts/stress-pdf-reader-terminate.mjs [seconds=300] [root=.] [mode=reader|zlib]
//
// mode=reader runs ROOT/src/readers/pdf-text-worker.mjs (the product's reader thread) on a 12-page Korean PDF;
// mode=zlib runs a thread that only creates zlib streams (Node's bug alone). Run it with each Node binary to compare.
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";

const [seconds = "300", root = ".", mode = "reader", child] = process.argv.slice(2);
const rootDir = path.resolve(root);
const pdfFile = path.join(tmpdir(), `e7-stress-${process.pid}.pdf`);

/** A 12-page PDF with an embedded Korean font subset: many Flate streams for pdf.js to inflate. */
async function writePdf(file) {
  const require = createRequire(path.join(rootDir, "package.json"));
  const PDFDocument = require("pdfkit");
  const fonts = path.join(path.dirname(require.resolve("@embedpdf/fonts-kr")), "..", "fonts");
  const doc = new PDFDocument({ size: "A4", margin: 56, info: { CreationDate: new Date(0) } });
  const chunks = [];
  doc.on("data", (chunk) => chunks.push(chunk));
  const done = new Promise((resolve) => doc.on("end", resolve));
  doc.registerFont("kr", path.join(fonts, "NotoSansKR-Regular.otf"));
  for (let i = 0; i < 300; i++) doc.font("kr").fontSize(11).text(`${i}: 웹 플랫폼을 개발하고 유지보수합니다.`);
  doc.end();
  await done;
  writeFileSync(file, Buffer.concat(chunks));
}

const ZLIB_ONLY = `
  const zlib = require("node:zlib");
  const { parentPort } = require("node:worker_threads");
  let seen = 0;
  parentPort.on("message", () => { if (seen++ === 0) parentPort.postMessage("ready"); else for (;;) zlib.createInflate(); });
`;

/** Child: starts a reader thread, lets it warm up, keeps it reading, terminates it at a random moment; prints "." each. */
async function runChild(file) {
  const { readFileSync } = await import("node:fs");
  const bytes = readFileSync(file);
  for (;;) {
    const worker =
      mode === "zlib"
        ? new Worker(ZLIB_ONLY, { eval: true })
        : new Worker(path.join(rootDir, "src", "readers", "pdf-text-worker.mjs"));
    worker.on("error", () => undefined);
    let id = 0;
    const send = () => {
      const copy = new Uint8Array(bytes).buffer;
      worker.postMessage({ id: id++, bytes: copy, maxPages: 50 }, [copy]);
    };
    await new Promise((resolve) => {
      worker.once("message", resolve);
      send();
    });
    worker.on("message", send);
    send();
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 100));
    await worker.terminate();
    process.stdout.write(".");
  }
}

async function runParent() {
  await writePdf(pdfFile);
  const end = Date.now() + Number(seconds) * 1000;
  let terminations = 0;
  let aborts = 0;
  let sample = "";
  while (Date.now() < end) {
    await new Promise((resolve) => {
      const proc = spawn(process.execPath, [process.argv[1], seconds, root, mode, pdfFile], {
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stderr = "";
      const timer = setTimeout(() => proc.kill("SIGTERM"), Math.max(0, end - Date.now()));
      proc.stdout.on("data", (data) => {
        terminations += String(data).length;
      });
      proc.stderr.on("data", (data) => {
        stderr += data;
      });
      proc.on("close", (_code, signal) => {
        clearTimeout(timer);
        if (signal && signal !== "SIGTERM") {
          aborts++;
          terminations++;
          sample ||= stderr.split("\n").find((line) => /Assertion|FATAL/.test(line)) ?? signal;
        }
        resolve();
      });
    });
  }
  const { rmSync } = await import("node:fs");
  rmSync(pdfFile, { force: true });
  console.log(
    JSON.stringify({
      node: process.version,
      mode,
      root: rootDir,
      seconds: Number(seconds),
      terminations,
      aborts,
      sample: sample.trim(),
    }),
  );
}

if (child) await runChild(child);
else await runParent();
