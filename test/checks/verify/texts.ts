/** Duty texts for the verify check tests, beyond the shared fixtures in test/fixtures/verify/documents.ts. */
const duties = (...clauses: string[]): string =>
  ["Duties", ...clauses.map((clause, i) => `${i + 1}. ${clause}`)].join("\n");

/** A trade clerk's duties: excluded from 2842, and the catalog gives the role no E-7 code. */
export const TRADE_CLERK = duties(
  "Prepare commercial invoices, packing lists and certificates of origin for each export order. (30%)",
  "Book shipments with freight forwarders and track the vessels until arrival. (25%)",
  "Arrange customs clearance with the customs broker and file the export declarations. (25%)",
  "Check letter of credit documents against the bank's requirements and archive the shipping documents. (20%)",
);

/** A web designer's duties: excluded from 2224, filed instead under 295. */
export const WEB_DESIGNER = duties(
  "Create the visual design, colour and font of the website's web pages in Figma.",
  "Make banners, icons and illustrations for the web site.",
  "Maintain the web pages of the website.",
);

/** One web-server clause: a 2224 duty, so filed as 2223 one clause pulls elsewhere. */
export const ONE_WEB_CLAUSE = duties("Configure and operate the Nginx web servers and the deployment of the website.");

/** Two web and two app clauses: an even split between 2224 and 2223. */
export const WEB_AND_APP = duties(
  "Develop and maintain the front end of the company's online shopping website with React and TypeScript.",
  "Build the back-end REST APIs of the web platform in Node.js and connect them to the PostgreSQL database.",
  "Develop the company's Android and iOS mobile apps in Kotlin and Swift.",
  "Develop the Windows desktop program that store managers use for inventory.",
);

/** Web work with 65% of the time, overseas sales with 35%: split, but with a clear majority for 2224. */
export const WEB_MOSTLY_SALES_SOME = duties(
  "Develop and maintain the company's web platform front end and back end. (35%)",
  "Build server-side web APIs and connect them to the database. (30%)",
  "Find overseas buyers and negotiate export prices and trade terms with them. (20%)",
  "Attend overseas trade shows to win new export orders and manage foreign accounts. (15%)",
);

/** App development with two small web clauses: matches 2223, clauses 4 and 5 point to 2224. */
export const APP_WITH_TWO_WEB_CLAUSES = duties(
  "Develop the company's Android and iOS mobile apps in Kotlin and Swift. (30%)",
  "Develop the Windows desktop program that store managers use for inventory. (30%)",
  "Implement app screens and features from the design specifications and release updates to the app stores. (30%)",
  "Build and run the company's marketing website and its web server. (5%)",
  "Configure and operate the Nginx web servers and the deployment of the website. (5%)",
);

/** App development with one small web clause: matches 2223, clause 4 points to 2224. */
export const APP_WITH_ONE_WEB_CLAUSE = duties(
  "Develop the company's Android and iOS mobile apps in Kotlin and Swift.",
  "Develop the Windows desktop program that store managers use for inventory.",
  "Implement app screens and features from the design specifications and release updates to the app stores.",
  "Build and run the company's marketing website and its web server.",
);

/** Web work for 80% of the time in two clauses, app work in three small ones: a mismatch for 2223 that is not wholesale. */
export const MOSTLY_WEB_BY_SHARE = duties(
  "Develop and maintain the front end of the company's online shopping website with React and TypeScript. (40%)",
  "Build the back-end REST APIs of the web platform in Node.js and connect them to the PostgreSQL database. (40%)",
  "Develop the company's Android and iOS mobile apps in Kotlin and Swift. (7%)",
  "Develop the Windows desktop program that store managers use for inventory. (7%)",
  "Implement app screens and features from the design specifications and release updates to the app stores. (6%)",
);

/** Web duties with two catch-all clauses. */
export const WEB_WITH_TWO_GENERIC = duties(
  "Develop and maintain the front end of the company's online shopping website with React and TypeScript.",
  "Build the back-end REST APIs of the web platform in Node.js and connect them to the PostgreSQL database.",
  "Configure and operate the Nginx web servers and the deployment of the website.",
  "Other duties as assigned by management.",
  "Carry out other tasks as required by the supervisor.",
);

/** Web duties with one catch-all clause. */
export const WEB_WITH_ONE_GENERIC = duties(
  "Develop and maintain the front end of the company's online shopping website with React and TypeScript.",
  "Build the back-end REST APIs of the web platform in Node.js and connect them to the PostgreSQL database.",
  "Configure and operate the Nginx web servers and the deployment of the website.",
  "Test web pages across browsers and mobile devices and fix layout defects.",
  "Other duties as assigned by management.",
);

/** A contract with no duty heading at all. */
export const NO_DUTY_SECTION = "Employment contract\nThe employee works 40 hours a week.\nSalary is paid monthly.\n";

/** A nurse's duties in which a nursing assistant's clause outweighs nursing work: partly excluded from 2440. */
export const PARTLY_NURSING_ASSISTANT = duties(
  "Assist patients with washing, dressing and going to the toilet. (40%)",
  "Attend the morning handover. (30%)",
  "Take part in the weekly team meeting. (30%)",
);

/** A mechanical engineer's duties with a reporting clause whose best code (2721) explains little of it. */
export const MECHANICAL_WITH_WEAK_REPORT_CLAUSE = duties(
  "Design conveyor and packaging machines in SolidWorks and calculate loads on shafts and bearings.",
  "Select motors, gears and bearings and write the machine specifications.",
  "Run trials of prototype machines and correct design faults.",
  "그 밖에 월간 개발 보고서를 작성하여 연구소장에게 보고하고, 해외 고객사 기술 미팅 시 영문 기술자료를 준비한다.",
);
