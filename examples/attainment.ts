/**
 * Targets, results and attainment: "8% trở lên" against "6,52%", and reported figures read exactly.
 * Run: npx tsx examples/attainment.ts
 */
import { computeAttainment, parseReportedAttainment, parseTarget } from "vnpolity";

const target = parseTarget("8% trở lên", { language: "vi" });
console.log(target.comparator, target.value, target.unit);

const growth = computeAttainment("8% trở lên", "6,52%", { language: "vi", preset: "vn-plan" });
console.log(growth.status, growth.label?.vi, growth.gap, growth.gapUnit);

const about = computeAttainment("khoảng 10%", "9,9%", { language: "vi" });
console.log(about.status);

// "vượt 69% dự toán" means 169% of the estimate, not 69%.
const reported = parseReportedAttainment("vượt 69% dự toán", { language: "vi" });
console.log(reported.reading, reported.percentOfTarget);
