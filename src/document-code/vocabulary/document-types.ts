/*
 * Document-type abbreviations, per numbering system. Value = genres (space-separated ids of DOCUMENT_GENRES),
 * then optionally "|" and the issuers allowed to issue the type ("+" = needs two or more joint issuers).
 * Kept as compact strings because parseDocumentCode bundles them; lookup.ts expands them once, on first use.
 *
 * Party sources: Quy định 66-QĐ/TW (2017) and 399-QĐ/TW (09/01/2026) genre lists; Hướng dẫn 36-HD/VPTW (2018)
 * abbreviations (via wp37/vbdang references/bang_viet_tat_dang.md); QĐi in 08-QĐi/TW, QĐNS in 06-QĐNS/TW,
 * BS in 24-BS/UBKTTU, BB in 18-BB/ĐH. Marked unverified in the reference, kept leniently: TC, QH, PA, DA, GM,
 * GGT, GCN, GNP. See /shared/domain/reference.md §1.4.
 * State sources: Nghị định 30/2020/NĐ-CP Phụ lục III (administrative types); the 2011 forms GN, TTh, UQ, NP of
 * Thông tư 01/2011/TT-BNV still found in older codes; Luật 64/2025/QH15 Điều 4 and earlier practice for
 * normative types (NĐ, TT, TTLT, NQLT, L, PL, VBHN) and historical LCT (10-LCT/HĐNN7). Reference §2.2, §2.3.
 */

/**
 * Party document types: abbreviation → genres.
 *
 * @example
 * ```ts
 * PARTY_DOCUMENT_TYPES["QĐ"]; // "decision regulation"
 * ```
 */
export const PARTY_DOCUMENT_TYPES: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({
  NQ: "resolution",
  QĐ: "decision regulation",
  QĐi: "regulation",
  QĐNS: "personnel-decision",
  CT: "directive",
  KL: "conclusion",
  QC: "rules",
  TT: "party-circular",
  HD: "guideline",
  TB: "notice",
  BC: "report",
  TTr: "submission",
  KH: "plan",
  CTr: "programme",
  ĐA: "scheme",
  PA: "option",
  DA: "project",
  CV: "official-letter",
  BB: "minutes",
  BS: "copy",
  TC: "communique",
  QH: "planning",
  GM: "invitation",
  GGT: "introduction-letter",
  GCN: "certificate",
  GNP: "leave-permit",
});

/**
 * State document types: abbreviation → genres, then `|` and the issuers allowed (`+`: joint issuers).
 *
 * @example
 * ```ts
 * STATE_DOCUMENT_TYPES["NĐ"]; // "decree|CP HĐBT"
 * ```
 */
export const STATE_DOCUMENT_TYPES: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({
  NQ: "resolution",
  QĐ: "decision",
  CT: "directive",
  QC: "rules",
  QyĐ: "regulation",
  TC: "communique",
  TB: "notice",
  HD: "guideline",
  CTr: "programme",
  KH: "plan",
  PA: "option",
  ĐA: "scheme",
  DA: "project",
  BC: "report",
  BB: "minutes",
  TTr: "submission",
  HĐ: "contract",
  CĐ: "telegram",
  BGN: "memorandum",
  BTT: "agreement",
  GUQ: "authorisation",
  GM: "invitation",
  GGT: "introduction-letter",
  GNP: "leave-permit",
  PG: "dispatch-slip",
  PC: "transfer-slip",
  PB: "notification-slip",
  SY: "true-copy",
  TrS: "extract-copy",
  SL: "transcript-copy",
  GN: "memorandum",
  TTh: "agreement",
  UQ: "authorisation",
  NP: "leave-permit",
  NĐ: "decree|CP HĐBT",
  TT: "circular",
  TTLT: "joint-circular|+",
  NQLT: "joint-resolution|+",
  L: "order|CTN",
  LCT: "order|CTN HĐNN",
  PL: "ordinance|UBTVQH HĐNN",
  VBHN: "consolidated-text",
});
