/** The commands the CLI offers, registered explicitly (one module per command). */
import type { CliCommand } from "./command.js";
import { codesCommand } from "./codes.js";
import { matchCommand } from "./match.js";
import { verifyCommand } from "./verify.js";
import { validateCommand } from "./validate.js";
import { initCommand } from "./init.js";
import { generateCommand } from "./generate.js";
import { batchCommand } from "./batch.js";

/** Each command keeps its own argument type; the registry only needs their common shape. */
const register = <A>(command: CliCommand<A>): CliCommand<never> => command as unknown as CliCommand<never>;

export const commands: readonly CliCommand<never>[] = [register(codesCommand), register(matchCommand), register(verifyCommand), register(validateCommand), register(initCommand), register(generateCommand), register(batchCommand)];
