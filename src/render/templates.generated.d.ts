/** Written by `npm run build` (src/build/write-templates.ts) into dist/render; absent when running from src/. */
export declare const sourcesSha256: string;
/** Handlebars' precompiled template specs, by "lang/clause-id". */
export declare const specs: Readonly<Record<string, unknown>>;
