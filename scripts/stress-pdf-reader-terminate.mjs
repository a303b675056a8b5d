// Stress script (not a test): terminates the PDF reader thread at random moments of its work, over and over, and counts
// how often the whole process aborts natively. Node aborts ("close before init", node_zlib.cc) when terminate() lands
// between the creation and the init of a zlib handle; see docs/verify.md, "PDF time limit".
//
//   node scripts/stress-pdf-reader-terminate.mjs [seconds=300] [root=.] [mode=reader|reader-many|zlib]
//
// mode=reader runs ROOT/src/readers/pdf-text-worker.mjs (the product's reader thread) on a 12-page Korean PDF;
// mode=reader-many runs it on a one-page PDF of 3,000 small Flate streams (many zlib handles per read); mode=zlib runs
// a thread that only creates zlib streams (Node's bug alone). Run it with each Node binary to compare.
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { deflateSync } from "node:zlib";

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

/** One page whose content is `count` small Flate streams: pdf.js makes a zlib handle for each, many per millisecond. */
function writeManyStreamsPdf(file, count = 3000) {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents [${Array.from({ length: count }, (_, i) => `${i + 5} 0 R`).join(" ")}] >>`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ].map((body) => Buffer.from(body, "latin1"));
  for (let i = 0; i < count; i++) {
    const data = deflateSync(
      `BT /F1 9 Tf ${36 + (i % 6) * 90} ${760 - (Math.floor(i / 6) % 80) * 9} Td (duty ${i}) Tj ET\n`,
    );
    objects.push(
      Buffer.concat([
        Buffer.from(`<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n`),
        data,
        Buffer.from("\nendstream"),
      ]),
    );
  }
  const parts = [Buffer.from("%PDF-1.4\n")];
  const offsets = [];
  let at = parts[0].length;
  objects.forEach((body, i) => {
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from("\nendobj\n")]);
    offsets.push(at);
    parts.push(obj);
    at += obj.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`));
  writeFileSync(file, Buffer.concat(parts));
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
  if (mode === "reader-many") writeManyStreamsPdf(pdfFile);
  else await writePdf(pdfFile);
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
