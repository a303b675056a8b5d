/** Locates the package's own data folders, the same way from `src/` (tests) and from `dist/` (the built CLI). */
import { fileURLToPath } from "node:url";
import path from "node:path";

/** The package root: this file sits one level below it both as src/paths.ts and as dist/paths.js. */
export const PACKAGE_ROOT = path.resolve(fileURLToPath(new URL(".", import.meta.url)), "..");

export const SCHEMAS_DIR = path.join(PACKAGE_ROOT, "schemas");
export const TEMPLATES_DIR = path.join(PACKAGE_ROOT, "templates");
/** Data files (catalog, dated rules) live in src/data so they ship with the source and need no copy step. */
export const DATA_DIR = path.join(PACKAGE_ROOT, "src", "data");
