/**
 * Reads the paragraphs of a Word document's XML (word/document.xml), with each list item's number or bullet as Word
 * displays it, computed from the paragraph's w:numPr (or its style's) and word/numbering.xml: Word keeps list numbers
 * out of the text, so a reader of the text alone loses them.
 */
import { DOMParser } from "@xmldom/xmldom";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/** The parts of a .docx the reader uses. */
export interface WordParts {
  readonly document: string;
  readonly numbering?: string;
  readonly styles?: string;
}

interface Level {
  readonly format: string;
  readonly text: string;
  readonly start: number;
}

interface NumberingDefinitions {
  /** numId -> abstract levels (with any level overrides applied). */
  readonly levels: Map<string, Map<number, Level>>;
  /** numId -> abstractNumId, so lists sharing an abstract definition are counted separately per numId. */
  readonly abstractOf: Map<string, string>;
}

/** Thrown for XML the parser rejects; the caller turns it into an input error naming the file. */
export class WordXmlError extends Error {}

function parse(xml: string, part: string): Document {
  const errors: string[] = [];
  const document = new DOMParser({
    errorHandler: {
      warning: () => undefined,
      error: (message: string) => errors.push(message),
      fatalError: (message: string) => errors.push(message),
    },
  }).parseFromString(xml, "application/xml");
  if (errors.length > 0 || !document.documentElement)
    throw new WordXmlError(`${part}: ${errors[0] ?? "no root element"}`);
  return document as unknown as Document;
}

function children(element: Element, localName: string): Element[] {
  const found: Element[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).namespaceURI === W && (node as Element).localName === localName)
      found.push(node as Element);
  }
  return found;
}

function child(element: Element | undefined, localName: string): Element | undefined {
  return element ? children(element, localName)[0] : undefined;
}

function attribute(element: Element | undefined, localName: string): string | undefined {
  if (!element) return undefined;
  const value = element.getAttributeNS(W, localName);
  return value === null || value === "" ? undefined : value;
}

function readLevel(lvl: Element): Level {
  return {
    format: attribute(child(lvl, "numFmt"), "val") ?? "decimal",
    text: attribute(child(lvl, "lvlText"), "val") ?? "",
    start: Number(attribute(child(lvl, "start"), "val") ?? "1") || 0,
  };
}

function readNumbering(xml: string | undefined): NumberingDefinitions {
  const definitions: NumberingDefinitions = { levels: new Map(), abstractOf: new Map() };
  if (!xml) return definitions;
  const root = parse(xml, "word/numbering.xml").documentElement;
  const abstracts = new Map<string, Map<number, Level>>();
  for (const abstract of children(root, "abstractNum")) {
    const levels = new Map<number, Level>();
    for (const lvl of children(abstract, "lvl")) levels.set(Number(attribute(lvl, "ilvl") ?? "0"), readLevel(lvl));
    abstracts.set(attribute(abstract, "abstractNumId") ?? "", levels);
  }
  for (const num of children(root, "num")) {
    const numId = attribute(num, "numId");
    const abstractId = attribute(child(num, "abstractNumId"), "val");
    if (numId === undefined || abstractId === undefined) continue;
    const levels = new Map(abstracts.get(abstractId) ?? []);
    for (const override of children(num, "lvlOverride")) {
      const ilvl = Number(attribute(override, "ilvl") ?? "0");
      const lvl = child(override, "lvl");
      const base = lvl ? readLevel(lvl) : levels.get(ilvl);
      const start = attribute(child(override, "startOverride"), "val");
      if (base) levels.set(ilvl, start === undefined ? base : { ...base, start: Number(start) || 0 });
    }
    definitions.levels.set(numId, levels);
    definitions.abstractOf.set(numId, abstractId);
  }
  return definitions;
}

