/*
 * Role words of Vietnamese and English titles (reference §4; 03/2009/TT-BNG; VNA/VNS usage in the seed
 * articles). A title is a role applied to an organ and a place; the organ is read by the organ module, so these
 * rows hold only the role words. `head` is the head of whatever organ follows (Trưởng ban, Chủ nhiệm, Chánh,
 * Chủ tịch, Bộ trưởng, Giám đốc, Trưởng đoàn / Head, Chairman, Chief, Minister, Director). Rows whose phrase
 * already names the organ ("Tổng Bí thư", "Politburo member") carry it and take no organ after them.
 */

/**
 * The role part of a post. `head` is the head of the organ the title names, whatever the word for it.
 *
 * @example
 * ```ts
 * const role: RoleId = "secretary"; // Bí thư
 * ```
 */
export type RoleId =
  | "head"
  | "secretary"
  | "member"
  | "alternate-member"
  | "general-secretary"
  | "secretariat-member"
  | "secretariat-standing-member"
  | "unknown";

/**
 * One row of {@link ROLE_PHRASES}: phrases (`|`-separated), role, flags (`d` deputy, `s` standing, `f` the organ
 * is part of the phrase), and the organ the phrase names or implies ("" for none).
 *
 * @example
 * ```ts
 * const row: RolePhraseRow = ["Phó Bí thư", "secretary", "d", ""];
 * ```
 */
export type RolePhraseRow = readonly [phrases: string, role: RoleId, flags: string, organId: string];

/**
 * Role words in Vietnamese and English.
 *
 * @example
 * ```ts
 * ROLE_PHRASES.find(([phrases]) => phrases.startsWith("Bí thư|"))?.[1]; // "secretary"
 * ```
 */
export const ROLE_PHRASES: readonly RolePhraseRow[] = /* @__PURE__ */ Object.freeze<RolePhraseRow[]>([
  // Vietnamese
  ["Bí thư", "secretary", "", ""],
  ["Phó Bí thư", "secretary", "d", ""],
  ["Phó Bí thư Thường trực|Phó Bí thư thường trực", "secretary", "ds", ""],
  ["Tổng Bí thư", "general-secretary", "", "party-central-committee"],
  [
    "Bí thư Trung ương Đảng|Bí thư Trung ương|Bí thư TW Đảng|Bí thư TƯ Đảng",
    "secretariat-member",
    "f",
    "party-secretariat",
  ],
  ["Thường trực Ban Bí thư", "secretariat-standing-member", "f", "party-secretariat"],
  ["Ủy viên", "member", "", ""],
  ["Ủy viên dự khuyết", "alternate-member", "", ""],
  ["Tỉnh ủy viên|Thành ủy viên", "member", "f", "provincial-party-committee"],
  ["Ủy viên Trung ương Đảng|Ủy viên Trung ương|Ủy viên TW Đảng", "member", "f", "party-central-committee"],
  [
    "Trưởng|Trưởng ban|Trưởng Ban|Trưởng đoàn|Chủ nhiệm|Chánh|Chủ tịch|Giám đốc|Bộ trưởng|Chánh án|Viện trưởng",
    "head",
    "",
    "",
  ],
  [
    "Phó Trưởng|Phó Trưởng ban|Phó Trưởng đoàn|Phó Chủ nhiệm|Phó Chánh|Phó Chủ tịch|Phó Giám đốc|Thứ trưởng|Phó Chánh án|Phó Viện trưởng",
    "head",
    "d",
    "",
  ],
  [
    "Phó Trưởng ban Thường trực|Phó Trưởng Ban Thường trực|Phó Trưởng đoàn Thường trực|Phó Trưởng đoàn thường trực|Phó Chủ nhiệm Thường trực|Phó Chủ tịch Thường trực|Phó Chủ tịch thường trực|Thứ trưởng Thường trực",
    "head",
    "ds",
    "",
  ],
  ["Chủ tịch nước", "head", "f", "state-president"],
  ["Phó Chủ tịch nước", "head", "df", "state-president"],
  ["Thủ tướng|Thủ tướng Chính phủ", "head", "f", "government"],
  ["Phó Thủ tướng|Phó Thủ tướng Chính phủ", "head", "df", "government"],
  ["Phó Thủ tướng Thường trực|Phó Thủ tướng thường trực", "head", "dsf", "government"],
  // English
  ["Secretary|Party Secretary", "secretary", "", ""],
  ["Deputy Secretary|Vice Secretary", "secretary", "d", ""],
  [
    "Standing Deputy Secretary|Permanent Deputy Secretary|Standing Vice Secretary|Permanent Vice Secretary",
    "secretary",
    "ds",
    "",
  ],
  ["General Secretary|Party General Secretary|Party Chief", "general-secretary", "", "party-central-committee"],
  [
    "Secretary of the Party Central Committee|Secretary of the CPV Central Committee|Secretary of the Central Committee|Party Central Committee Secretary",
    "secretariat-member",
    "f",
    "party-secretariat",
  ],
  [
    "Standing member of the Secretariat|Permanent member of the Secretariat|Standing member of the Party Central Committee's Secretariat|Permanent member of the Party Central Committee's Secretariat",
    "secretariat-standing-member",
    "f",
    "party-secretariat",
  ],
  ["Member", "member", "", ""],
  ["Alternate Member", "alternate-member", "", ""],
  ["Politburo member|Politburo Member|member of the Politburo", "member", "f", "politburo"],
  [
    "Party Central Committee member|member of the Party Central Committee|Central Committee member",
    "member",
    "f",
    "party-central-committee",
  ],
  ["Provincial Party Committee member", "member", "f", "provincial-party-committee"],
  [
    "Provincial Party Secretary|Provincial Party Committee Secretary|Provincial Party Chief",
    "secretary",
    "f",
    "provincial-party-committee",
  ],
  [
    "Head|Chairman|Chairwoman|Chairperson|Chair|Chief|Director|Minister|Chief Justice|Prosecutor General",
    "head",
    "",
    "",
  ],
  [
    "Deputy Head|Vice Head|Vice Chairman|Vice Chairwoman|Vice Chairperson|Vice Chair|Deputy Chairman|Deputy Chairwoman|Deputy Chief|Deputy Director|Deputy Minister|Vice Minister",
    "head",
    "d",
    "",
  ],
  [
    "Standing Deputy Head|Permanent Deputy Head|Standing Vice Chairman|Permanent Vice Chairman|Standing Vice Chairwoman|Permanent Vice Chairwoman|Standing Deputy Chairman|Permanent Deputy Chairman|Standing Deputy Minister|Permanent Deputy Minister",
    "head",
    "ds",
    "",
  ],
  ["President|State President", "head", "f", "state-president"],
  ["Vice President|State Vice President", "head", "df", "state-president"],
  ["Prime Minister", "head", "f", "government"],
  ["Deputy Prime Minister", "head", "df", "government"],
  ["Permanent Deputy Prime Minister|Standing Deputy Prime Minister", "head", "dsf", "government"],
]);
