/**
 * Reads the text of a PDF that e7-align's own writer (pdfkit) has just drawn, without loading pdf.js: `generate`
 * reads every PDF of its packet back from disk, and for these files pdf.js's loading and font parsing were a fifth of
 * a cold run. It walks the same things pdf.js reads for text (the page tree, content streams, each font's ToUnicode
 * map and glyph widths) and hands positioned items to the same line and paragraph rebuilding as readPdfText. Anything
 * it does not know (another producer, an operator pdfkit does not write) gives `undefined`, and the caller uses
 * pdf.js. test/readers/read-own-pdf-text.test.ts holds it to pdf.js's result on every example packet.
 */
import { inflateSync } from "node:zlib";
import { type PdfPageItem, textFromPdfPages } from "./read-pdf-text.js";
import type { ExtractedText } from "./types.js";

type PdfValue = number | string | boolean | null | PdfName | PdfRef | PdfHex | PdfValue[] | PdfDict;
interface PdfName {
  readonly name: string;
}
interface PdfRef {
  readonly ref: number;
}
interface PdfHex {
  readonly hex: string;
}
type PdfDict = { readonly [key: string]: PdfValue } & { readonly dict: true };

/** Not a file this reader knows: the caller falls back to pdf.js. */
class Unknown extends Error {}

const isName = (value: PdfValue | undefined): value is PdfName =>
  typeof value === "object" && value !== null && "name" in value;
const isRef = (value: PdfValue | undefined): value is PdfRef =>
  typeof value === "object" && value !== null && "ref" in value;
const isHex = (value: PdfValue | undefined): value is PdfHex =>
  typeof value === "object" && value !== null && !("dict" in value) && typeof (value as PdfHex).hex === "string";
const isDict = (value: PdfValue | undefined): value is PdfDict =>
  typeof value === "object" && value !== null && "dict" in value;

const DELIMITER = /[\s()<>[\]{}/%]/;

/** A tokenizer over PDF syntax in a latin1 string: objects' dictionaries and content streams alike. */
class Lexer {
  position = 0;
  constructor(private readonly text: string) {}

  private skipSpace(): void {
    const { text } = this;
    while (this.position < text.length) {
      const c = text[this.position]!;
      if (c === "%") {
        while (this.position < text.length && text[this.position] !== "\n" && text[this.position] !== "\r")
          this.position++;
      } else if (/\s/.test(c)) this.position++;
      else break;
    }
  }

  /** The next value, an operator as `{ op }`, or undefined at the end. */
  next(): PdfValue | { op: string } | undefined {
    this.skipSpace();
    const { text } = this;
    if (this.position >= text.length) return undefined;
    const c = text[this.position]!;
    if (c === "/") {
      const start = ++this.position;
      while (this.position < text.length && !DELIMITER.test(text[this.position]!)) this.position++;
      return { name: text.slice(start, this.position) };
    }
    if (c === "<" && text[this.position + 1] === "<") {
      this.position += 2;
      const dict: Record<string, PdfValue> = {};
      for (;;) {
        this.skipSpace();
        if (text.startsWith(">>", this.position)) {
          this.position += 2;
          return { ...dict, dict: true } as PdfDict;
        }
        const key = this.next();
        if (!isName(key as PdfValue)) throw new Unknown("dictionary key");
        dict[(key as PdfName).name] = this.value();
      }
    }
    if (c === "<") {
      const end = text.indexOf(">", this.position);
      if (end < 0) throw new Unknown("hex string");
      const hex = text.slice(this.position + 1, end).replace(/\s+/g, "");
      this.position = end + 1;
      return { hex };
    }
    if (c === "[") {
      this.position++;
      const items: PdfValue[] = [];
      for (;;) {
        this.skipSpace();
        if (text[this.position] === "]") {
          this.position++;
          return items;
        }
        items.push(this.value());
      }
    }
    if (c === "(") {
      let depth = 0;
      let out = "";
      for (this.position++; this.position < text.length; this.position++) {
        const ch = text[this.position]!;
        if (ch === "\\") {
          const escaped = text[++this.position]!;
          const simple: Record<string, string> = { n: "\n", r: "\r", t: "\t", b: "\b", f: "\f" };
          if (/[0-7]/.test(escaped)) {
            const digits = /^[0-7]{1,3}/.exec(text.slice(this.position))![0];
            out += String.fromCharCode(Number.parseInt(digits, 8));
            this.position += digits.length - 1;
          } else out += simple[escaped] ?? escaped;
        } else if (ch === "(") {
          depth++;
          out += ch;
        } else if (ch === ")") {
          if (depth-- === 0) {
            this.position++;
            return out;
          }
          out += ch;
        } else out += ch;
      }
      throw new Unknown("string");
    }
    const start = this.position;
    while (this.position < text.length && !DELIMITER.test(text[this.position]!)) this.position++;
    if (this.position === start) throw new Unknown(`character ${c}`);
    const word = text.slice(start, this.position);
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) {
      // "12 0 R" is a reference.
      const save = this.position;
      const match = /^\s+(\d+)\s+R(?=[\s/<>[\]()]|$)/.exec(text.slice(this.position, this.position + 24));
      if (match && /^\d+$/.test(word)) {
        this.position = save + match[0].length;
        return { ref: Number(word) };
      }
      return Number(word);
    }
    if (word === "true" || word === "false") return word === "true";
    if (word === "null") return null;
    return { op: word };
  }

  value(): PdfValue {
    const token = this.next();
    if (token === undefined || (typeof token === "object" && token !== null && "op" in token))
      throw new Unknown("value expected");
    return token;
  }
}

