/** `npm run docs:checks`: writes docs/checks.md from the check registries (a test fails when the page is stale). */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { checksDoc } from "./checks-doc.js";
import { PACKAGE_ROOT } from "../paths.js";

const target = path.join(PACKAGE_ROOT, "docs", "checks.md");
writeFileSync(target, checksDoc());
process.stdout.write(`Wrote ${path.relative(process.cwd(), target) || target}\n`);
