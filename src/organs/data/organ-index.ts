import type { OrganIndexRow } from "../types.js";

/*
 * The code-facing half of the organ catalogue: id, kind, the abbreviations used in document codes and the
 * period each organ existed — what the document-code parser needs, kept compact because it bundles it. Names,
 * levels, parents and sources live in organ-details.ts, which only getOrgan loads.
 *
 * Sources (see /shared/domain/reference.md §1.5, §2.5, §3.1, §3.2 for the evidence behind each row):
 * - Party organs and their code abbreviations: Hướng dẫn 36-HD/VPTW (03/04/2018) and the secondary summary in
 *   wp37/vbdang references/bang_viet_tat_dang.md; 2025 reorganisation as reported by VNA/VNS.
 * - District-level Party committees (HU, QU, ThU) ended with the district level on 01/07/2025
 *   (Luật Tổ chức chính quyền địa phương 72/2025/QH15; Nghị quyết 60-NQ/TW of 12/04/2025).
 * - Ministries before and after Nghị quyết 176/2025/QH15 (18/02/2025), operating from 01/03/2025.
 * - Council of State (HĐNN, khóa VII–VIII): dates tied to the first sessions of NA khóa VII (25/06/1981) and
 *   khóa IX (19/09/1992), from general knowledge (unverified).
 * - BTGTW and BDVTW merged into BTGDVTW: the merger was announced on 03/02/2025 (znews.vn/ong-nguyen-trong-
 *   nghia-lam-truong-ban-tuyen-giao-va-dan-van-trung-uong-post1527701.html); the decision's own date was not
 *   found, so the window is lenient: BTGDVTW from 01/01/2025, the old commissions until 03/02/2025 inclusive.
 * Where a change is reported without any date (BKTTW replaced by the Policy and Strategy Commission; BĐNTW
 * ended), no date is given: time checks stay lenient.
 */

/**
 * Index of organs by the abbreviations they use in document codes, with kind, level and validity.
 * A `#` after an abbreviation means a National Assembly term number follows it in codes (`QH#` → `QH15`).
 *
 * @example
 * ```ts
 * ORGAN_INDEX.find(([id]) => id === "government"); // ["government", "state", "CP"]
 * ```
 */
