// The isolated PDF reader thread is terminated on a time-out, so it must never hold a zlib handle: Node aborts the
// whole process ("close before init") when terminate() lands between a zlib handle's creation and its init.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { readPdfText } from "../../src/readers/read-pdf-text.js";
import { makePdf, type FixtureParagraph } from "../fixtures/verify/build-fixtures.js";

const CONTENT: readonly FixtureParagraph[] = [
  { heading: "Article 3. Duties / 담당업무" },
  "1. Develop and maintain the company's customer-facing web platform, including the front end built with React.",
  "2. 회사 웹 플랫폼의 프론트엔드와 백엔드를 개발하고 유지보수하며, 웹 서비스의 성능과 보안을 개선한다.",
];

interface Reply {
  readonly id: number;
  readonly kind: string;
  readonly pages?: readonly (readonly { readonly str: string }[])[];
  readonly zlibHandles: number;
}

/**
 * Runs the real reader thread module with an async hook that counts the zlib handles created in that thread, and
 * reads one PDF through it; every reply carries the count so far.
 */
async function readInCountingThread(bytes: Uint8Array): Promise<Reply> {
  const moduleUrl = pathToFileURL(path.join(PACKAGE_ROOT, "src", "readers", "pdf-text-worker.mjs")).href;
  const code = `
    const { createHook } = require("node:async_hooks");
    const { parentPort } = require("node:worker_threads");
    let zlibHandles = 0;
    createHook({ init(_id, type) { if (type === "ZLIB") zlibHandles++; } }).enable();
    const post = parentPort.postMessage.bind(parentPort);
    parentPort.postMessage = (message, transfer) => post({ ...message, zlibHandles }, transfer);
    import(${JSON.stringify(moduleUrl)});
  `;
  const worker = new Worker(code, { eval: true });
  try {
    const reply = new Promise<Reply>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
    });
    const copy = new Uint8Array(bytes).buffer;
    worker.postMessage({ id: 1, bytes: copy, maxPages: 10 }, [copy]);
    return await reply;
  } finally {
    await worker.terminate();
  }
}

describe("the PDF reader thread", () => {
  it("reads a PDF's Flate streams without creating any zlib handle", async () => {
    const reply = await readInCountingThread(await makePdf(CONTENT));
    expect(reply.kind).toBe("ok");
    const text = reply
      .pages!.flat()
      .map((item) => item.str)
      .join("");
    expect(text).toContain("customer-facing web platform");
    expect(text).toContain("유지보수");
    expect(reply.zlibHandles).toBe(0);
  });

  it("the hook does see zlib handles in a thread that makes them (the count above can fail)", async () => {
    const code = `
      const { createHook } = require("node:async_hooks");
      const { parentPort } = require("node:worker_threads");
      let zlibHandles = 0;
      createHook({ init(_id, type) { if (type === "ZLIB") zlibHandles++; } }).enable();
      require("node:zlib").createInflate().close();
      parentPort.postMessage(zlibHandles);
    `;
    const worker = new Worker(code, { eval: true });
    const count = await new Promise<number>((resolve) => worker.once("message", resolve));
    await worker.terminate();
    expect(count).toBe(1);
  });

  it("still ends a read that runs past the time limit with a clear input error naming the file", async () => {
    const long = await makePdf(
      Array.from({ length: 300 }, (_, i) => `Line ${i}: develop and maintain the web platform.`),
    );
    await expect(readPdfText(long, { name: "slow.pdf", limits: { timeoutMs: 1 } })).rejects.toMatchObject({
      code: "E_DOCUMENT_LIMIT",
      exitCode: 2,
      message: expect.stringMatching(/slow\.pdf.*took longer than 1 ms/s),
    });
    // The next read gets a fresh reader thread and succeeds.
    const text = await readPdfText(await makePdf(CONTENT), { name: "after.pdf" });
    expect(text.text).toContain("customer-facing web platform");
  });
});
