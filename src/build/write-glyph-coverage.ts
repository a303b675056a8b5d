/** Build step (`npm run build`): writes which code points the PDF fonts can draw (src/writers/glyph-coverage.ts), after the fonts. */
import { writeFileSync, renameSync } from "node:fs";
import path from "node:path";
import { loadPdfFonts } from "../writers/pdf.js";
import {
  COVERAGE_RECIPE,
  drawableRanges,
  fontSources,
  GLYPH_COVERAGE_FILE,
  readGlyphCoverage,
  type GlyphCoverageTable,
} from "../writers/glyph-coverage.js";

if (readGlyphCoverage()) {
  process.stdout.write("PDF glyph coverage up to date\n");
} else {
  const fonts = await loadPdfFonts(true);
  const table: GlyphCoverageTable = {
    recipe: COVERAGE_RECIPE,
    fonts: fontSources(),
    ranges: drawableRanges({
      regular: fonts.regular,
      bold: fonts.bold,
      hanRegular: fonts.han!.regular,
      hanBold: fonts.han!.bold,
    }),
  };
  const temporary = `${GLYPH_COVERAGE_FILE}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(table)}\n`);
  renameSync(temporary, GLYPH_COVERAGE_FILE);
  process.stdout.write(
    `PDF glyph coverage: ${table.ranges.length / 2} ranges in ${path.relative(process.cwd(), GLYPH_COVERAGE_FILE)}\n`,
  );
}
