import type { Localized } from "../../core/index.js";
import type { OrganLevel } from "../types.js";

// Every value is a literal (no shared constants, no templates): a bundler reading our built output cannot
// prove `NAME + "…"` free of side effects, and would then keep this whole table in every bundle.

/*
 * The descriptive half of the organ catalogue, keyed by organ id (see organ-index.ts for abbreviations and
 * dates): names, level, parent, successors, whether the record is a class of organs, and the source. English names follow VNA/VNS usage where the reference found it (/shared/domain/reference.md §3).
 */

/**
 * Descriptive fields of one organ: names, legal basis or source, successors, and whether it is a class.
 *
 * @example
 * ```ts
 * const details: OrganDetails = { name: { vi: "Chính phủ", en: "Government" }, level: "central", source: "Hiến pháp 2013" };
 * ```
 */
export interface OrganDetails {
  readonly name: Localized;
  readonly level: OrganLevel;
  readonly parentId?: string;
  readonly source: string;
  readonly successorIds?: readonly string[];
  readonly generic?: true;
}

const HD36 = "Hướng dẫn 36-HD/VPTW (03/04/2018), abbreviations of Party organs";

/**
 * Names and sources of the organs in the index.
 *
 * @example
 * ```ts
 * ORGAN_DETAILS["politburo"]?.name.vi; // "Bộ Chính trị"
 * ```
 */
