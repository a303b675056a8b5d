/** Public library API of e7-align: re-exports only. */
export * from "./errors.js";
export * from "./catalog/types.js";
export { loadCatalog, buildCatalog } from "./catalog/load-catalog.js";
export {
  resolveCode,
  requireOccupation,
  closestOccupations,
  normalizeCode,
  occupationLabel,
  type CodeResolution,
  type CodeReading,
} from "./catalog/resolve-code.js";
export { searchOccupations, type TitleCandidate, type TitleSearchResult } from "./catalog/search-occupations.js";
export { codeOf, findOccupation, labelOf, questionBetween } from "./catalog/occupation-lookup.js";
export { normalizeText, compactText } from "./text/normalize-text.js";
export { tokenize } from "./text/tokenize.js";
export { readDocument, type DocumentBytes } from "./readers/read-document.js";
export { readDocxText } from "./readers/read-docx-text.js";
export { readPdfText } from "./readers/read-pdf-text.js";
export { readPlainText } from "./readers/read-plain-text.js";
export {
  findDutySection,
  type DutySection,
  type FindDutySectionOptions,
  type ReadClause,
  type SkippedLine,
} from "./readers/find-duty-section.js";
export { DEFAULT_READER_LIMITS, type ExtractedText, type ReaderLimits, type ReadOptions } from "./readers/types.js";
export {
  verifyDocuments,
  verifyExtracted,
  type VerifyOptions,
  type ExtractedDocument,
} from "./verify/verify-documents.js";
export { formatVerifyMarkdown } from "./verify/format-verify-markdown.js";
export type { VerifyResult, VerifiedDocument, VerifiedStatement, DocumentRole } from "./verify/types.js";
export { matchDuties, THRESHOLDS as MATCH_THRESHOLDS } from "./match/match-duties.js";
export { splitStatements, splitDuties } from "./match/split-statements.js";
export { matchJsonLines, isMatchFinding, type JsonlMatch } from "./match/match-jsonl.js";
export type {
  DutyInput,
  MatchOptions,
  MatchResult,
  StatementResult,
  ScoredOccupation,
  Evidence,
  Verdict,
  SplitDuties,
  TitleTrap,
} from "./match/types.js";
export { analyzeWords, stemWord, foldSpelling, type WordToken } from "./text/tokenize.js";
export type {
  Case,
  Filing,
  Applicant,
  Employer,
  Position,
  Recruitment,
  PriorApplication,
  BilingualText,
  Duty,
  Education,
  Experience,
  CaseDocument,
  RecruitmentEffort,
} from "./case/types.js";
export { textIn, textsOf, type DocLang, type LocalText, type TextValue } from "./case/local-text.js";
export {
  migrateCase,
  detectLanguage,
  MigrateError,
  type MigrationResult,
  type NeededText,
} from "./case/migrate-case.js";
export {
  loadOffices,
  officeById,
  officeForAddress,
  type ImmigrationOffice,
  type OfficeList,
} from "./case/immigration-offices.js";
export {
  loadCase,
  CaseSyntaxError,
  MAX_CASE_BYTES,
  type LoadedCase,
  type LoadCaseOptions,
  type DuplicateKey,
} from "./case/load-case.js";
export {
  validateCase,
  requireValidCase,
  CaseInvalidError,
  locatePointer,
  pointerToPath,
  CASE_SCHEMA_PATH,
  type CaseProblem,
  type CaseValidation,
  type CaseInput,
  type ValidateCaseOptions,
} from "./case/validate-case.js";
export { checkBusinessRegistrationNumber, type BrnCheck } from "./case/business-registration-number.js";
export { buildStartingCase, type StartingCaseAnswers } from "./case/build-starting-case.js";
export { checks } from "./checks/index.js";
export { runChecks, runCheck, buildCheckContext } from "./checks/run-checks.js";
export {
  validateCaseFile,
  checkCase,
  validateCaseJson,
  blocksGeneration,
  type CaseSource,
  type CaseFileValidation,
  type CaseCheckResult,
} from "./checks/validate-case-file.js";
export { readCaseFile } from "./case/read-case-file.js";
export {
  defineCheck,
  formatMessage,
  type Check,
  type CheckMeta,
  type CheckContext,
  type Finding,
  type FindingReport,
  type Severity,
} from "./checks/types.js";
export { loadRules, type Rules, type WageFloorPeriod, type DocumentValidityRule } from "./checks/load-rules.js";
export {
  MODEL_VERSION,
  type DocRoot,
  type DocMeta,
  type Block,
  type Heading,
  type Paragraph,
  type Clause,
  type Table,
  type SignatureBlock,
  type SignatureParty,
  type DocumentKind,
  type DocumentLang,
} from "./model/nodes.js";
export { root, heading, paragraph, clause, table, signature } from "./model/build.js";
export { collectText, collectLines, clauseLines, blockLines, type TextLine } from "./model/walk.js";
export { loadTemplates, TemplateMissingFieldError, type Templates, type TemplateLang } from "./render/templates.js";
export { planDuties, pickTask, type PlannedDuty, type DutyStatus } from "./render/plan-duties.js";
export {
  renderPacket,
  DOCUMENT_FILES,
  type RenderPacketInput,
  type RenderedPacket,
  type RenderedDocument,
} from "./render/render-packet.js";
export type { PacketView, SalaryFloor } from "./render/build-view.js";
export { writers, writeDocument, OUTPUT_FORMATS, type OutputFormat, type Writer } from "./writers/index.js";
export { packetChecks, packetCaseChecks } from "./checks/packet/index.js";
export { runPacketChecks } from "./checks/packet/run-packet-checks.js";
export type { PacketCheck, PacketCheckContext, PacketFinding } from "./checks/packet/types.js";
export type { PacketDocument, ClauseReadBack } from "./readers/read-back.js";
export { verifyChecks } from "./checks/verify/index.js";
export { runVerifyChecks } from "./checks/verify/run-verify-checks.js";
export type { VerifyCheck, VerifyCheckContext, VerifyCheckFinding } from "./checks/verify/types.js";
export { buildReport, type BuildReportInput } from "./report/build-report.js";
export { formatReportJson, formatReportMarkdown } from "./report/format-report.js";
export type { ConsistencyReport, Manifest, Provenance } from "./report/types.js";
export {
  generatePacket,
  langForCase,
  REPORT_JSON,
  REPORT_MARKDOWN,
  MANIFEST,
  type GenerateOptions,
  type GenerateResult,
} from "./generate/generate-packet.js";
export { OutputExistsError } from "./generate/write-packet-dir.js";
