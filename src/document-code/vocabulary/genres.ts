import type { Localized } from "../../core/index.js";

/*
 * Names of document genres, used by formatDocumentCode's "long" style and getDocumentGenre only (not by the
 * parser). Vietnamese names follow the genre lists of Quy định 399-QĐ/TW and Nghị định 30/2020/NĐ-CP
 * Phụ lục III; English names follow the usual renderings in the reference (§1.4, §2.2).
 */

/**
 * Vietnamese and English names of every document genre a type abbreviation can denote.
 *
 * @example
 * ```ts
 * DOCUMENT_GENRES["party-circular"]; // { vi: "Thông tri", en: "Circular" }
 * ```
 */
export const DOCUMENT_GENRES = /* @__PURE__ */ Object.freeze({
  resolution: { vi: "Nghị quyết", en: "Resolution" },
  decision: { vi: "Quyết định", en: "Decision" },
  regulation: { vi: "Quy định", en: "Regulation" },
  "personnel-decision": { vi: "Quyết định nhân sự", en: "Personnel Decision" },
  directive: { vi: "Chỉ thị", en: "Directive" },
  conclusion: { vi: "Kết luận", en: "Conclusion" },
  rules: { vi: "Quy chế", en: "Rules" },
  "party-circular": { vi: "Thông tri", en: "Circular" },
  circular: { vi: "Thông tư", en: "Circular" },
  "joint-circular": { vi: "Thông tư liên tịch", en: "Joint Circular" },
  "joint-resolution": { vi: "Nghị quyết liên tịch", en: "Joint Resolution" },
  guideline: { vi: "Hướng dẫn", en: "Guideline" },
  notice: { vi: "Thông báo", en: "Notice" },
  report: { vi: "Báo cáo", en: "Report" },
  submission: { vi: "Tờ trình", en: "Submission" },
  plan: { vi: "Kế hoạch", en: "Plan" },
  programme: { vi: "Chương trình", en: "Programme" },
  scheme: { vi: "Đề án", en: "Scheme" },
  option: { vi: "Phương án", en: "Plan Option" },
  project: { vi: "Dự án", en: "Project" },
  "official-letter": { vi: "Công văn", en: "Official Letter" },
  minutes: { vi: "Biên bản", en: "Minutes" },
  copy: { vi: "Bản sao", en: "Copy" },
  communique: { vi: "Thông cáo", en: "Communiqué" },
  planning: { vi: "Quy hoạch", en: "Planning" },
  invitation: { vi: "Giấy mời", en: "Invitation" },
  "introduction-letter": { vi: "Giấy giới thiệu", en: "Letter of Introduction" },
  certificate: { vi: "Giấy chứng nhận", en: "Certificate" },
  "leave-permit": { vi: "Giấy nghỉ phép", en: "Leave Permit" },
  contract: { vi: "Hợp đồng", en: "Contract" },
  telegram: { vi: "Công điện", en: "Official Telegram" },
  memorandum: { vi: "Bản ghi nhớ", en: "Memorandum of Understanding" },
  agreement: { vi: "Bản thỏa thuận", en: "Agreement" },
  authorisation: { vi: "Giấy ủy quyền", en: "Letter of Authorisation" },
  "dispatch-slip": { vi: "Phiếu gửi", en: "Dispatch Slip" },
  "transfer-slip": { vi: "Phiếu chuyển", en: "Transfer Slip" },
  "notification-slip": { vi: "Phiếu báo", en: "Notification Slip" },
  "true-copy": { vi: "Bản sao y", en: "True Copy" },
  "extract-copy": { vi: "Bản trích sao", en: "Extract Copy" },
  "transcript-copy": { vi: "Bản sao lục", en: "Transcript Copy" },
  decree: { vi: "Nghị định", en: "Decree" },
  law: { vi: "Luật", en: "Law" },
  order: { vi: "Lệnh", en: "Order" },
  ordinance: { vi: "Pháp lệnh", en: "Ordinance" },
  "consolidated-text": { vi: "Văn bản hợp nhất", en: "Consolidated Text" },
} as const satisfies Record<string, Localized>);

/**
 * Identifier of a document genre (what a type abbreviation denotes), such as `resolution` or `party-circular`.
 *
 * @example
 * ```ts
 * const genre: DocumentGenre = "decree";
 * ```
 */
export type DocumentGenre = keyof typeof DOCUMENT_GENRES;