export const ORGAN_DETAILS: Readonly<Record<string, OrganDetails>> = /* @__PURE__ */ Object.freeze({
  "party-central-committee": {
    level: "central",
    name: { vi: "Ban Chấp hành Trung ương Đảng", en: "Party Central Committee" },
    source: "Điều lệ Đảng; codes signed TW (e.g. 60-NQ/TW, plenum 11 of khóa XIII)",
  },
  politburo: {
    level: "central",
    parentId: "party-central-committee",
    name: { vi: "Bộ Chính trị", en: "Politburo" },
    source: "Điều lệ Đảng; codes signed TW (57-NQ/TW)",
  },
  "party-secretariat": {
    level: "central",
    parentId: "party-central-committee",
    name: { vi: "Ban Bí thư", en: "Secretariat" },
    source: "Điều lệ Đảng; 399-QĐ/TW",
  },
  "party-central-office": {
    level: "central",
    parentId: "party-central-committee",
    name: { vi: "Văn phòng Trung ương Đảng", en: "Office of the Party Central Committee" },
    source: "Hướng dẫn 36-HD/VPTW (03/04/2018), abbreviations of Party organs",
  },
  "party-organisation-commission": {
    level: "central",
    parentId: "party-central-committee",
    name: { vi: "Ban Tổ chức Trung ương", en: "Central Organisation Commission" },
    source: "8011-CV/BTCTW",
  },
  "party-inspection-commission": {
    level: "central",
    parentId: "party-central-committee",
    name: { vi: "Ủy ban Kiểm tra Trung ương", en: "Central Inspection Commission" },
    source: "Hướng dẫn 36-HD/VPTW (03/04/2018), abbreviations of Party organs",
  },
  "party-education-mobilisation-commission": {
    level: "central",
    parentId: "party-central-committee",
    name: {
      vi: "Ban Tuyên giáo và Dân vận Trung ương",
      en: "Central Commission for Information, Education and Mass Mobilisation",
    },
    source: "Party reorganisation of early 2025 (exact date unverified); 1147-QĐ/BTGDVTW",
  },
  "party-education-commission": {
    level: "central",
    parentId: "party-central-committee",
    name: { vi: "Ban Tuyên giáo Trung ương", en: "Central Commission for Information and Education" },
    source: "Party reorganisation of early 2025 (exact date unverified)",
    successorIds: ["party-education-mobilisation-commission"],
  },
  "party-mass-mobilisation-commission": {
    level: "central",
    parentId: "party-central-committee",
    name: { vi: "Ban Dân vận Trung ương", en: "Central Mass Mobilisation Commission" },
    source: "Party reorganisation of early 2025 (exact date unverified)",
    successorIds: ["party-education-mobilisation-commission"],
  },
  "party-internal-affairs-commission": {
    level: "central",
    parentId: "party-central-committee",
    name: { vi: "Ban Nội chính Trung ương", en: "Central Internal Affairs Commission" },
    source: "Hướng dẫn 36-HD/VPTW (03/04/2018), abbreviations of Party organs",
  },
  "party-economic-commission": {
    level: "central",
    parentId: "party-central-committee",
    name: { vi: "Ban Kinh tế Trung ương", en: "Central Economic Commission" },
    source: "Party reorganisation of early 2025 (exact date unverified)",
    successorIds: ["party-policy-strategy-commission"],
  },
  "party-policy-strategy-commission": {
    level: "central",
    parentId: "party-central-committee",
    name: { vi: "Ban Chính sách, chiến lược Trung ương", en: "Central Policy and Strategy Commission" },
    source:
      "Party reorganisation of early 2025 (exact date unverified); functions per 247-QĐ/TW; code abbreviation not attested",
  },
  "party-external-relations-commission": {
    level: "central",
    parentId: "party-central-committee",
    name: { vi: "Ban Đối ngoại Trung ương", en: "Central External Relations Commission" },
    source:
      "Party reorganisation of early 2025 (exact date unverified); functions moved to the Ministry of Foreign Affairs",
    successorIds: ["ministry-of-foreign-affairs"],
  },
  "central-military-commission": {
    level: "central",
    parentId: "party-central-committee",
    name: { vi: "Quân ủy Trung ương", en: "Central Military Commission" },
    source: "847-NQ/QUTW (28/12/2021)",
  },
  "central-public-security-party-committee": {
    level: "central",
    parentId: "party-central-committee",
    name: { vi: "Đảng ủy Công an Trung ương", en: "Central Public Security Party Committee" },
    source: "11-NQ/ĐUCA",
  },
  "national-assembly-party-committee": {
    level: "central",
    parentId: "party-central-committee",
    name: { vi: "Đảng ủy Quốc hội", en: "National Assembly Party Committee" },
    source: "Party reorganisation of early 2025 (exact date unverified); 73-KH/ĐUQH (weakly attested)",
  },
  "party-congress": {
    level: "any",
    name: { vi: "Đại hội Đảng", en: "Party Congress" },
    source: "Hướng dẫn 36-HD/VPTW (03/04/2018), abbreviations of Party organs; 18-BB/ĐH",
    generic: true,
  },
  "party-steering-committee": {
    level: "any",
    name: { vi: "Ban Chỉ đạo (của Đảng)", en: "Party Steering Committee" },
    source: "59-CV/BCĐ",
    generic: true,
  },
  "party-committee": { level: "any", name: { vi: "Đảng ủy", en: "Party Committee" }, source: HD36, generic: true },
  "bloc-party-committee": {
    level: "any",
    name: { vi: "Đảng ủy Khối", en: "Bloc Party Committee" },
    source: "Hướng dẫn 36-HD/VPTW (03/04/2018), abbreviations of Party organs",
    generic: true,
  },
  "military-party-committee": {
    level: "any",
    name: { vi: "Đảng ủy Quân sự", en: "Military Party Committee" },
    source: "Hướng dẫn 36-HD/VPTW (03/04/2018), abbreviations of Party organs",
    generic: true,
  },
  "border-guard-party-committee": {
    level: "any",
    name: { vi: "Đảng ủy Biên phòng", en: "Border Guard Party Committee" },
    source: "Hướng dẫn 36-HD/VPTW (03/04/2018), abbreviations of Party organs",
    generic: true,
  },
  "party-delegation": { level: "any", name: { vi: "Đảng đoàn", en: "Party Delegation" }, source: HD36, generic: true },
  "party-personnel-committee": {
    level: "any",
    name: { vi: "Ban cán sự đảng", en: "Party Personnel Committee" },
    source: "Hướng dẫn 36-HD/VPTW (03/04/2018), abbreviations of Party organs",
    generic: true,
  },
  "party-cell": { level: "any", name: { vi: "Chi bộ", en: "Party Cell" }, source: HD36, generic: true },
  "provincial-party-committee": {
    level: "province",
    name: { vi: "Tỉnh ủy, Thành ủy (trực thuộc Trung ương)", en: "Provincial or Municipal Party Committee" },
    source: "Hướng dẫn 36-HD/VPTW (03/04/2018), abbreviations of Party organs",
    generic: true,
  },
  "provincial-organisation-commission": {
    level: "province",
    parentId: "provincial-party-committee",
    name: { vi: "Ban Tổ chức Tỉnh ủy", en: "Provincial Organisation Commission" },
    source: "05-QC/BTCTU-BDVTU",
    generic: true,
  },
  "provincial-inspection-commission": {
    level: "province",
    parentId: "provincial-party-committee",
    name: { vi: "Ủy ban Kiểm tra Tỉnh ủy", en: "Provincial Inspection Commission" },
    source: "24-BS/UBKTTU",
    generic: true,
  },
  "provincial-party-office": {
    level: "province",
    parentId: "provincial-party-committee",
    name: { vi: "Văn phòng Tỉnh ủy", en: "Provincial Party Office" },
    source: "Hướng dẫn 36-HD/VPTW (03/04/2018), abbreviations of Party organs",
    generic: true,
  },
  "provincial-education-commission": {
    level: "province",
    parentId: "provincial-party-committee",
    name: { vi: "Ban Tuyên giáo Tỉnh ủy", en: "Provincial Information and Education Commission" },
    source: "Hướng dẫn 36-HD/VPTW (03/04/2018), abbreviations of Party organs",
    generic: true,
  },
  "provincial-mass-mobilisation-commission": {
    level: "province",
    parentId: "provincial-party-committee",
    name: { vi: "Ban Dân vận Tỉnh ủy", en: "Provincial Mass Mobilisation Commission" },
    source: "05-QC/BTCTU-BDVTU",
    generic: true,
  },
  "provincial-education-mobilisation-commission": {
    level: "province",
    parentId: "provincial-party-committee",
    name: {
      vi: "Ban Tuyên giáo và Dân vận Tỉnh ủy",
      en: "Provincial Information, Education and Mass Mobilisation Commission",
    },
    source: "Party reorganisation of early 2025 (exact date unverified)",
    generic: true,
  },
  "district-party-committee": {
    level: "district",
    name: { vi: "Huyện ủy, Quận ủy, Thị ủy, Thành ủy (thuộc tỉnh)", en: "District-level Party Committee" },
    source:
      "Hướng dẫn 36-HD/VPTW (03/04/2018), abbreviations of Party organs; Luật 72/2025/QH15: district level ended on 01/07/2025",
    generic: true,
  },
  "national-assembly": {
    level: "central",
    name: { vi: "Quốc hội", en: "National Assembly" },
    source: "Hiến pháp 2013; Luật 64/2025/QH15",
  },
  "national-assembly-standing-committee": {
    level: "central",
    parentId: "national-assembly",
    name: { vi: "Ủy ban Thường vụ Quốc hội", en: "National Assembly Standing Committee" },
    source: "Hiến pháp 2013; 110/2025/UBTVQH15",
  },
  "council-of-state": {
    level: "central",
    name: { vi: "Hội đồng Nhà nước", en: "Council of State" },
    source:
      "Hiến pháp 1980; 10-LCT/HĐNN7; its powers passed to the State President and the NA Standing Committee (Hiến pháp 1992)",
    successorIds: ["state-president", "national-assembly-standing-committee"],
  },
  "national-assembly-office": {
    level: "central",
    parentId: "national-assembly",
    name: { vi: "Văn phòng Quốc hội", en: "Office of the National Assembly" },
    source: "121/VBHN-VPQH",
  },
  "national-election-council": {
    level: "central",
    name: { vi: "Hội đồng Bầu cử quốc gia", en: "National Election Council" },
    source: "40/NQ-HĐBCQG",
  },
  "state-president": {
    level: "central",
    name: { vi: "Chủ tịch nước", en: "State President" },
    source: "Hiến pháp 2013; 07/2025/L-CTN",
  },
  government: {
    level: "central",
    name: { vi: "Chính phủ", en: "Government" },
    source: "Hiến pháp 2013; 30/2020/NĐ-CP",
  },
  "prime-minister": {
    level: "central",
    parentId: "government",
    name: { vi: "Thủ tướng Chính phủ", en: "Prime Minister" },
    source: "19/2025/QĐ-TTg",
  },
  "government-office": {
    level: "central",
    parentId: "government",
    name: { vi: "Văn phòng Chính phủ", en: "Government Office" },
    source: "Nghị quyết 176/2025/QH15 (18/02/2025), ministries from 01/03/2025",
  },
  "council-of-ministers": {
    level: "central",
    name: { vi: "Hội đồng Bộ trưởng", en: "Council of Ministers" },
    source: "Hiến pháp 1980 (replaced by the Government under Hiến pháp 1992; dates unverified)",
    successorIds: ["government"],
  },
  "supreme-peoples-court": {
    level: "central",
    name: { vi: "Tòa án nhân dân tối cao", en: "Supreme People's Court" },
    source: "Hiến pháp 2013",
  },
  "council-of-judges": {
    level: "central",
    parentId: "supreme-peoples-court",
    name: { vi: "Hội đồng Thẩm phán Tòa án nhân dân tối cao", en: "Council of Judges of the Supreme People's Court" },
    source: "01/2019/NQ-HĐTP",
  },
  "supreme-peoples-procuracy": {
    level: "central",
    name: { vi: "Viện kiểm sát nhân dân tối cao", en: "Supreme People's Procuracy" },
    source: "Hiến pháp 2013; 04/2024/TT-VKSNDTC; VKSTC in công văn",
  },
  "state-audit-office": {
    level: "central",
    name: { vi: "Kiểm toán nhà nước", en: "State Audit Office" },
    source: "01/2026/TT-KTNN",
  },
  "state-bank": {
    level: "central",
    parentId: "government",
    name: { vi: "Ngân hàng Nhà nước Việt Nam", en: "State Bank of Vietnam" },
    source: "Nghị quyết 176/2025/QH15 (18/02/2025), ministries from 01/03/2025",
  },
  "government-inspectorate": {
    level: "central",
    parentId: "government",
    name: { vi: "Thanh tra Chính phủ", en: "Government Inspectorate" },
    source: "Nghị quyết 176/2025/QH15 (18/02/2025), ministries from 01/03/2025",
  },
  "ministry-of-national-defence": {
    level: "central",
    parentId: "government",
    name: { vi: "Bộ Quốc phòng", en: "Ministry of National Defence" },
    source: "Nghị quyết 176/2025/QH15 (18/02/2025), ministries from 01/03/2025",
  },
  "ministry-of-public-security": {
    level: "central",
    parentId: "government",
    name: { vi: "Bộ Công an", en: "Ministry of Public Security" },
    source: "Nghị quyết 176/2025/QH15 (18/02/2025), ministries from 01/03/2025",
  },
  "ministry-of-foreign-affairs": {
    level: "central",
    parentId: "government",
    name: { vi: "Bộ Ngoại giao", en: "Ministry of Foreign Affairs" },
    source: "Nghị quyết 176/2025/QH15 (18/02/2025), ministries from 01/03/2025",
  },
  "ministry-of-home-affairs": {
    level: "central",
    parentId: "government",
    name: { vi: "Bộ Nội vụ", en: "Ministry of Home Affairs" },
    source: "Nghị quyết 176/2025/QH15 (18/02/2025), ministries from 01/03/2025",
  },
  "ministry-of-justice": {
    level: "central",
    parentId: "government",
    name: { vi: "Bộ Tư pháp", en: "Ministry of Justice" },
    source: "Nghị quyết 176/2025/QH15 (18/02/2025), ministries from 01/03/2025",
  },
  "ministry-of-finance": {
    level: "central",
    parentId: "government",
    name: { vi: "Bộ Tài chính", en: "Ministry of Finance" },
    source: "Nghị quyết 176/2025/QH15 (18/02/2025), ministries from 01/03/2025",
  },
  "ministry-of-industry-and-trade": {
    level: "central",
    parentId: "government",
    name: { vi: "Bộ Công Thương", en: "Ministry of Industry and Trade" },
    source: "Nghị quyết 176/2025/QH15 (18/02/2025), ministries from 01/03/2025",
  },
  "ministry-of-agriculture-and-environment": {
    level: "central",
    parentId: "government",
    name: { vi: "Bộ Nông nghiệp và Môi trường", en: "Ministry of Agriculture and Environment" },
    source:
      "Nghị quyết 176/2025/QH15 (18/02/2025), ministries from 01/03/2025; merger of BNNPTNT and BTNMT; 23/2025/TT-BNNMT",
  },
  "ministry-of-construction": {
    level: "central",
    parentId: "government",
    name: { vi: "Bộ Xây dựng", en: "Ministry of Construction" },
    source: "Nghị quyết 176/2025/QH15 (18/02/2025), ministries from 01/03/2025",
  },
  "ministry-of-culture-sports-and-tourism": {
    level: "central",
    parentId: "government",
    name: { vi: "Bộ Văn hóa, Thể thao và Du lịch", en: "Ministry of Culture, Sports and Tourism" },
    source: "Nghị quyết 176/2025/QH15 (18/02/2025), ministries from 01/03/2025",
  },
  "ministry-of-science-and-technology": {
    level: "central",
    parentId: "government",
    name: { vi: "Bộ Khoa học và Công nghệ", en: "Ministry of Science and Technology" },
    source: "Nghị quyết 176/2025/QH15 (18/02/2025), ministries from 01/03/2025",
  },
  "ministry-of-education-and-training": {
    level: "central",
    parentId: "government",
    name: { vi: "Bộ Giáo dục và Đào tạo", en: "Ministry of Education and Training" },
    source: "Nghị quyết 176/2025/QH15 (18/02/2025), ministries from 01/03/2025",
  },
  "ministry-of-health": {
    level: "central",
    parentId: "government",
    name: { vi: "Bộ Y tế", en: "Ministry of Health" },
    source: "Nghị quyết 176/2025/QH15 (18/02/2025), ministries from 01/03/2025",
  },
  "ministry-of-ethnic-and-religious-affairs": {
    level: "central",
    parentId: "government",
    name: { vi: "Bộ Dân tộc và Tôn giáo", en: "Ministry of Ethnic and Religious Affairs" },
    source:
      "Nghị quyết 176/2025/QH15 (18/02/2025), ministries from 01/03/2025; replaces UBDT and the Government Committee for Religious Affairs; 03/2026/TT-BDTTG",
  },
  "ministry-of-planning-and-investment": {
    level: "central",
    parentId: "government",
    name: { vi: "Bộ Kế hoạch và Đầu tư", en: "Ministry of Planning and Investment" },
    source: "Nghị quyết 176/2025/QH15 (18/02/2025), ministries from 01/03/2025",
    successorIds: ["ministry-of-finance"],
  },
  "ministry-of-labour-invalids-and-social-affairs": {
    level: "central",
    parentId: "government",
    name: { vi: "Bộ Lao động – Thương binh và Xã hội", en: "Ministry of Labour, Invalids and Social Affairs" },
    source:
      "Nghị quyết 176/2025/QH15 (18/02/2025), ministries from 01/03/2025; split of functions among BNV, BYT and BGDĐT partly unverified",
    successorIds: ["ministry-of-home-affairs", "ministry-of-health", "ministry-of-education-and-training"],
  },
  "ministry-of-information-and-communications": {
    level: "central",
    parentId: "government",
    name: { vi: "Bộ Thông tin và Truyền thông", en: "Ministry of Information and Communications" },
    source: "Nghị quyết 176/2025/QH15 (18/02/2025), ministries from 01/03/2025",
    successorIds: ["ministry-of-science-and-technology"],
  },
  "ministry-of-transport": {
    level: "central",
    parentId: "government",
    name: { vi: "Bộ Giao thông vận tải", en: "Ministry of Transport" },
    source: "Nghị quyết 176/2025/QH15 (18/02/2025), ministries from 01/03/2025",
    successorIds: ["ministry-of-construction"],
  },
  "ministry-of-natural-resources-and-environment": {
    level: "central",
    parentId: "government",
    name: { vi: "Bộ Tài nguyên và Môi trường", en: "Ministry of Natural Resources and Environment" },
    source: "Nghị quyết 176/2025/QH15 (18/02/2025), ministries from 01/03/2025",
    successorIds: ["ministry-of-agriculture-and-environment"],
  },
  "ministry-of-agriculture-and-rural-development": {
    level: "central",
    parentId: "government",
    name: { vi: "Bộ Nông nghiệp và Phát triển nông thôn", en: "Ministry of Agriculture and Rural Development" },
    source:
      "Nghị quyết 176/2025/QH15 (18/02/2025), ministries from 01/03/2025; BNN in administrative codes (QĐ-BNN-TCCB)",
    successorIds: ["ministry-of-agriculture-and-environment"],
  },
  "committee-for-ethnic-minority-affairs": {
    level: "central",
    parentId: "government",
    name: { vi: "Ủy ban Dân tộc", en: "Committee for Ethnic Minority Affairs" },
    source: "Nghị quyết 176/2025/QH15 (18/02/2025), ministries from 01/03/2025",
    successorIds: ["ministry-of-ethnic-and-religious-affairs"],
  },
  "peoples-council": {
    level: "any",
    name: { vi: "Hội đồng nhân dân", en: "People's Council" },
    source: "Hiến pháp 2013; 89/NQ-HĐND",
    generic: true,
  },
  "peoples-committee": {
    level: "any",
    name: { vi: "Ủy ban nhân dân", en: "People's Committee" },
    source: "Hiến pháp 2013; 123/QĐ-UBND",
    generic: true,
  },
  "state-steering-committee": {
    level: "any",
    name: { vi: "Ban Chỉ đạo (của Nhà nước)", en: "State Steering Committee" },
    source: "Nghị định 30/2020/NĐ-CP",
    generic: true,
  },
  "front-central-presidium": {
    level: "central",
    name: {
      vi: "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
      en: "Presidium of the Central Committee of the Vietnam Fatherland Front",
    },
    source: "102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN",
  },
  "youth-union-central-committee": {
    level: "central",
    name: {
      vi: "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh",
      en: "Central Committee of the Ho Chi Minh Communist Youth Union",
    },
    source: "367-QĐ/TWĐTN-VP",
  },
  "party-theoretical-council": {
    level: "central",
    parentId: "party-central-committee",
    name: { vi: "Hội đồng Lý luận Trung ương", en: "Central Theoretical Council" },
    source: "Reference §3.1 (English wording unverified)",
  },
  "party-central-agencies-committee": {
    level: "central",
    parentId: "party-central-committee",
    name: { vi: "Đảng ủy các cơ quan Đảng Trung ương", en: "Party Committee of Central Party Agencies" },
    source:
      "Politburo decisions of 24/01/2025 founding the four Party committees under the Central Committee (reference §3.1); replaced the Đảng ủy Khối các cơ quan Trung ương",
  },
  "government-party-committee": {
    level: "central",
    parentId: "party-central-committee",
    name: { vi: "Đảng ủy Chính phủ", en: "Government Party Committee" },
    source:
      "243-QĐ/TW (24/01/2025); Politburo decisions of 24/01/2025 founding the four Party committees under the Central Committee (reference §3.1)",
  },
  "front-mass-organisations-party-committee": {
    level: "central",
    parentId: "party-central-committee",
    name: {
      vi: "Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương",
      en: "Party Committee of the Fatherland Front and Central Mass Organisations",
    },
    source:
      "Politburo decisions of 24/01/2025 founding the four Party committees under the Central Committee (reference §3.1)",
  },
  "government-party-personnel-committee": {
    level: "central",
    parentId: "party-central-committee",
    name: { vi: "Ban cán sự đảng Chính phủ", en: "Government Party Personnel Committee" },
    source:
      'Politburo decisions of 24/01/2025 founding the four Party committees under the Central Committee (reference §3.1); VNA rendered it "Government Party Committee" before 2025',
    successorIds: ["government-party-committee"],
  },
  "national-assembly-party-delegation": {
    level: "central",
    parentId: "party-central-committee",
    name: { vi: "Đảng đoàn Quốc hội", en: "National Assembly Party Delegation" },
    source:
      "Politburo decisions of 24/01/2025 founding the four Party committees under the Central Committee (reference §3.1)",
    successorIds: ["national-assembly-party-committee"],
  },
  "front-party-delegation": {
    level: "central",
    parentId: "party-central-committee",
    name: { vi: "Đảng đoàn Mặt trận Tổ quốc Việt Nam", en: "Party Delegation of the Vietnam Fatherland Front" },
    source:
      "Politburo decisions of 24/01/2025 founding the four Party committees under the Central Committee (reference §3.1)",
    successorIds: ["front-mass-organisations-party-committee"],
  },
  "central-agencies-bloc-party-committee": {
    level: "central",
    parentId: "party-central-committee",
    name: { vi: "Đảng ủy Khối các cơ quan Trung ương", en: "Party Committee of the Central Agencies Bloc" },
    source:
      "Politburo decisions of 24/01/2025 founding the four Party committees under the Central Committee (reference §3.1)",
    successorIds: ["party-central-agencies-committee"],
  },
  "central-enterprises-bloc-party-committee": {
    level: "central",
    parentId: "party-central-committee",
    name: { vi: "Đảng ủy Khối Doanh nghiệp Trung ương", en: "Party Committee of the Central Enterprises Bloc" },
    source:
      "Politburo decisions of 24/01/2025 founding the four Party committees under the Central Committee (reference §3.1); its Party organisations moved to the Government Party Committee (unverified in detail)",
    successorIds: ["government-party-committee"],
  },
  "inspection-delegation": {
    level: "any",
    name: { vi: "Đoàn kiểm tra", en: "Inspection Delegation" },
    source: "Delegations of the Politburo and Secretariat (e.g. Đoàn kiểm tra số 1922 của Bộ Chính trị, 2025)",
    generic: true,
  },
  "provincial-standing-board": {
    level: "province",
    parentId: "provincial-party-committee",
    name: { vi: "Ban Thường vụ Tỉnh ủy", en: "Standing Board of the Provincial Party Committee" },
    source: "Điều lệ Đảng; reference §4 (VNA also writes Standing Committee)",
    generic: true,
  },
  "provincial-peoples-committee-party-committee": {
    level: "province",
    parentId: "provincial-party-committee",
    name: { vi: "Đảng ủy Ủy ban nhân dân tỉnh", en: "Party Committee of the Provincial People's Committee" },
    source:
      "Politburo decisions of 24/01/2025 founding the four Party committees under the Central Committee (reference §3.1); founded province by province in early 2025 (e.g. Kon Tum, Tuyên Quang)",
    generic: true,
  },
  "commune-party-committee": {
    level: "commune",
    parentId: "provincial-party-committee",
    name: { vi: "Đảng ủy xã, phường, đặc khu", en: "Commune-level Party Committee" },
    source:
      "Luật 72/2025/QH15: district level ended on 01/07/2025; directly under the provincial committee from 01/07/2025 (60-NQ/TW)",
    generic: true,
  },
  "national-assembly-delegation": {
    level: "province",
    parentId: "national-assembly",
    name: { vi: "Đoàn đại biểu Quốc hội", en: "National Assembly Deputies' Delegation" },
    source: "Luật Tổ chức Quốc hội",
    generic: true,
  },
  "provincial-department": {
    level: "province",
    parentId: "peoples-committee",
    name: { vi: "Sở", en: "Department" },
    source: "03/2009/TT-BNG (Sở = Department)",
    generic: true,
  },
  "government-committee-for-religious-affairs": {
    level: "central",
    parentId: "ministry-of-home-affairs",
    name: { vi: "Ban Tôn giáo Chính phủ", en: "Government Committee for Religious Affairs" },
    source:
      "Nghị quyết 176/2025/QH15 (18/02/2025), ministries from 01/03/2025; functions moved to the Ministry of Ethnic and Religious Affairs",
    successorIds: ["ministry-of-ethnic-and-religious-affairs"],
  },
  "provincial-peoples-court": {
    level: "province",
    parentId: "supreme-peoples-court",
    name: { vi: "Tòa án nhân dân cấp tỉnh", en: "Provincial People's Court" },
    source: "Nghị quyết 60-NQ/TW (12/04/2025): three-level courts and procuracies from 01/07/2025",
    generic: true,
  },
  "regional-peoples-court": {
    level: "any",
    parentId: "supreme-peoples-court",
    name: { vi: "Tòa án nhân dân khu vực", en: "Regional People's Court" },
    source: "Nghị quyết 60-NQ/TW (12/04/2025): three-level courts and procuracies from 01/07/2025",
    generic: true,
  },
  "district-peoples-court": {
    level: "district",
    parentId: "supreme-peoples-court",
    name: { vi: "Tòa án nhân dân cấp huyện", en: "District People's Court" },
    source: "Nghị quyết 60-NQ/TW (12/04/2025): three-level courts and procuracies from 01/07/2025",
    successorIds: ["regional-peoples-court"],
    generic: true,
  },
  "provincial-peoples-procuracy": {
    level: "province",
    parentId: "supreme-peoples-procuracy",
    name: { vi: "Viện kiểm sát nhân dân cấp tỉnh", en: "Provincial People's Procuracy" },
    source: "Nghị quyết 60-NQ/TW (12/04/2025): three-level courts and procuracies from 01/07/2025",
    generic: true,
  },
  "regional-peoples-procuracy": {
    level: "any",
    parentId: "supreme-peoples-procuracy",
    name: { vi: "Viện kiểm sát nhân dân khu vực", en: "Regional People's Procuracy" },
    source: "Nghị quyết 60-NQ/TW (12/04/2025): three-level courts and procuracies from 01/07/2025",
    generic: true,
  },
  "district-peoples-procuracy": {
    level: "district",
    parentId: "supreme-peoples-procuracy",
    name: { vi: "Viện kiểm sát nhân dân cấp huyện", en: "District People's Procuracy" },
    source: "Nghị quyết 60-NQ/TW (12/04/2025): three-level courts and procuracies from 01/07/2025",
    successorIds: ["regional-peoples-procuracy"],
    generic: true,
  },
  "vietnam-fatherland-front": {
    level: "central",
    name: { vi: "Mặt trận Tổ quốc Việt Nam", en: "Vietnam Fatherland Front" },
    source: "Hiến pháp 2013 Điều 9 as amended by 203/2025/QH15 (16/06/2025)",
  },
  "front-central-committee": {
    level: "central",
    parentId: "vietnam-fatherland-front",
    name: {
      vi: "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
      en: "Central Committee of the Vietnam Fatherland Front",
    },
    source: "Luật Mặt trận Tổ quốc Việt Nam",
  },
  "fatherland-front-committee": {
    level: "any",
    parentId: "vietnam-fatherland-front",
    name: { vi: "Ủy ban Mặt trận Tổ quốc Việt Nam", en: "Vietnam Fatherland Front Committee" },
    source: "Luật Mặt trận Tổ quốc Việt Nam; provincial and commune committees",
    generic: true,
  },
  "vietnam-general-confederation-of-labour": {
    level: "central",
    parentId: "vietnam-fatherland-front",
    name: { vi: "Tổng Liên đoàn Lao động Việt Nam", en: "Vietnam General Confederation of Labour" },
    source: "60-NQ/TW (12/04/2025) and 203/2025/QH15: operates within the Vietnam Fatherland Front from 01/07/2025",
  },
  "vietnam-womens-union": {
    level: "central",
    parentId: "vietnam-fatherland-front",
    name: { vi: "Hội Liên hiệp Phụ nữ Việt Nam", en: "Vietnam Women's Union" },
    source: "60-NQ/TW (12/04/2025) and 203/2025/QH15: operates within the Vietnam Fatherland Front from 01/07/2025",
  },
  "vietnam-farmers-union": {
    level: "central",
    parentId: "vietnam-fatherland-front",
    name: { vi: "Hội Nông dân Việt Nam", en: "Vietnam Farmers' Union" },
    source: "60-NQ/TW (12/04/2025) and 203/2025/QH15: operates within the Vietnam Fatherland Front from 01/07/2025",
  },
  "vietnam-veterans-association": {
    level: "central",
    parentId: "vietnam-fatherland-front",
    name: { vi: "Hội Cựu chiến binh Việt Nam", en: "Vietnam Veterans' Association" },
    source: "60-NQ/TW (12/04/2025) and 203/2025/QH15: operates within the Vietnam Fatherland Front from 01/07/2025",
  },
  "ho-chi-minh-communist-youth-union": {
    level: "central",
    parentId: "vietnam-fatherland-front",
    name: { vi: "Đoàn Thanh niên Cộng sản Hồ Chí Minh", en: "Ho Chi Minh Communist Youth Union" },
    source: "60-NQ/TW (12/04/2025) and 203/2025/QH15: operates within the Vietnam Fatherland Front from 01/07/2025",
  },
});
