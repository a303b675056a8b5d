import path from "node:path";
import { checks } from "../../src/checks/index.js";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { describeRegistry } from "./registry-parity.js";

describeRegistry({
  name: "case check",
  registry: checks,
  srcDir: path.join(PACKAGE_ROOT, "src", "checks"),
  testDir: path.join(PACKAGE_ROOT, "test", "checks"),
  framework: ["index", "types", "run-checks", "load-rules", "check-helpers", "validate-case-file"],
});
