/** Handlebars' runtime-only entry: the same API as the package without the compiler. */
declare module "handlebars/runtime.js" {
  const Handlebars: typeof import("handlebars");
  export default Handlebars;
}
