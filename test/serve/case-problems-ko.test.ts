// The web API's ?ui=ko gives a bad case's problems in Korean (validate's errors, generate's refusal); ?ui=en keeps English.
import { describe, expect, it } from "vitest";
import { buildStartingCase } from "../../src/case/build-starting-case.js";
import { createApp } from "../../src/serve/app.js";

const app = createApp();
const post = (url: string, body: string) =>
  app.request(url, { method: "POST", body, headers: { "Content-Type": "application/json" } });
const starting = JSON.stringify(buildStartingCase("./case.schema.json"), null, 2);

describe("case-file problems over the API with ?ui=ko", () => {
  it("validate: every error message is Korean under ?ui=ko and English without it", async () => {
    const ko = (await (await post("/api/validate?ui=ko", starting)).json()) as { errors: { message: string }[] };
    const en = (await (await post("/api/validate", starting)).json()) as { errors: { message: string }[] };
    expect(ko.errors.length).toBe(en.errors.length);
    expect(ko.errors.length).toBeGreaterThan(50);
    for (const e of ko.errors) {
      expect(e.message).toMatch(/[가-힣]/u);
      expect(e.message.replace(/"[^"]*"/g, "")).not.toMatch(/is still the placeholder|must be|is not|is missing/);
    }
    expect(ko.errors[0]!.message).toMatch(/에 아직 자리표시 .*그대로 있습니다\. 실제 값으로 바꾸십시오\./);
    expect(en.errors[0]!.message).toMatch(/ is still the placeholder /);
  });

  it("generate: refuses the bad case in Korean, naming the upload, under ?ui=ko", async () => {
    const res = await post("/api/generate?ui=ko", starting);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string; hints: string[] } };
    expect(body.error.code).toBe("E_CASE_INVALID");
    expect(body.error.message).toMatch(/^case\.json: 유효한 신청 건 정보 파일이 아닙니다\(오류 \d+건\)\.$/);
    expect(body.error.hints[0]).toMatch(/^filing\.\S+에 아직 자리표시 /);
    expect(body.error.hints.join("\n")).not.toMatch(/is still the placeholder|e7-align-serve-/);
    const en = (await (await post("/api/generate", starting)).json()) as { error: { message: string } };
    expect(en.error.message).toMatch(/^case\.json is not a valid case file \(\d+ errors\)\.$/);
  });
});
