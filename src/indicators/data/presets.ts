import type { Localized } from "../../core/index.js";
import type { AttainmentPreset, AttainmentStatus } from "../attainment-types.js";

const NOT_COMPARABLE: Localized = Object.freeze({ vi: "Không so sánh được", en: "Not comparable" });

function labels(
  exceeded: Localized,
  achieved: Localized,
  nearly: Localized,
  notAchieved: Localized,
): Readonly<Record<AttainmentStatus, Localized>> {
  return Object.freeze({
    exceeded: Object.freeze(exceeded),
    achieved: Object.freeze(achieved),
    "nearly-achieved": Object.freeze(nearly),
    "not-achieved": Object.freeze(notAchieved),
    "not-comparable": NOT_COMPARABLE,
  });
}

/**
 * The named conventions of {@link computeAttainment}:
 *
 * - `standard`: nearly achieved from 95% of the target (the Open SDG "on track" threshold), plain labels.
 * - `vn-plan`: Vietnamese plan reporting, which knows three outcomes — vượt (exceeded), đạt (achieved) and không
 *   đạt (not achieved) — and no "nearly" band.
 * - `open-sdg`: the Open SDG progress categories, applied to the performance against the target (or to progress
 *   from a baseline, when one is given): on track (≥ 95%), progress made but acceleration needed (60–95%),
 *   limited progress (0–60%), deterioration (< 0).
 *
 * @example
 * ```ts
 * ATTAINMENT_PRESETS["vn-plan"].labels.exceeded.vi; // "Vượt"
 * ATTAINMENT_PRESETS["open-sdg"].bands?.map((band) => band.min); // [0.95, 0.6, 0, -Infinity]
 * ```
 */
export const ATTAINMENT_PRESETS: Readonly<Record<"standard" | "vn-plan" | "open-sdg", AttainmentPreset>> =
  Object.freeze({
    standard: Object.freeze({
      id: "standard",
      nearly: 0.95,
      labels: /* @__PURE__ */ labels(
        { vi: "Vượt chỉ tiêu", en: "Exceeded" },
        { vi: "Đạt chỉ tiêu", en: "Achieved" },
        { vi: "Gần đạt", en: "Nearly achieved" },
        { vi: "Không đạt", en: "Not achieved" },
      ),
      source: "vnpolity default; the 95% threshold follows the Open SDG 'on track' category",
    }),
    "vn-plan": Object.freeze({
      id: "vn-plan",
      nearly: 1,
      labels: /* @__PURE__ */ labels(
        { vi: "Vượt", en: "Exceeded" },
        { vi: "Đạt", en: "Achieved" },
        { vi: "Gần đạt", en: "Nearly achieved" },
        { vi: "Không đạt", en: "Not achieved" },
      ),
      source: "Vietnamese plan reporting (báo cáo tình hình thực hiện kế hoạch): vượt / đạt / không đạt",
    }),
    "open-sdg": Object.freeze({
      id: "open-sdg",
      nearly: 0.95,
      labels: /* @__PURE__ */ labels(
        { vi: "Vượt mục tiêu", en: "Target exceeded" },
        { vi: "Đạt mục tiêu", en: "Target achieved" },
        { vi: "Đúng tiến độ", en: "On track" },
        { vi: "Chưa đạt mục tiêu", en: "Target not achieved" },
      ),
      bands: Object.freeze([
        Object.freeze({ id: "on-track", min: 0.95, label: Object.freeze({ vi: "Đúng tiến độ", en: "On track" }) }),
        Object.freeze({
          id: "acceleration-needed",
          min: 0.6,
          label: Object.freeze({
            vi: "Có tiến bộ nhưng cần tăng tốc",
            en: "Progress made but acceleration needed",
          }),
        }),
        Object.freeze({
          id: "limited-progress",
          min: 0,
          label: Object.freeze({ vi: "Tiến bộ hạn chế", en: "Limited progress" }),
        }),
        Object.freeze({
          id: "deterioration",
          min: -Infinity,
          label: Object.freeze({ vi: "Thụt lùi", en: "Deterioration" }),
        }),
      ]),
      source: "Open SDG progress measurement methodology (open-sdg/open-sdg docs/progress-methodology.md)",
    }),
  });
