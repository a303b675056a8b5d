/** Types for the ES module build of stopword that tokenize.ts imports (the package types only its main entry). */
declare module "stopword/dist/stopword.esm.min.mjs" {
  /** English stop words. */
  export const eng: string[];
}
