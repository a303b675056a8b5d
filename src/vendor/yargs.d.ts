// dist/vendor/yargs.js is yargs bundled into one file by the build (src/cli/write-yargs-bundle.ts).
export { default } from "yargs";
