import { describe, expect, it } from "vitest";
import { commands } from "../../src/cli/commands.js";
import { cli } from "../helpers/run-cli.js";

const nameOf = (command: string): string => command.split(" ")[0]!;

describe("command registry", () => {
  it("should register each command once, with a usage and a description", () => {
    const names = commands.map((entry) => nameOf(entry.command));
    expect(names).toEqual([
      "codes",
      "match",
      "verify",
      "validate",
      "init",
      "migrate",
      "generate",
      "checklist",
      "batch",
      "serve",
    ]);
    for (const entry of commands) expect(entry.describe.en.length, entry.command).toBeGreaterThan(20);
  });

  it("should load every registered command's module with its options and run function", async () => {
    for (const entry of commands) {
      const command = await entry.load();
      expect(typeof command.builder, entry.command).toBe("function");
      expect(typeof command.run, entry.command).toBe("function");
    }
  });

  it("should list every command with its description in --help", async () => {
    const run = await cli(["--help"]);
    expect(run.code).toBe(0);
    const text = run.stdout.replace(/\s+/g, " ");
    for (const entry of commands) {
      expect(text).toContain(`e7-align ${entry.command}`);
      expect(text).toContain(entry.describe.en.replace(/\s+/g, " "));
    }
  });

  it("should show each command's own options in <command> --help", async () => {
    const options: Record<string, string> = {
      codes: "--json",
      match: "--code",
      verify: "--code",
      validate: "--json",
      init: "--out",
      migrate: "--in-place",
      generate: "--out",
      checklist: "--lang",
      batch: "--jobs",
      serve: "--port",
    };
    for (const entry of commands) {
      const name = nameOf(entry.command);
      const run = await cli([name, "--help"]);
      expect(run.code, name).toBe(0);
      expect(run.stdout, name).toContain(`e7-align ${entry.command}`);
      expect(run.stdout, name).toContain(options[name]);
    }
  });

  it("should still refuse an unknown command and suggest a close one", async () => {
    const unknown = await cli(["frobnicate"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown argument: frobnicate");
    const typo = await cli(["matc", "web"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("Did you mean match?");
  });
});
