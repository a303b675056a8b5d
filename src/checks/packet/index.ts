/** The registry of packet consistency checks, sorted by id (the id equals the file name). */
import { packetDocumentLanguage } from "./packet-document-language.js";
import { packetDutyClausesFit } from "./packet-duty-clauses-fit.js";
import { packetDutySectionFound } from "./packet-duty-section-found.js";
import { packetDutyTextIntact } from "./packet-duty-text-intact.js";
import { packetFormatParity } from "./packet-format-parity.js";
import { packetFormerCodeNamed } from "./packet-former-code-named.js";
import { packetRrsSkillsFit } from "./packet-rrs-skills-fit.js";
import { packetSameCode } from "./packet-same-code.js";
import { packetSameDates } from "./packet-same-dates.js";
import { packetSameOccupationName } from "./packet-same-occupation-name.js";
import { packetSameSalary } from "./packet-same-salary.js";
import { packetNoInternalKeys } from "./packet-no-internal-keys.js";
import { packetSameTitle } from "./packet-same-title.js";
import type { Check } from "../types.js";
import { packetDutiesInScope } from "./packet-duties-in-scope.js";
import type { PacketCheck } from "./types.js";

export const packetChecks: Readonly<Record<string, PacketCheck>> = {
  "packet-document-language": packetDocumentLanguage,
  "packet-duty-clauses-fit": packetDutyClausesFit,
  "packet-duty-section-found": packetDutySectionFound,
  "packet-duty-text-intact": packetDutyTextIntact,
  "packet-format-parity": packetFormatParity,
  "packet-former-code-named": packetFormerCodeNamed,
  "packet-no-internal-keys": packetNoInternalKeys,
  "packet-rrs-skills-fit": packetRrsSkillsFit,
  "packet-same-code": packetSameCode,
  "packet-same-dates": packetSameDates,
  "packet-same-occupation-name": packetSameOccupationName,
  "packet-same-salary": packetSameSalary,
  "packet-same-title": packetSameTitle,
};

/** Packet checks that run on the case before anything is rendered (same context as the case checks). */
export const packetCaseChecks: Readonly<Record<string, Check>> = {
  "packet-duties-in-scope": packetDutiesInScope,
};
