import { sharesSum } from "../../src/checks/shares-sum.js";
import { testCheck } from "./check-tester.js";

testCheck(sharesSum, {
  valid: [
    { name: "shares adding up to 100" },
    {
      name: "thirds within rounding",
      change: (c) => {
        c.position.duties = c.position.duties.slice(0, 3).map((d) => ({ ...d, share: 33.3 }));
      },
    },
  ],
  invalid: [
    {
      name: "shares adding up to 90",
      change: (c) => {
        c.position.duties[0]!.share = 30;
      },
      findings: [{ messageId: "notHundred", severity: "error", path: "/position/duties", data: { sum: 90 } }],
    },
    {
      name: "shares adding up to 120",
      change: (c) => {
        c.position.duties[0]!.share = 60;
      },
      findings: [{ messageId: "notHundred", data: { sum: 120, adviceKo: "비중을 합계 20%p 줄이십시오." } }],
    },
  ],
});