/** Paragraph styles that carry list numbering (a "List Number" style), following basedOn. */
function readStyleNumbering(xml: string | undefined): Map<string, { numId: string; ilvl: number }> {
  const result = new Map<string, { numId: string; ilvl: number }>();
  if (!xml) return result;
  const root = parse(xml, "word/styles.xml").documentElement;
  const own = new Map<string, { numId?: string; ilvl?: number; basedOn?: string }>();
  for (const style of children(root, "style")) {
    const id = attribute(style, "styleId");
    if (!id) continue;
    const numPr = child(child(style, "pPr"), "numPr");
    const ilvl = attribute(child(numPr, "ilvl"), "val");
    const numId = attribute(child(numPr, "numId"), "val");
    const basedOn = attribute(child(style, "basedOn"), "val");
    own.set(id, {
      ...(numId === undefined ? {} : { numId }),
      ...(ilvl === undefined ? {} : { ilvl: Number(ilvl) }),
      ...(basedOn === undefined ? {} : { basedOn }),
    });
  }
  for (const id of own.keys()) {
    let numId: string | undefined;
    let ilvl: number | undefined;
    const seen = new Set<string>();
    for (
      let at: string | undefined = id;
      at !== undefined && !seen.has(at) && (numId === undefined || ilvl === undefined);
      at = own.get(at)?.basedOn
    ) {
      seen.add(at);
      numId ??= own.get(at)?.numId;
      ilvl ??= own.get(at)?.ilvl;
    }
    if (numId !== undefined) result.set(id, { numId, ilvl: ilvl ?? 0 });
  }
  return result;
}

const GANADA = "가나다라마바사아자차카타파하";
const CHOSUNG = "ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎ";

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let out = "";
  for (const [value, letters] of table)
    while (n >= value) {
      out += letters;
      n -= value;
    }
  return out;
}