interface PdfFile {
  readonly objects: ReadonlyMap<number, { readonly dict: PdfValue; readonly stream?: Uint8Array }>;
  /** The trailer dictionary: /Root and /Info. */
  readonly trailer: PdfDict;
}

function parseFile(bytes: Uint8Array): PdfFile {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  const objects = new Map<number, { dict: PdfValue; stream?: Uint8Array }>();
  const header = /(\d+) 0 obj\s*/g;
  for (let found = header.exec(text); found; found = header.exec(text)) {
    const lexer = new Lexer(text);
    lexer.position = found.index + found[0].length;
    const dict = lexer.value();
    const after = /^\s*stream\r?\n/.exec(text.slice(lexer.position, lexer.position + 16));
    let stream: Uint8Array | undefined;
    if (after) {
      const length = isDict(dict) ? dict.Length : undefined;
      if (typeof length !== "number") throw new Unknown("stream length");
      const start = lexer.position + after[0].length;
      stream = bytes.subarray(start, start + length);
      header.lastIndex = start + length;
    } else header.lastIndex = lexer.position;
    objects.set(Number(found[1]), stream ? { dict, stream } : { dict });
  }
  const at = text.lastIndexOf("trailer");
  if (at < 0) throw new Unknown("trailer");
  const lexer = new Lexer(text);
  lexer.position = at + "trailer".length;
  const trailer = lexer.value();
  if (!isDict(trailer)) throw new Unknown("trailer");
  return { objects, trailer };
}

function resolve(file: PdfFile, value: PdfValue | undefined): PdfValue | undefined {
  return isRef(value) ? file.objects.get(value.ref)?.dict : value;
}

function streamText(file: PdfFile, value: PdfValue | undefined): string {
  if (!isRef(value)) throw new Unknown("stream reference");
  const object = file.objects.get(value.ref);
  if (!object?.stream || !isDict(object.dict)) throw new Unknown("stream");
  const filter = object.dict.Filter;
  const data =
    filter === undefined
      ? object.stream
      : isName(filter) && filter.name === "FlateDecode"
        ? inflateSync(object.stream)
        : undefined;
  if (!data) throw new Unknown("filter");
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString("latin1");
}

/** A Type0 font of pdfkit: two-byte codes, their text from ToUnicode, their widths from the descendant's /W. */
interface Font {
  readonly text: Map<number, string>;
  readonly widths: Map<number, number>;
  readonly defaultWidth: number;
}

const utf16 = (hex: string): string => {
  let out = "";
  for (let i = 0; i + 4 <= hex.length; i += 4) out += String.fromCharCode(Number.parseInt(hex.slice(i, i + 4), 16));
  return out;
};

function readToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    const lexer = new Lexer(block[1]!);
    for (let start = lexer.next(); start !== undefined; start = lexer.next()) {
      const end = lexer.value();
      const target = lexer.value();
      const from = Number.parseInt((start as PdfHex).hex, 16);
      const to = Number.parseInt((end as PdfHex).hex, 16);
      if (Array.isArray(target)) for (const [i, t] of target.entries()) map.set(from + i, utf16((t as PdfHex).hex));
      else {
        const base = (target as PdfHex).hex;
        const last = Number.parseInt(base.slice(-4), 16);
        for (let code = from; code <= to; code++)
          map.set(code, utf16(base.slice(0, -4) + (last + code - from).toString(16).padStart(4, "0")));
      }
    }
  }
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    const lexer = new Lexer(block[1]!);
    for (let code = lexer.next(); code !== undefined; code = lexer.next())
      map.set(Number.parseInt((code as PdfHex).hex, 16), utf16((lexer.value() as PdfHex).hex));
  }
  return map;
}

function readFont(file: PdfFile, value: PdfValue | undefined): Font {
  const font = resolve(file, value);
  if (!isDict(font) || !isName(font.Subtype) || font.Subtype.name !== "Type0") throw new Unknown("font type");
  if (!isName(font.Encoding) || font.Encoding.name !== "Identity-H") throw new Unknown("font encoding");
  const descendants = resolve(file, font.DescendantFonts);
  const cid = Array.isArray(descendants) ? resolve(file, descendants[0]) : undefined;
  if (!isDict(cid)) throw new Unknown("descendant font");
  const widths = new Map<number, number>();
  const w = resolve(file, cid.W);
  if (Array.isArray(w)) {
    for (let i = 0; i < w.length; ) {
      const first = w[i] as number;
      const next = w[i + 1];
      if (Array.isArray(next)) {
        for (const [k, width] of next.entries()) widths.set(first + k, width as number);
        i += 2;
      } else {
        for (let code = first; code <= (next as number); code++) widths.set(code, w[i + 2] as number);
        i += 3;
      }
    }
  }
  return {
    text: readToUnicode(streamText(file, font.ToUnicode)),
    widths,
    defaultWidth: typeof cid.DW === "number" ? cid.DW : 1000,
  };
}

/** pdf.js's own text normalisation (NFKC for spaces, ligatures and presentation forms), so both readers agree. */
const NORMALIZE =
  /([\u00a0\u00b5\u037e\u0eb3\u2000-\u200a\u202f\u2126\ufb00-\ufb04\ufb06\ufb20-\ufb36\ufb38-\ufb3c\ufb3e\ufb40-\ufb41\ufb43-\ufb44\ufb46-\ufba1\ufba4-\ufba9\ufbae-\ufbb1\ufbd3-\ufbdc\ufbde-\ufbe7\ufbea-\ufbf8\ufbfc-\ufbfd\ufc00-\ufc5d\ufc64-\ufcf1\ufcf5-\ufd3d\ufd88\ufdf4\ufdfa-\ufdfb\ufe71\ufe77\ufe79\ufe7b\ufe7d]+)|(\ufb05+)/gu;
const normalize = (text: string): string =>
  text.replace(NORMALIZE, (_, nfkc: string | undefined) => (nfkc ? nfkc.normalize("NFKC") : "ſt"));

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

/** A gap in a TJ array wider than this share of the font size reads as a space, as pdf.js reads it. */
const SPACE_GAP = 0.102;

