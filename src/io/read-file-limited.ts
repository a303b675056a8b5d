/**
 * Reads a user-named file with a size cap: refuses devices, pipes and sockets (a path such as /dev/zero never
 * ends, and a pipe blocks), refuses files over the cap before reading, and never reads more than cap + 1 bytes.
 */
import { open, stat } from "node:fs/promises";
import { ERR, InputFileError } from "../errors.js";

/** 1024 KB below 10 MB, 12.5 MB above: sizes as the messages print them. */
export function formatSize(bytes: number): string {
  return bytes < 10 * 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export interface ReadLimitOptions {
  readonly maxBytes: number;
  /** What the file should be, for the message: "a case file". */
  readonly label: string;
  /** The file as messages name it (the path the user typed); defaults to the path read. */
  readonly name?: string;
}

/**
 * Returns the file's bytes. Errors from the file system (ENOENT, EACCES, EISDIR) are thrown unchanged (readUserFile
 * words them); a non-regular file or one over the cap is an InputFileError (exit 2).
 */
export async function readFileLimited(file: string, options: ReadLimitOptions): Promise<Uint8Array> {
  const info = await stat(file);
  const name = options.name ?? file;
  if (info.isDirectory())
    throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read '${file}'`), { code: "EISDIR" });
  if (!info.isFile()) {
    throw new InputFileError(
      name,
      `is not a regular file (a device, pipe or socket), so it is not read; ${options.label} is a file on disk.`,
      ["Give the path of the file itself."],
      ERR.E_NOT_FILE,
    );
  }
  const tooLarge = (size: string): InputFileError =>
    new InputFileError(
      name,
      `is ${size}; ${options.label} is at most ${formatSize(options.maxBytes)}.`,
      ["Is this the right file?"],
      ERR.E_TOO_LARGE,
    );
  if (info.size > options.maxBytes) throw tooLarge(formatSize(info.size));
  const handle = await open(file, "r");
  try {
    // Read to cap + 1 whatever stat said: files in /proc report size 0, and a file may grow while it is read.
    const buffer = new Uint8Array(options.maxBytes + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > options.maxBytes) throw tooLarge(`more than ${formatSize(options.maxBytes)}`);
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

/**
 * The one wording of a file the system would not give us: missing, a folder, not permitted, or unreadable (exit 2).
 * `label` says what the file should be ("a case file"); `hints` tell the user what to give instead.
 */
export function fileReadError(name: string, error: unknown, label: string, hints: readonly string[]): InputFileError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT" || code === "ENOTDIR")
    return new InputFileError(name, "file not found.", hints, ERR.E_FILE_NOT_FOUND);
  if (code === "EISDIR") return new InputFileError(name, `is a folder, not ${label}.`, hints, ERR.E_NOT_FILE);
  if (code === "EACCES" || code === "EPERM")
    return new InputFileError(
      name,
      "cannot be read: permission denied.",
      ["Check the file's permissions (chmod u+r), or copy it somewhere readable."],
      ERR.E_FILE_PERMISSION,
    );
  return new InputFileError(
    name,
    `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))}).`,
    hints,
    ERR.E_INPUT_FILE,
  );
}

/** readFileLimited for a file a user named: file-system errors become fileReadError's InputFileError, naming `name` (default: the path). */
export async function readUserFile(
  file: string,
  options: ReadLimitOptions & { readonly hints: readonly string[] },
): Promise<Uint8Array> {
  try {
    return await readFileLimited(file, options);
  } catch (error) {
    if (error instanceof InputFileError) throw error;
    throw fileReadError(options.name ?? file, error, options.label, options.hints);
  }
}

/**
 * Reads a stream (standard input) to its end with the same cap as a file: past cap bytes it stops reading, destroys
 * the stream and throws (a pipe from /dev/zero never ends). The bytes are returned undecoded, so that they get the
 * same strict UTF-8 check as a file.
 */
export async function readStreamLimited(
  stream: AsyncIterable<Uint8Array | string> & { destroy?: () => void },
  name: string,
  options: ReadLimitOptions,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk;
    length += bytes.byteLength;
    if (length > options.maxBytes) {
      stream.destroy?.();
      throw new InputFileError(
        name,
        `is more than ${formatSize(options.maxBytes)}; ${options.label} is at most ${formatSize(options.maxBytes)}.`,
        ["Is this the right input?"],
        ERR.E_TOO_LARGE,
      );
    }
    chunks.push(bytes);
  }
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
