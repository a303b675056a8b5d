/**
 * Reads a user-named file with a size cap: refuses devices, pipes and sockets (a path such as /dev/zero never
 * ends, and a pipe blocks), refuses files over the cap before reading, and never reads more than cap + 1 bytes.
 */
import { open, stat } from "node:fs/promises";
import { ERR, InputFileError } from "../errors.js";
import { withParticle } from "../text/korean-particle.js";

/** 1024 KB below 10 MB, 12.5 MB above: sizes as the messages print them (in both languages). */
export function formatSize(bytes: number): string {
  return bytes < 10 * 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export interface ReadLimitOptions {
  readonly maxBytes: number;
  /** What the file should be, for the message: "a case file". */
  readonly label: string;
  /** The same in Korean, for `--ui ko`: "신청 건 정보 파일". */
  readonly labelKo: string;
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
      {
        message: `일반 파일이 아니므로(장치, 파이프 또는 소켓) 읽지 않습니다. ${withParticle(options.labelKo, "은/는")} 디스크에 있는 파일이어야 합니다.`,
        hints: ["파일 자체의 경로를 지정하십시오."],
      },
    );
  }
  const max = formatSize(options.maxBytes);
  const tooLarge = (size: string, sizeKo: string): InputFileError =>
    new InputFileError(
      name,
      `is ${size}; ${options.label} is at most ${max}.`,
      ["Is this the right file?"],
      ERR.E_TOO_LARGE,
      {
        message: `크기가 ${sizeKo}입니다. ${withParticle(options.labelKo, "은/는")} 최대 ${max}까지입니다.`,
        hints: ["올바른 파일인지 확인하십시오."],
      },
    );
  if (info.size > options.maxBytes) throw tooLarge(formatSize(info.size), formatSize(info.size));
  const handle = await open(file, "r");
  try {
    // Read to cap + 1 whatever stat said: files in /proc report size 0, and a file may grow while it is read.
    const buffer = new Uint8Array(options.maxBytes + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > options.maxBytes) throw tooLarge(`more than ${max}`, `${max} 초과`);
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

/** What fileReadError says in Korean: the file's Korean label and the hints, line for line. */
export interface FileReadKorean {
  readonly label: string;
  readonly hints: readonly string[];
}

/**
 * The one wording of a file the system would not give us: missing, a folder, not permitted, or unreadable (exit 2).
 * `label` says what the file should be ("a case file"); `hints` tell the user what to give instead; `ko` says both in
 * Korean.
 */
export function fileReadError(
  name: string,
  error: unknown,
  label: string,
  hints: readonly string[],
  ko: FileReadKorean,
): InputFileError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT" || code === "ENOTDIR")
    return new InputFileError(name, "file not found.", hints, ERR.E_FILE_NOT_FOUND, {
      message: "파일을 찾을 수 없습니다.",
      hints: ko.hints,
    });
  if (code === "EISDIR")
    return new InputFileError(name, `is a folder, not ${label}.`, hints, ERR.E_NOT_FILE, {
      message: `폴더입니다. ${withParticle(ko.label, "을/를")} 지정하십시오.`,
      hints: ko.hints,
    });
  if (code === "EACCES" || code === "EPERM")
    return new InputFileError(
      name,
      "cannot be read: permission denied.",
      ["Check the file's permissions (chmod u+r), or copy it somewhere readable."],
      ERR.E_FILE_PERMISSION,
      {
        message: "읽을 권한이 없습니다.",
        hints: ["파일 권한을 확인하거나(chmod u+r) 읽을 수 있는 곳으로 복사하십시오."],
      },
    );
  const reason = code ?? (error instanceof Error ? error.message : String(error));
  return new InputFileError(name, `cannot be read (${reason}).`, hints, ERR.E_INPUT_FILE, {
    message: `파일을 읽을 수 없습니다(${reason}).`,
    hints: ko.hints,
  });
}

/** readFileLimited for a file a user named: file-system errors become fileReadError's InputFileError, naming `name` (default: the path). */
export async function readUserFile(
  file: string,
  options: ReadLimitOptions & { readonly hints: readonly string[]; readonly hintsKo: readonly string[] },
): Promise<Uint8Array> {
  try {
    return await readFileLimited(file, options);
  } catch (error) {
    if (error instanceof InputFileError) throw error;
    throw fileReadError(options.name ?? file, error, options.label, options.hints, {
      label: options.labelKo,
      hints: options.hintsKo,
    });
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
      const max = formatSize(options.maxBytes);
      throw new InputFileError(
        name,
        `is more than ${max}; ${options.label} is at most ${max}.`,
        ["Is this the right input?"],
        ERR.E_TOO_LARGE,
        {
          message: `크기가 ${max} 초과입니다. ${withParticle(options.labelKo, "은/는")} 최대 ${max}까지입니다.`,
          hints: ["올바른 입력인지 확인하십시오."],
        },
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
