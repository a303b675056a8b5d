import { matchDuties } from "../../../src/match/match-duties.js";
import { loadCatalog } from "../../../src/catalog/load-catalog.js";
import { packetRrsSkillsFit } from "../../../src/checks/packet/packet-rrs-skills-fit.js";
import { testPacketCheck } from "./packet-tester.js";

testPacketCheck(packetRrsSkillsFit, {
  valid: [
    { name: "no skills match computed" },
    {
      name: "web skills for a web developer",
      change: (c) => ({
        ...c,
        skillsMatch: matchDuties(loadCatalog(), [{ text: "React and Node.js web development of online shops" }], {
          selectedCode: "2224",
        }),
      }),
    },
  ],
  invalid: [
    {
      name: "drafting skills for a web developer",
      change: (c) => ({
        ...c,
        skillsMatch: matchDuties(
          loadCatalog(),
          [{ text: "Drawing 2D detail drawings and 3D CAD models of machine parts in AutoCAD and SolidWorks" }],
          { selectedCode: "2224" },
        ),
      }),
      findings: [{ messageId: "otherCode", severity: "warning" }],
    },
  ],
});
