/** `e7-align serve`: the local web page and its HTTP API on 127.0.0.1, until Ctrl-C. */
import { spawn } from "node:child_process";
import { E7Error, ERR, EXIT, UsageError } from "../errors.js";
import { uiLangFrom } from "../checks/messages/ui-lang.js";
import { defineCommand } from "./command.js";
import type { UiText } from "./format.js";

interface ServeArgs {
  port: number;
  open: boolean;
  ui?: "ko" | "en";
}

/** What serve prints, in the language of --ui (or a Korean LANG); the URL ends its line so scripts can read it. */
const SAY = {
  en: {
    running: (url: string) =>
      `e7-align is running at ${url}\nOnly this computer can reach it; nothing is stored unless you download or save it. Press Ctrl-C to stop.\n`,
    stopped: "Stopped.\n",
  },
  ko: {
    running: (url: string) =>
      `e7-align 웹 페이지가 실행 중입니다: ${url}\n이 컴퓨터에서만 접속할 수 있으며, 내려받거나 저장한 파일 외에는 아무것도 보관하지 않습니다. 멈추려면 Ctrl-C를 누르십시오.\n`,
    stopped: "멈췄습니다.\n",
  },
} as const;

/** Opens the URL in the system browser; failure is harmless (the URL is printed anyway). */
function openBrowser(url: string): void {
  const [command, args] =
    process.platform === "darwin"
      ? ["open", [url]]
      : process.platform === "win32"
        ? ["cmd", ["/c", "start", "", url]]
        : ["xdg-open", [url]];
  try {
    const child = spawn(command, args as string[], { stdio: "ignore", detached: true });
    child.on("error", () => undefined);
    child.unref();
  } catch {
    // No browser opener on this system: the printed URL is enough.
  }
}

/** What `--help` says of each option and example, in both UI languages. */
const HELP = {
  port: {
    en: "Port on 127.0.0.1 (0 picks a free one)",
    ko: "127.0.0.1의 포트(0이면 빈 포트)",
  },
  open: {
    en: "Open the page in the default browser",
    ko: "기본 브라우저에서 페이지를 엽니다",
  },
  example1: {
    en: "Start the page at http://127.0.0.1:8787/",
    ko: "http://127.0.0.1:8787/에서 페이지 시작",
  },
  example2: {
    en: "Another port, and open the browser",
    ko: "다른 포트에서 페이지 시작, 브라우저 열기",
  },
} as const satisfies Record<string, UiText>;

export const serveCommand = defineCommand<ServeArgs>({
  builder: (yargs, ui) =>
    yargs
      .option("port", { type: "number", default: 8787, describe: HELP.port[ui] })
      .option("open", { type: "boolean", default: false, describe: HELP.open[ui] })
      .example("$0 serve", HELP.example1[ui])
      .example("$0 serve --port 9000 --open", HELP.example2[ui]) as never,
  run: async (args, io) => {
    if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535)
      throw new UsageError(`--port must be a whole number from 0 to 65535, not ${String(args.port)}.`, [], {
        message: `--port는 0부터 65535까지의 정수여야 합니다(받은 값: ${String(args.port)}).`,
      });
    const { startServer } = await import("../serve/server.js");
    let server: Awaited<ReturnType<typeof startServer>>;
    try {
      server = await startServer({ port: args.port });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EADDRINUSE")
        throw new E7Error(ERR.E_PORT_IN_USE, `Port ${args.port} on 127.0.0.1 is already in use.`, {
          hints: ["Pick another with --port, or --port 0 for any free port."],
          ko: {
            message: `127.0.0.1의 포트 ${args.port}번은 이미 사용 중입니다.`,
            hints: ["--port로 다른 포트를 고르거나, 빈 포트를 쓰려면 --port 0을 주십시오."],
          },
        });
      if (code === "EACCES")
        throw new E7Error(ERR.E_PORT_DENIED, `Port ${args.port} needs privileges this user does not have.`, {
          hints: ["Use a port above 1023, e.g. --port 8787."],
          ko: {
            message: `포트 ${args.port}번을 쓰려면 이 사용자에게 없는 권한이 필요합니다.`,
            hints: ["1023보다 큰 포트를 쓰십시오(예: --port 8787)."],
          },
        });
      throw error;
    }
    const say = SAY[uiLangFrom(args.ui)];
    // Listening for Ctrl-C before the URL is printed: a stop that follows the URL at once must still stop cleanly.
    const stopped = new Promise<void>((resolve) => {
      const stop = (): void => {
        process.off("SIGINT", stop);
        process.off("SIGTERM", stop);
        resolve();
      };
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
    });
    io.stdout(say.running(server.url));
    if (args.open) openBrowser(server.url);
    await stopped;
    await server.close();
    io.stdout(say.stopped);
    return EXIT.OK;
  },
});
