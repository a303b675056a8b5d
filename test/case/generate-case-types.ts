/** Generates src/case/types.ts from schemas/case.schema.json, so the Case type cannot drift from the schema. */

interface SchemaNode {
  readonly type?: string;
  readonly description?: string;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly required?: readonly string[];
  readonly items?: SchemaNode;
  readonly enum?: readonly unknown[];
  readonly $ref?: string;
  readonly additionalProperties?: boolean | SchemaNode;
  readonly $defs?: Readonly<Record<string, SchemaNode>>;
  readonly const?: unknown;
}

/** Type names for the $defs entries ("document" is CaseDocument so it cannot be confused with a DOM Document). */
const DEF_NAMES: Readonly<Record<string, string>> = {
  bilingualText: "BilingualText",
  localText: "TextValue",
  // A name or a {ko, en} wording: the same union TextValue already is.
  nameText: "TextValue",
  personName: "TextValue",
  duty: "Duty",
  education: "Education",
  experience: "Experience",
  document: "CaseDocument",
  recruitmentEffort: "RecruitmentEffort",
};

const pascal = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

function doc(description: string | undefined, indent: string): string {
  return description ? `${indent}/** ${description.replace(/\*\//g, "*\\/")} */\n` : "";
}

function typeOf(
  node: SchemaNode,
  indent: string,
  named: Map<string, SchemaNode>,
  nameHint: string | undefined,
): string {
  if (node.$ref) {
    const def = node.$ref.replace("#/$defs/", "");
    const name = DEF_NAMES[def];
    if (!name) throw new Error(`No type name for $defs/${def}: add it to DEF_NAMES`);
    return name;
  }
  if (node.const !== undefined) return JSON.stringify(node.const);
  if (node.enum) return node.enum.map((value) => JSON.stringify(value)).join(" | ");
  switch (node.type) {
    case "string":
      return "string";
    case "integer":
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "array":
      if (!node.items) throw new Error("array without items");
      return `readonly (${typeOf(node.items, indent, named, undefined)})[]`.replace(
        /^readonly \(([A-Za-z]+)\)\[\]$/,
        "readonly $1[]",
      );
    case "object": {
      if (node.properties) {
        if (nameHint) {
          named.set(nameHint, node);
          return nameHint;
        }
        return objectBody(node, indent, named);
      }
      if (node.additionalProperties && typeof node.additionalProperties === "object") {
        return `Readonly<Record<string, ${typeOf(node.additionalProperties, indent, named, undefined)}>>`;
      }
      throw new Error("object without properties");
    }
    default:
      throw new Error(`Unsupported schema node: ${JSON.stringify(node).slice(0, 80)}`);
  }
}

function objectBody(node: SchemaNode, indent: string, named: Map<string, SchemaNode>): string {
  const required = new Set(node.required ?? []);
  const lines = ["{"];
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const hint = child.type === "object" && child.properties ? pascal(key) : undefined;
    const name = /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : JSON.stringify(key);
    lines.push(
      `${doc(child.description, `${indent}  `)}${indent}  readonly ${name}${required.has(key) ? "" : "?"}: ${typeOf(child, `${indent}  `, named, hint)};`,
    );
  }
  lines.push(`${indent}}`);
  return lines.join("\n");
}

/** Returns the TypeScript source of src/case/types.ts for the given case schema. */
export function generateCaseTypes(schema: SchemaNode): string {
  const out: string[] = [
    "/** Types of a case file. GENERATED from schemas/case.schema.json by test/case/generate-case-types.ts: do not edit by hand; */",
    "/* run `UPDATE_CASE_TYPES=1 npx vitest run test/case/case-types.test.ts` after changing the schema. */",
    'import type { TextValue } from "./local-text.js";',
    "",
  ];
  const named = new Map<string, SchemaNode>();
  const emitted = new Set<string>();
  const emit = (name: string, node: SchemaNode): void => {
    out.push(`${doc(node.description, "")}export interface ${name} ${objectBody(node, "", named)}`, "");
    emitted.add(name);
  };
  emit("Case", schema);
  for (const [def, node] of Object.entries(schema.$defs ?? {})) {
    // A bilingual free text is the hand-written TextValue of src/case/local-text.ts, not a generated interface.
    if (def === "localText") continue;
    if (node.type === "object" && node.properties) emit(DEF_NAMES[def] ?? pascal(def), node);
  }
  // Named nested objects are collected while emitting; emit until none is left.
  for (
    let pending = [...named].filter(([name]) => !emitted.has(name));
    pending.length > 0;
    pending = [...named].filter(([name]) => !emitted.has(name))
  ) {
    for (const [name, node] of pending) emit(name, node);
  }
  return `${out.join("\n").trimEnd()}\n`;
}
