import type { Locale } from "../core/index.js";
import { formatOrgan, getOrgan } from "../organs/index.js";
import type { Post } from "./types.js";

interface Words {
  readonly vi: string;
  readonly viDeputy: string;
  readonly en: string;
  readonly enDeputy: string;
}

// The word for "head" depends on the organ (reference §4): Trưởng ban, Chủ nhiệm, Chánh, Chủ tịch, Bộ trưởng…
const HEAD_WORDS: Readonly<Record<string, Words>> = {
  commission: { vi: "Trưởng", viDeputy: "Phó Trưởng", en: "Head", enDeputy: "Deputy Head" },
  inspection: { vi: "Chủ nhiệm", viDeputy: "Phó Chủ nhiệm", en: "Chairman", enDeputy: "Vice Chairman" },
  office: { vi: "Chánh", viDeputy: "Phó Chánh", en: "Chief", enDeputy: "Deputy Chief" },
  chair: { vi: "Chủ tịch", viDeputy: "Phó Chủ tịch", en: "Chairman", enDeputy: "Vice Chairman" },
  ministry: { vi: "Bộ trưởng", viDeputy: "Thứ trưởng", en: "Minister", enDeputy: "Deputy Minister" },
  department: { vi: "Giám đốc", viDeputy: "Phó Giám đốc", en: "Director", enDeputy: "Deputy Director" },
  delegation: { vi: "Trưởng", viDeputy: "Phó Trưởng", en: "Head", enDeputy: "Deputy Head" },
  government: { vi: "Thủ tướng", viDeputy: "Phó Thủ tướng", en: "Prime Minister", enDeputy: "Deputy Prime Minister" },
  president: { vi: "Chủ tịch nước", viDeputy: "Phó Chủ tịch nước", en: "State President", enDeputy: "Vice President" },
};

function headClass(organId: string | undefined): string {
  if (organId === undefined) return "chair";
  if (organId === "government") return "government";
  if (organId === "state-president") return "president";
  if (organId.includes("inspection-commission")) return "inspection";
  if (organId.includes("office")) return "office";
  if (organId.startsWith("ministry-")) return "ministry";
  if (organId === "provincial-department") return "department";
  if (organId.includes("delegation")) return "delegation";
  if (organId.includes("commission")) return "commission";
  return "chair";
}

const ROLE_WORDS: Readonly<Record<string, Words>> = {
  secretary: { vi: "Bí thư", viDeputy: "Phó Bí thư", en: "Secretary", enDeputy: "Deputy Secretary" },
  member: { vi: "Ủy viên", viDeputy: "Ủy viên", en: "Member", enDeputy: "Member" },
  "alternate-member": {
    vi: "Ủy viên dự khuyết",
    viDeputy: "Ủy viên dự khuyết",
    en: "Alternate Member",
    enDeputy: "Alternate Member",
  },
};

// Posts whose words name the organ themselves.
const WHOLE: Readonly<Record<string, { vi: string; en: string }>> = {
  "general-secretary": { vi: "Tổng Bí thư", en: "General Secretary" },
  "secretariat-member": { vi: "Bí thư Trung ương Đảng", en: "Secretary of the Party Central Committee" },
  "secretariat-standing-member": { vi: "Thường trực Ban Bí thư", en: "Standing member of the Secretariat" },
};

function roleWords(post: Post, locale: Locale): string {
  const organId = post.organ?.organId;
  const words = post.role === "head" ? HEAD_WORDS[headClass(organId)] : ROLE_WORDS[post.role];
  if (words === undefined) return post.text;
  if (locale === "vi") {
    const base = post.deputy ? words.viDeputy : words.vi;
    return post.standing ? `${base} Thường trực` : base;
  }
  const base = post.deputy ? words.enDeputy : words.en;
  return post.standing ? `Standing ${base}` : base;
}

/**
 * Renders a post in Vietnamese or English, whatever language it was read from: "Phó Bí thư Thường trực Tỉnh ủy
 * Kon Tum" ⇄ "Standing Deputy Secretary of the Kon Tum Provincial Party Committee". An `unknown` post gives its
 * text back unchanged.
 *
 * @example
 * ```ts
 * formatPositionTitle({ role: "secretary", deputy: true, standing: false, organ: { organId: "provincial-party-committee" }, text: "", span: { start: 0, end: 0 } }, { locale: "en" });
 * // "Deputy Secretary of the Provincial Party Committee"
 * ```
 */
export function formatPositionTitle(post: Post, options: { readonly locale?: Locale } = {}): string {
  const locale: Locale = options?.locale === "en" ? "en" : "vi";
  if (post === null || typeof post !== "object" || post.role === "unknown") return String(post?.text ?? "");
  const whole = WHOLE[post.role];
  if (whole !== undefined) return whole[locale];
  const organId = post.organ?.organId;
  if (
    post.role === "head" &&
    (organId === "government" || organId === "state-president") &&
    post.organ?.place === undefined
  ) {
    return roleWords(post, locale);
  }
  const words = roleWords(post, locale);
  if (post.organ === undefined || getOrgan(post.organ.organId) === undefined) return words;
  const organ = formatOrgan(post.organ, { locale });
  if (locale === "vi") return `${words} ${organ}`;
  if (post.organ.organId === "politburo" && post.role === "member") return "Politburo member";
  if (post.role === "head" && organId?.startsWith("ministry-") === true)
    return `${words} ${organ.replace(/^Ministry /u, "")}`;
  const article = "the ";
  return `${words} of ${article}${organ}`;
}