function pageItems(file: PdfFile, page: PdfDict, fonts: Map<number, Font>): PdfPageItem[] {
  const resources = resolve(file, page.Resources);
  const fontDict = isDict(resources) ? resolve(file, resources.Font) : undefined;
  const fontOf = (name: string): Font => {
    const ref = isDict(fontDict) ? fontDict[name] : undefined;
    if (!isRef(ref)) throw new Unknown("font reference");
    let font = fonts.get(ref.ref);
    if (!font) {
      font = readFont(file, ref);
      fonts.set(ref.ref, font);
    }
    return font;
  };
  const contents = Array.isArray(page.Contents) ? page.Contents : [page.Contents];
  const items: PdfPageItem[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const saved: Matrix[] = [];
  let tm: Matrix = [1, 0, 0, 1, 0, 0];
  let font: Font | undefined;
  let size = 0;
  let charSpacing = 0;
  let scale = 1;
  const operands: PdfValue[] = [];
  const show = (parts: readonly PdfValue[]): void => {
    if (!font) throw new Unknown("text without a font");
    const start = multiply(tm, ctm);
    let text = "";
    let advance = 0;
    // Like pdf.js, a shift counts (as width, and as a space when wide) only once a glyph follows it.
    let shift = 0;
    for (const part of parts) {
      if (typeof part === "number") shift += (-part / 1000) * size * scale;
      else if (isHex(part)) {
        for (let i = 0; i + 4 <= part.hex.length; i += 4) {
          if (shift > SPACE_GAP * size) text += " ";
          advance += shift;
          shift = 0;
          const code = Number.parseInt(part.hex.slice(i, i + 4), 16);
          text += font.text.get(code) ?? "";
          advance += (((font.widths.get(code) ?? font.defaultWidth) / 1000) * size + charSpacing) * scale;
        }
      } else throw new Unknown("text operand");
    }
    const height = Math.hypot(start[2], start[3]) * size;
    const width = advance * Math.hypot(start[0], start[1]);
    items.push({
      str: normalize(text),
      transform: [start[0] * size, start[1] * size, start[2] * size, start[3] * size, start[4], start[5]],
      width,
      height,
      hasEOL: false,
    });
    const moved = advance + shift;
    tm = [tm[0], tm[1], tm[2], tm[3], tm[4] + moved * tm[0], tm[5] + moved * tm[1]];
  };
  for (const content of contents) {
    const lexer = new Lexer(streamText(file, content));
    for (let token = lexer.next(); token !== undefined; token = lexer.next()) {
      if (typeof token !== "object" || token === null || !("op" in token)) {
        operands.push(token as PdfValue);
        continue;
      }
      const n = operands as number[];
      switch (token.op) {
        case "q":
          saved.push(ctm);
          break;
        case "Q":
          ctm = saved.pop() ?? [1, 0, 0, 1, 0, 0];
          break;
        case "cm":
          ctm = multiply(n.slice(0, 6) as Matrix, ctm);
          break;
        case "BT":
          tm = [1, 0, 0, 1, 0, 0];
          break;
        case "Tm":
          tm = n.slice(0, 6) as Matrix;
          break;
        case "Tf": {
          const name = operands[0];
          if (!isName(name)) throw new Unknown("Tf");
          font = fontOf(name.name);
          size = operands[1] as number;
          break;
        }
        case "Tc":
          charSpacing = n[0]!;
          break;
        case "Tz":
          scale = n[0]! / 100;
          break;
        case "TJ":
          show(operands[0] as PdfValue[]);
          break;
        case "Tj":
          show([operands[0]!]);
          break;
        case "Td":
        case "TD":
        case "T*":
        case "'":
        case '"':
        case "Ts":
        case "TL":
        case "Tw":
        case "Do":
        case "BI":
          // pdfkit's text never uses these; another producer's file goes to pdf.js.
          throw new Unknown(`operator ${token.op}`);
        default:
          break;
      }
      operands.length = 0;
    }
  }
  return items;
}

/** The positioned text items of each page of a PDF e7-align wrote, or undefined when the file is not one it knows. */
export function ownPdfPageItems(bytes: Uint8Array): PdfPageItem[][] | undefined {
  try {
    const file = parseFile(bytes);
    const catalog = resolve(file, file.trailer.Root);
    if (!isDict(catalog)) return undefined;
    const info = resolve(file, file.trailer.Info);
    if (!isDict(info) || resolve(file, info.Producer) !== "e7-align") return undefined;
    const pages: PdfDict[] = [];
    const walk = (node: PdfValue | undefined): void => {
      const dict = resolve(file, node);
      if (!isDict(dict) || !isName(dict.Type)) throw new Unknown("page tree");
      if (dict.Type.name === "Page") pages.push(dict);
      else if (dict.Type.name === "Pages" && Array.isArray(dict.Kids)) for (const kid of dict.Kids) walk(kid);
      else throw new Unknown("page tree node");
    };
    walk(catalog.Pages);
    const fonts = new Map<number, Font>();
    return pages.map((page) => pageItems(file, page, fonts));
  } catch {
    // Unknown structure, or a stream zlib cannot inflate: pdf.js reads it and names any damage.
    return undefined;
  }
}

/** The text of a PDF e7-align wrote, as readPdfText gives it; undefined when the file is not one this reader knows. */
export function readOwnPdfText(bytes: Uint8Array, name: string): ExtractedText | undefined {
  const pages = ownPdfPageItems(bytes);
  return pages ? textFromPdfPages(pages, pages.length, name) : undefined;
}
