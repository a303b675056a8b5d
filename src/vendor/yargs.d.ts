// dist/vendor/yargs.js is yargs bundled into one file by the build (src/build/write-yargs-bundle.ts).
export { default } from "yargs";
