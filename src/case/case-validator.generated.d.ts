/** Written by `npm run build` (src/build/write-case-validator.ts) into dist/case; absent when running from src/. */
export declare const schemaSha256: string;
declare const validate: (data: unknown) => boolean;
export default validate;
