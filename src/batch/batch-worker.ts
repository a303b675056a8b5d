/**
 * Worker-thread entry of a batch: generates one case per message with the same generate pipeline as
 * `e7-align generate`, and answers with the outcome as data. The heavy libraries, fonts, templates and the
 * matcher's index load once per worker and are reused by every case it handles.
 */
import { parentPort, workerData } from "node:worker_threads";
import { setFontBytesSource } from "../writers/pdf-font-files.js";
import { generateCase } from "./generate-case.js";
import { fontsFromParent } from "./shared-fonts.js";
import type { WorkerData, WorkerReply, WorkerTask } from "./types.js";

if (!parentPort) throw new Error("batch-worker.js runs as a worker thread of runBatch.");
const port = parentPort;
setFontBytesSource(fontsFromParent((workerData as WorkerData).fontPort));

port.on("message", (task: WorkerTask) => {
  void generateCase(task.job, task.outDir, task.options).then((outcome) => {
    const reply: WorkerReply = { id: task.id, outcome };
    port.postMessage(reply);
  });
});
