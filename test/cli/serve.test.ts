/** `e7-align serve` as a user starts it: the built binary prints its 127.0.0.1 URL, answers, and stops on Ctrl-C (SIGINT). */
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { cli } from "../helpers/run-cli.js";

const BIN = path.join(PACKAGE_ROOT, "dist", "cli", "main.js");

function startServe(
  args: string[],
): Promise<{ url: string; stop: () => Promise<{ code: number | null; stdout: string }> }> {
  const child = spawn(process.execPath, [BIN, "serve", ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  return new Promise((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const url = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout)?.[1];
      if (url)
        resolve({
          url,
          stop: () =>
            new Promise((done) => {
              child.once("exit", (code) => done({ code, stdout }));
              child.kill("SIGINT");
            }),
        });
    });
    child.once("exit", (code) => reject(new Error(`serve exited with ${code}: ${stdout}`)));
  });
}

describe("e7-align serve", () => {
  it("should print a 127.0.0.1 URL, serve the page and stop cleanly on SIGINT", async () => {
    const server = await startServe(["--port", "0", "--ui", "en"]);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await fetch(server.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("e7-align");
    const { code, stdout } = await server.stop();
    expect(code).toBe(0);
    expect(stdout).toContain("Stopped.");
  });

  it("should say it is running and stopped in Korean with --ui ko", async () => {
    const server = await startServe(["--port", "0", "--ui", "ko"]);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const { code, stdout } = await server.stop();
    expect(code).toBe(0);
    expect(stdout).toContain(`e7-align 웹 페이지가 실행 중입니다: ${server.url}`);
    expect(stdout).toContain("멈췄습니다.");
    expect(stdout).not.toContain("Only this computer");
  });

  it("should refuse a port in use or out of range with exit 2 and a clear message", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const busy = await cli(["serve", "--port", String(port)]);
      expect(busy.code).toBe(2);
      expect(busy.stderr).toContain(`Port ${port} on 127.0.0.1 is already in use`);
    } finally {
      blocker.close();
    }
    const range = await cli(["serve", "--port", "70000"]);
    expect(range.code).toBe(2);
    expect(range.stderr).toContain("--port must be a whole number");
  });
});
