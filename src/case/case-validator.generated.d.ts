/** Written by `npm run build` (src/build/write-case-validator.ts) into dist/case; absent when running from src/. */
export declare const schemaSha256: string;
/** The schema text compiled (absent from files written before it was added). */
export declare const schemaText: string | undefined;
declare const validate: (data: unknown) => boolean;
export default validate;
