import path from "node:path";
import { verifyChecks } from "../../../src/checks/verify/index.js";
import { PACKAGE_ROOT } from "../../../src/paths.js";
import { describeRegistry } from "../registry-parity.js";

describeRegistry({
  name: "verify check",
  registry: verifyChecks,
  srcDir: path.join(PACKAGE_ROOT, "src", "checks", "verify"),
  testDir: path.join(PACKAGE_ROOT, "test", "checks", "verify"),
  framework: ["index", "types", "run-verify-checks", "verify-helpers"],
  prefix: "verify-",
});