export const ORGAN_INDEX: readonly OrganIndexRow[] = /* @__PURE__ */ Object.freeze<OrganIndexRow[]>([
  // Party, central
  ["party-central-committee", "party", "TW"],
  ["politburo", "party", "TW"],
  ["party-secretariat", "party", "TW"],
  ["party-central-office", "party", "VPTW"],
  ["party-organisation-commission", "party", "BTCTW"],
  ["party-inspection-commission", "party", "UBKTTW"],
  ["party-education-mobilisation-commission", "party", "BTGDVTW", "2025-01-01"],
  ["party-education-commission", "party", "BTGTW", "", "2025-02-04"],
  ["party-mass-mobilisation-commission", "party", "BDVTW", "", "2025-02-04"],
  ["party-internal-affairs-commission", "party", "BNCTW"],
  ["party-economic-commission", "party", "BKTTW"],
  ["party-policy-strategy-commission", "party", ""],
  ["party-external-relations-commission", "party", "BĐNTW"],
  ["central-military-commission", "party", "QUTW"],
  ["central-public-security-party-committee", "party", "ĐUCA"],
  ["national-assembly-party-committee", "party", "ĐUQH"],
  // Party, classes of organs at several levels
  ["party-congress", "party", "ĐH"],
  ["party-steering-committee", "party", "BCĐ"],
  ["party-committee", "party", "ĐU"],
  ["bloc-party-committee", "party", "ĐUK"],
  ["military-party-committee", "party", "ĐUQS"],
  ["border-guard-party-committee", "party", "ĐUBP"],
  ["party-delegation", "party", "ĐĐ"],
  ["party-personnel-committee", "party", "BCSĐ"],
  ["party-cell", "party", "CB"],
  // Party, provincial and district committees and their organs
  ["provincial-party-committee", "party", "TU"],
  ["provincial-organisation-commission", "party", "BTCTU"],
  ["provincial-inspection-commission", "party", "UBKTTU"],
  ["provincial-party-office", "party", "VPTU"],
  ["provincial-education-commission", "party", "BTGTU"],
  ["provincial-mass-mobilisation-commission", "party", "BDVTU"],
  ["provincial-education-mobilisation-commission", "party", "BTGDVTU"],
  ["district-party-committee", "party", "HU QU ThU", "", "2025-07-01"],
  // State, central
  ["national-assembly", "state", "QH#"],
  ["national-assembly-standing-committee", "state", "UBTVQH#"],
  ["council-of-state", "state", "HĐNN#", "1981-06-25", "1992-09-19"],
  ["national-assembly-office", "state", "VPQH"],
  ["national-election-council", "state", "HĐBCQG"],
  ["state-president", "state", "CTN"],
  ["government", "state", "CP"],
  ["prime-minister", "state", "TTg"],
  ["government-office", "state", "VPCP"],
  ["council-of-ministers", "state", "HĐBT"],
  ["supreme-peoples-court", "judicial", "TANDTC"],
  ["council-of-judges", "judicial", "HĐTP"],
  ["supreme-peoples-procuracy", "procuracy", "VKSNDTC VKSTC"],
  ["state-audit-office", "state", "KTNN"],
  ["state-bank", "state", "NHNN"],
  ["government-inspectorate", "state", "TTCP"],
  // Ministries in office since 01/03/2025
  ["ministry-of-national-defence", "state", "BQP"],
  ["ministry-of-public-security", "state", "BCA"],
  ["ministry-of-foreign-affairs", "state", "BNG"],
  ["ministry-of-home-affairs", "state", "BNV"],
  ["ministry-of-justice", "state", "BTP"],
  ["ministry-of-finance", "state", "BTC"],
  ["ministry-of-industry-and-trade", "state", "BCT"],
  ["ministry-of-agriculture-and-environment", "state", "BNNMT", "2025-03-01"],
  ["ministry-of-construction", "state", "BXD"],
  ["ministry-of-culture-sports-and-tourism", "state", "BVHTTDL"],
  ["ministry-of-science-and-technology", "state", "BKHCN"],
  ["ministry-of-education-and-training", "state", "BGDĐT"],
  ["ministry-of-health", "state", "BYT"],
  ["ministry-of-ethnic-and-religious-affairs", "state", "BDTTG", "2025-03-01"],
  // Ministries that ended on 01/03/2025
  ["ministry-of-planning-and-investment", "state", "BKHĐT BKH", "", "2025-03-01"],
  ["ministry-of-labour-invalids-and-social-affairs", "state", "BLĐTBXH", "", "2025-03-01"],
  ["ministry-of-information-and-communications", "state", "BTTTT", "", "2025-03-01"],
  ["ministry-of-transport", "state", "BGTVT", "", "2025-03-01"],
  ["ministry-of-natural-resources-and-environment", "state", "BTNMT", "", "2025-03-01"],
  ["ministry-of-agriculture-and-rural-development", "state", "BNNPTNT BNN", "", "2025-03-01"],
  ["committee-for-ethnic-minority-affairs", "state", "UBDT", "", "2025-03-01"],
  // State, local classes
  ["peoples-council", "state", "HĐND"],
  ["peoples-committee", "state", "UBND"],
  ["state-steering-committee", "state", "BCĐ"],
  // Fatherland Front and mass organisations
  ["front-central-presidium", "front", "ĐCTUBTWMTTQVN"],
  ["youth-union-central-committee", "mass-organisation", "TWĐTN"],
  // Rows added for organ mentions in text (no code abbreviation attested; see organ-details.ts for sources)
  ["party-theoretical-council", "party", ""],
  ["party-central-agencies-committee", "party", "", "2025-01-24"],
  ["government-party-committee", "party", "", "2025-01-24"],
  ["front-mass-organisations-party-committee", "party", "", "2025-01-24"],
  ["government-party-personnel-committee", "party", "", "", "2025-01-24"],
  ["national-assembly-party-delegation", "party", "", "", "2025-01-24"],
  ["front-party-delegation", "party", "", "", "2025-01-24"],
  ["central-agencies-bloc-party-committee", "party", "", "", "2025-01-24"],
  ["central-enterprises-bloc-party-committee", "party", "", "", "2025-01-24"],
  ["inspection-delegation", "party", ""],
  ["provincial-standing-board", "party", ""],
  ["provincial-peoples-committee-party-committee", "party", ""],
  ["commune-party-committee", "party", ""],
  ["national-assembly-delegation", "state", ""],
  ["provincial-department", "state", ""],
  ["government-committee-for-religious-affairs", "state", "", "", "2025-03-01"],
  ["provincial-peoples-court", "judicial", ""],
  ["regional-peoples-court", "judicial", "", "2025-07-01"],
  ["district-peoples-court", "judicial", "", "", "2025-07-01"],
  ["provincial-peoples-procuracy", "procuracy", ""],
  ["regional-peoples-procuracy", "procuracy", "", "2025-07-01"],
  ["district-peoples-procuracy", "procuracy", "", "", "2025-07-01"],
  ["vietnam-fatherland-front", "front", ""],
  ["front-central-committee", "front", ""],
  ["fatherland-front-committee", "front", ""],
  ["vietnam-general-confederation-of-labour", "mass-organisation", ""],
  ["vietnam-womens-union", "mass-organisation", ""],
  ["vietnam-farmers-union", "mass-organisation", ""],
  ["vietnam-veterans-association", "mass-organisation", ""],
  ["ho-chi-minh-communist-youth-union", "mass-organisation", ""],
]);