function letter(n: number): string {
  return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

/** One level's number in its Word format. */
function formatNumber(n: number, format: string): string {
  switch (format) {
    case "decimalZero":
      return String(n).padStart(2, "0");
    case "upperRoman":
      return roman(n);
    case "lowerRoman":
      return roman(n).toLowerCase();
    case "upperLetter":
      return letter(n).toUpperCase();
    case "lowerLetter":
      return letter(n);
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : `(${n})`;
    case "decimalEnclosedParen":
      return `(${n})`;
    case "ganada":
      return GANADA[(n - 1) % GANADA.length]!;
    case "chosung":
      return CHOSUNG[(n - 1) % CHOSUNG.length]!;
    case "koreanDigital":
    case "koreanCounting":
      return koreanDigits(n);
    case "none":
      return "";
    default:
      return String(n);
  }
}

/** Word's koreanDigital numbering: 일, 이, 삼 … 십, 십일 … 이십 (Sino-Korean numerals). */
function koreanDigits(n: number): string {
  const digits = ["", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"];
  if (n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  return `${tens === 0 ? "" : `${tens === 1 ? "" : digits[tens]}십`}${digits[n % 10]}`;
}

/** A bullet as a plain character: Symbol and Wingdings bullets are private-use code points, "o" is Courier's circle. */
function bulletOf(text: string): string {
  const first = [...text][0];
  if (first === undefined || first === "o" || /[\uE000-\uF8FF]/u.test(first)) return "•";
  return first;
}

/** Counts list items per list and renders each item's label the way Word shows it. */
class ListCounter {
  private readonly counts = new Map<string, number[]>();

  constructor(private readonly numbering: NumberingDefinitions) {}

  label(numId: string, ilvl: number): string | undefined {
    const levels = this.numbering.levels.get(numId);
    const level = levels?.get(ilvl);
    if (!levels || !level) return undefined;
    if (level.format === "bullet") return bulletOf(level.text);
    const counts = this.counts.get(numId) ?? [];
    for (let l = 0; l < ilvl; l++) counts[l] ??= levels.get(l)?.start ?? 1;
    counts[ilvl] = counts[ilvl] === undefined ? level.start : counts[ilvl]! + 1;
    // A new item at one level restarts every deeper level.
    counts.length = ilvl + 1;
    this.counts.set(numId, counts);
    const label = level.text.replace(/%(\d)/g, (_, digit: string) => {
      const l = Number(digit) - 1;
      return formatNumber(counts[l] ?? levels.get(l)?.start ?? 1, levels.get(l)?.format ?? "decimal");
    });
    return label.trim() || undefined;
  }
}

/** The text of one paragraph: its runs' text, tabs and breaks as spaces, without text-box paragraphs nested in it. */
function paragraphText(paragraph: Element): string {
  let text = "";
  const walk = (node: Node): void => {
    for (let at = node.firstChild; at; at = at.nextSibling) {
      if (at.nodeType !== 1) continue;
      const element = at as Element;
      if (element.namespaceURI === MC && element.localName === "Fallback") continue;
      if (element.namespaceURI === W) {
        if (element.localName === "p") continue;
        if (element.localName === "t") {
          text += element.textContent ?? "";
          continue;
        }
        if (element.localName === "tab" || element.localName === "br" || element.localName === "cr") text += " ";
        else if (element.localName === "noBreakHyphen") text += "-";
      }
      walk(element);
    }
  };
  walk(paragraph);
  return text.replace(/\s+/g, " ").trim();
}

/** Every non-empty paragraph of the document body in order (table cells and text boxes included), list labels prefixed. */
export function readWordParagraphs(parts: WordParts): string[] {
  return readWordDocument(parts).paragraphs;
}

/** True when a run is bold: w:b present and not switched off. */
function runIsBold(run: Element): boolean {
  const bold = child(child(run, "rPr"), "b");
  if (!bold) return false;
  const value = attribute(bold, "val");
  return value === undefined || !/^(?:0|false|off)$/i.test(value);
}

/** A heading style ("Heading2", "Title", Korean "제목1") or every run with text bold: what the reader sees as a heading. */
function isEmphasised(paragraph: Element, styleId: string | undefined): boolean {
  if (styleId !== undefined && /^(?:heading\s*\d|title|subtitle|제목\s*\d*)$/iu.test(styleId)) return true;
  const runs = paragraph.getElementsByTagNameNS(W, "r");
  let withText = 0;
  for (let i = 0; i < runs.length; i++) {
    const run = runs.item(i)!;
    if (!(run.getElementsByTagNameNS(W, "t").item(0)?.textContent ?? "").trim()) continue;
    withText++;
    if (!runIsBold(run)) return false;
  }
  return withText > 0;
}

/** The paragraphs and the indexes of those set as headings or wholly in bold. */
export function readWordDocument(parts: WordParts): { paragraphs: string[]; emphasised: number[] } {
  const emphasised: number[] = [];
  const document = parse(parts.document, "word/document.xml");
  const counter = new ListCounter(readNumbering(parts.numbering));
  const styleNumbering = readStyleNumbering(parts.styles);
  const paragraphs: string[] = [];
  const all = document.getElementsByTagNameNS(W, "p");
  for (let i = 0; i < all.length; i++) {
    const paragraph = all.item(i)!;
    // Paragraphs in a text box's fallback copy duplicate the ones in its main copy.
    if (!belongsToBody(paragraph)) continue;
    const pPr = child(paragraph, "pPr");
    const numPr = child(pPr, "numPr");
    const style = styleNumbering.get(attribute(child(pPr, "pStyle"), "val") ?? "");
    const styleId = attribute(child(pPr, "pStyle"), "val");
    const numId = attribute(child(numPr, "numId"), "val") ?? style?.numId;
    const ilvl = Number(attribute(child(numPr, "ilvl"), "val") ?? style?.ilvl ?? 0);
    const text = paragraphText(paragraph);
    // numId 0 switches numbering off; the count still advances only for items that are shown.
    const label = numId !== undefined && numId !== "0" && text ? counter.label(numId, ilvl) : undefined;
    if (!text) continue;
    if (!label && isEmphasised(paragraph, styleId)) emphasised.push(paragraphs.length);
    paragraphs.push(label ? `${label} ${text}` : text);
  }
  return { paragraphs, emphasised };
}

function belongsToBody(paragraph: Element): boolean {
  for (let at = paragraph.parentNode; at; at = at.parentNode) {
    const element = at as Element;
    if (element.nodeType === 1 && element.namespaceURI === MC && element.localName === "Fallback") return false;
  }
  return true;
}
