/**
 * One copy of the PDF fonts for a whole batch. Each worker thread would otherwise read its own 10 MB of Korean faces
 * (27 MB once a case needs the Han fallback). The parent reads each file once into a SharedArrayBuffer, on a worker's
 * first request, and hands that same memory to every worker that asks.
 */
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { MessageChannel, type MessagePort } from "node:worker_threads";
import { PDF_FONT_FILES, pdfFontFilePath, type FontBytesSource } from "../writers/pdf-font-files.js";

/** Worker -> parent: the bytes of one font file, by its key in PDF_FONT_FILES. */
export interface FontRequest {
  readonly key: string;
}

/** Parent -> worker. */
export type FontReply =
  | { readonly key: string; readonly bytes: SharedArrayBuffer }
  | { readonly key: string; readonly error: string };

function readShared(file: string): SharedArrayBuffer {
  const fd = openSync(file, "r");
  try {
    const size = fstatSync(fd).size;
    const shared = new SharedArrayBuffer(size);
    const view = new Uint8Array(shared);
    let done = 0;
    while (done < size) {
      const read = readSync(fd, view, done, size - done, done);
      if (read === 0) throw new Error(`${file} ended after ${done} of ${size} bytes`);
      done += read;
    }
    return shared;
  } finally {
    closeSync(fd);
  }
}

/** The parent's side: answers font requests from any number of workers out of one cache. */
export class SharedFontStore {
  private readonly cache = new Map<string, SharedArrayBuffer>();

  /** A channel for one worker: pass `workerPort` to it (in workerData, transferred) and close `close` when it exits. */
  connect(): { readonly workerPort: MessagePort; readonly close: () => void } {
    const { port1, port2 } = new MessageChannel();
    port1.on("message", (request: FontRequest) => port1.postMessage(this.answer(request)));
    // The channel must not keep the batch alive once its worker is gone.
    port1.unref();
    return { workerPort: port2, close: () => port1.close() };
  }

  private answer({ key }: FontRequest): FontReply {
    const known = PDF_FONT_FILES.get(key);
    if (!known) return { key, error: `${key} is not one of the PDF writer's fonts` };
    try {
      let bytes = this.cache.get(key);
      if (!bytes) {
        bytes = readShared(pdfFontFilePath(known.font, known.file));
        this.cache.set(key, bytes);
      }
      return { key, bytes };
    } catch (error) {
      return { key, error: error instanceof Error ? error.message : String(error) };
    }
  }
}

/** The worker's side: a font source that asks the parent over `port`, once per file however often it is asked. */
export function fontsFromParent(port: MessagePort): FontBytesSource {
  const waiting = new Map<string, { resolve: (bytes: Buffer) => void; reject: (error: Error) => void }>();
  const asked = new Map<string, Promise<Buffer>>();
  port.on("message", (reply: FontReply) => {
    const pending = waiting.get(reply.key);
    if (!pending) return;
    waiting.delete(reply.key);
    if ("bytes" in reply) pending.resolve(Buffer.from(reply.bytes));
    else pending.reject(new Error(`The batch could not load the PDF font ${reply.key}: ${reply.error}`));
  });
  // The worker lives as long as its task port (parentPort) listens; this port must not hold it beyond that.
  port.unref();
  return (font, file) => {
    const key = `${font.pkg}/${file}`;
    let bytes = asked.get(key);
    if (!bytes) {
      bytes = new Promise<Buffer>((resolve, reject) => {
        waiting.set(key, { resolve, reject });
        port.postMessage({ key } satisfies FontRequest);
      });
      asked.set(key, bytes);
    }
    return bytes;
  };
}
