import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { matchDuties } from "../../src/match/match-duties.js";

const catalog = loadCatalog();
const top = (text: string): string | undefined => matchDuties(catalog, text).ranking[0]?.code;

// A manager's Korean statement names the things its field works with; the manager entries hold those words too.
describe("manager codes and the objects of their field", () => {
  it("should rank the education manager first for deciding on teachers and classes", () => {
    // Without 교사/학급 in 1312's keywords the culture manager (1340) wins on 배치 and 결정.
    expect(top("교사 배치와 학급 편성을 결정한다.")).toBe("1312");
  });
  it("should rank the ICT manager first for heading the systems and network organisation", () => {
    // Without 전산 시스템/서버/네트워크 in 1350's keywords the network engineer (2232) wins.
    expect(top("전산 시스템과 서버, 네트워크 운영 조직을 총괄한다.")).toBe("1350");
  });
  it("should rank the production manager first for suppliers' delivery dates and the production schedule", () => {
    // Without 협력사/납기/재고/생산 일정 in 1413's keywords the general managers (1120, 1212) win.
    expect(top("협력사 납기와 재고 수준을 관리하고 생산 일정을 확정한다.")).toBe("1413");
  });
  it("should rank the farm manager first for heading the farm's harvest and shipments", () => {
    // Without 농작업/수확/출하 in 14901's keywords the skilled farm worker track (S610) wins.
    expect(top("농장 인력의 농작업과 수확, 출하 일정을 총괄한다.")).toBe("14901");
  });
  it("should rank the hotel manager first for directing housekeeping, reservations and banquets", () => {
    // Without housekeeping/reservations/banquets in 1521's keywords the front-desk clerk (3612) wins.
    expect(top("Directs the hotel's housekeeping, reservations and banquet departments.")).toBe("1521");
  });
  it("should rank the sales manager first for planning the sales force and its incentives", () => {
    // Without 영업사원/판매 인센티브 in 1511's keywords the salesperson (2843) wins.
    expect(top("영업사원 인력 계획과 판매 인센티브 제도를 정한다.")).toBe("1511");
  });
  it("should leave the worker first when the statement does the field's work itself", () => {
    expect(top("중학교에서 학생들에게 영어 수업을 하고 학급을 담임한다.")).toBe("2699");
    // Backend work is application or web development alike; either worker, not the ICT manager (1350).
    expect(["2223", "2224"]).toContain(top("백엔드 서버와 데이터베이스를 설계하고 애플리케이션을 개발한다."));
    expect(top("주방에서 메뉴에 맞추어 식재료를 손질하고 조리한다.")).toBe("451");
    expect(top("호텔 프런트에서 투숙객 체크인과 객실 예약을 처리한다.")).toBe("3612");
    expect(top("건축물의 설계 도면을 작성하고 구조물 배치를 계획한다.")).toBe("2311");
  });
});
