/** The registry of compliance checks, sorted by id (the id equals the file name). */
import type { Check } from "./types.js";
import { detailsLanguage } from "./details-language.js";
import { directionControls } from "./direction-controls.js";
import { documentValidity } from "./document-validity.js";
import { domesticRecruitment } from "./domestic-recruitment.js";
import { dutiesExcludedRole } from "./duties-excluded-role.js";
import { dutiesExcludedRoleRisk } from "./duties-excluded-role-risk.js";
import { dutiesFitCode } from "./duties-fit-code.js";
import { employerSetting } from "./employer-setting.js";
import { employerSizeAndRatio } from "./employer-size-and-ratio.js";
import { employmentRecommendation } from "./employment-recommendation.js";
import { genericDuties } from "./generic-duties.js";
import { gniWageFloor } from "./gni-wage-floor.js";
import { manualCodeConflict } from "./manual-code-conflict.js";
import { minimumWage } from "./minimum-wage.js";
import { occupationEmployerCap } from "./occupation-employer-cap.js";
import { qualification } from "./qualification.js";
import { reapplication } from "./reapplication.js";
import { reasonsAnswered } from "./reasons-answered.js";
import { salaryFloor } from "./salary-floor.js";
import { sharesSum } from "./shares-sum.js";
import { splitDuties } from "./split-duties.js";
import { stricterReview } from "./stricter-review.js";
import { titleTrap } from "./title-trap.js";

export const checks: Readonly<Record<string, Check>> = {
  "details-language": detailsLanguage,
  "direction-controls": directionControls,
  "document-validity": documentValidity,
  "domestic-recruitment": domesticRecruitment,
  "duties-excluded-role": dutiesExcludedRole,
  "duties-excluded-role-risk": dutiesExcludedRoleRisk,
  "duties-fit-code": dutiesFitCode,
  "employer-setting": employerSetting,
  "employer-size-and-ratio": employerSizeAndRatio,
  "employment-recommendation": employmentRecommendation,
  "generic-duties": genericDuties,
  "gni-wage-floor": gniWageFloor,
  "manual-code-conflict": manualCodeConflict,
  "minimum-wage": minimumWage,
  "occupation-employer-cap": occupationEmployerCap,
  qualification,
  reapplication,
  "reasons-answered": reasonsAnswered,
  "salary-floor": salaryFloor,
  "shares-sum": sharesSum,
  "split-duties": splitDuties,
  "stricter-review": stricterReview,
  "title-trap": titleTrap,
};
