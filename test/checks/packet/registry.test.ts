import path from "node:path";
import { packetCaseChecks, packetChecks } from "../../../src/checks/packet/index.js";
import { PACKAGE_ROOT } from "../../../src/paths.js";
import { describeRegistry } from "../registry-parity.js";

// The packet checks that run on the case before rendering live in the same folder, so they are one registry here.
describeRegistry({
  name: "packet check",
  registry: { ...packetChecks, ...packetCaseChecks },
  srcDir: path.join(PACKAGE_ROOT, "src", "checks", "packet"),
  testDir: path.join(PACKAGE_ROOT, "test", "checks", "packet"),
  framework: ["index", "types", "run-packet-checks", "expected-strings"],
  prefix: "packet-",
});
