/** The official list of immigration offices (src/data/immigration-offices.json) and the jurisdiction it can prove from an address. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { DATA_DIR } from "../paths.js";

export const OFFICES_PATH = path.join(DATA_DIR, "immigration-offices.json");

export interface ImmigrationOffice {
  readonly id: string;
  readonly ko: string;
  readonly en: string;
  readonly kind: "agency" | "office" | "branch";
  readonly parent?: string;
  readonly source: string;
  readonly jurisdiction?: readonly string[];
  readonly jurisdictionSource?: string;
}

export interface OfficeList {
  readonly asOf: string;
  readonly source: string;
  readonly sources: Readonly<Record<string, string>>;
  readonly offices: readonly ImmigrationOffice[];
}

let cached: OfficeList | undefined;

/** Reads the office list once per process. */
export function loadOffices(): OfficeList {
  cached ??= JSON.parse(readFileSync(OFFICES_PATH, "utf8")) as OfficeList;
  return cached;
}

/** The office with this id, or undefined. */
export function officeById(id: string): ImmigrationOffice | undefined {
  return loadOffices().offices.find((office) => office.id === id);
}

/** Short forms Koreans write for provinces and cities, so "경기 성남시" and "서울 마포구" are read like the full names. */
const SHORT_REGIONS: readonly (readonly [RegExp, string])[] = [
  [/^서울(특별시|시)?(?=\s)/, "서울특별시"],
  [/^인천(광역시|시)?(?=\s)/, "인천광역시"],
  [/^경기(도)?(?=\s)/, "경기도"],
  [/^충북(?=\s)|^충청북도(?=\s)/, "충청북도"],
  [/^전남(?=\s)|^전라남도(?=\s)/, "전라남도"],
];

/** The office a public source assigns to a Korean address, with the district that decided it; undefined when the list cannot tell. */
export function officeForAddress(addressKo: string): { office: ImmigrationOffice; district: string } | undefined {
  let address = addressKo.replace(/\s+/g, " ").trim();
  for (const [pattern, full] of SHORT_REGIONS) address = address.replace(pattern, full);
  for (const office of loadOffices().offices) {
    for (const district of office.jurisdiction ?? []) {
      if (address === district || address.startsWith(`${district} `)) return { office, district };
    }
  }
  return undefined;
}
