/** Finds the job title a document states ("Position: Web Developer", "Job Title:", "직위:", "채용 직종:"). */

const TITLE_LABEL =
  /^(?:[-*•·■□▶]\s*)?(?:(?:job|position|post)\s+title|position(?:\s+applied\s+for)?|title|designation|occupation|job|직위|직책|직종|직무명|채용\s*직종|채용\s*직무|채용\s*직위|담당\s*직무명|직무)\s*(?:\([^)]{0,30}\))?\s*[:：]\s*(.{2,80})$/iu;

/** The first stated job title among the paragraphs, or undefined. */
export function findJobTitle(paragraphs: readonly string[]): string | undefined {
  for (const paragraph of paragraphs) {
    const found = TITLE_LABEL.exec(paragraph.trim());
    if (found) {
      const title = found[1]!.replace(/[.;。]\s*$/u, "").trim();
      if (title && !/^(?:see|refer|as\s+below|아래|별첨)/iu.test(title)) return title;
    }
  }
  return undefined;
}
