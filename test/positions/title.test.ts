import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatPositionTitle,
  type Post,
  parsePositionTitle,
  safeParsePositionTitle,
} from "../../src/positions/index.js";
import { PostSchema } from "../../src/zod/index.js";

const ASOF = { asOf: "2025-03-06" } as const;

/** The structured part of a post: what must be equal whatever the language it was written in. */
function facts(post: Post) {
  return [post.role, post.deputy, post.standing, post.organ?.organId, post.organ?.level, post.organ?.place?.code];
}

function parse(text: string) {
  return parsePositionTitle(text, ASOF).map(facts);
}

describe("parsePositionTitle", () => {
  it.each([
    ["Phó Bí thư Tỉnh ủy", [["secretary", true, false, "provincial-party-committee", "province", undefined]]],
    [
      "Deputy Secretary of the Provincial Party Committee",
      [["secretary", true, false, "provincial-party-committee", "province", undefined]],
    ],
    [
      "Standing Deputy Secretary of the Provincial Party Committee",
      [["secretary", true, true, "provincial-party-committee", "province", undefined]],
    ],
    [
      "Permanent Deputy Secretary of the Provincial Party Committee",
      [["secretary", true, true, "provincial-party-committee", "province", undefined]],
    ],
    [
      "Phó Bí thư Thường trực Tỉnh ủy",
      [["secretary", true, true, "provincial-party-committee", "province", undefined]],
    ],
    ["Tổng Bí thư", [["general-secretary", false, false, "party-central-committee", "central", undefined]]],
    [
      "Thường trực Ban Bí thư",
      [["secretariat-standing-member", false, false, "party-secretariat", "central", undefined]],
    ],
    [
      "Standing member of the Secretariat",
      [["secretariat-standing-member", false, false, "party-secretariat", "central", undefined]],
    ],
    [
      "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy",
      [["head", false, false, "provincial-inspection-commission", "province", undefined]],
    ],
    [
      "Chairman of the Provincial Party Committee's Inspection Commission",
      [["head", false, false, "provincial-inspection-commission", "province", undefined]],
    ],
    ["Chánh Văn phòng Trung ương Đảng", [["head", false, false, "party-central-office", "central", undefined]]],
    [
      "Chief of the Party Central Committee Office",
      [["head", false, false, "party-central-office", "central", undefined]],
    ],
    ["Bộ trưởng Bộ Tài chính", [["head", false, false, "ministry-of-finance", "central", undefined]]],
    ["Phó Trưởng đoàn Thường trực đoàn kiểm tra", [["head", true, true, "inspection-delegation", "any", undefined]]],
    [
      "Permanent Deputy Head of the Inspection Delegation",
      [["head", true, true, "inspection-delegation", "any", undefined]],
    ],
    ["Bí thư Tỉnh ủy Kon Tum", [["secretary", false, false, "provincial-party-committee", "province", "62"]]],
    [
      "Secretary of the Kon Tum Provincial Party Committee",
      [["secretary", false, false, "provincial-party-committee", "province", "62"]],
    ],
  ] as const)("%s", (text, expected) => {
    expect(parse(text)).toEqual(expected);
  });

  it("splits a title list into its posts", () => {
    expect(parse("Phó Bí thư Tỉnh ủy, Bí thư Đảng ủy UBND tỉnh, Chủ tịch UBND tỉnh")).toEqual([
      ["secretary", true, false, "provincial-party-committee", "province", undefined],
      ["secretary", false, false, "provincial-peoples-committee-party-committee", "province", undefined],
      ["head", false, false, "peoples-committee", "province", undefined],
    ]);
  });

  it("gives equal structured posts for the same titles in Vietnamese and English", () => {
    const pairs = [
      [
        "Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương",
        "Politburo member, Secretary of the Party Central Committee, Head of the Central Organization Commission",
      ],
      [
        "Ủy viên Ban Thường vụ Tỉnh ủy, Phó Bí thư Thường trực Đảng ủy UBND tỉnh, Phó Chủ tịch UBND tỉnh",
        "Member of the Provincial Party Standing Committee, Permanent Deputy Secretary of the Provincial People's Committee Party Committee, Vice Chairman of the Provincial People's Committee",
      ],
      [
        "Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        "Vice Chairman of the Central Committee of the Vietnam Fatherland Front",
      ],
      [
        "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy",
        "Member of the Party Central Committee, Secretary of the Provincial Party Committee",
      ],
      [
        "Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh",
        "Standing Deputy Secretary of the Provincial Party Committee, Chairman of the Provincial People's Council",
      ],
      ["Phó Trưởng Ban Tổ chức Trung ương", "Deputy Head of the Central Organizing Committee"],
    ] as const;
    for (const [vi, en] of pairs) expect(parse(vi), vi).toEqual(parse(en));
  });

  it("formats posts into the other language and reads them back to the same facts", () => {
    const titles = [
      "Phó Bí thư Tỉnh ủy Kon Tum",
      "Standing Deputy Secretary of the Provincial Party Committee",
      "Trưởng Ban Tổ chức Trung ương",
      "Ủy viên Bộ Chính trị",
      "Chủ tịch UBND tỉnh Kon Tum",
      "Chairman of the Provincial People's Council",
      "Bí thư Trung ương Đảng",
    ];
    for (const title of titles) {
      for (const post of parsePositionTitle(title, ASOF)) {
        for (const locale of ["vi", "en"] as const) {
          const formatted = formatPositionTitle(post, { locale });
          expect(parse(formatted), `${title} → ${formatted}`).toEqual([facts(post)]);
        }
      }
    }
    const [post] = parsePositionTitle("Phó Bí thư Tỉnh ủy Kon Tum", ASOF);
    expect(post && formatPositionTitle(post, { locale: "en" })).toBe(
      "Deputy Secretary of the Kon Tum Provincial Party Committee",
    );
  });

  it("keeps unknown titles and unknown organs as text, with a typed warning", () => {
    const result = safeParsePositionTitle("Bí thư Tỉnh ủy, Trưởng nhóm hợp xướng, Chủ tịch Hội Khánh tiết", ASOF);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.map((post) => [post.role, post.text])).toEqual([
      ["secretary", "Bí thư Tỉnh ủy"],
      ["unknown", "Trưởng nhóm hợp xướng"],
      ["head", "Chủ tịch Hội Khánh tiết"],
    ]);
    expect(result.data[2]?.organ).toBeUndefined();
    expect(result.warnings.map((issue) => issue.code)).toEqual(["UNKNOWN_TITLE", "UNKNOWN_ORGAN"]);
  });

  it("fails with a typed issue when nothing is a title, and throws in the throwing twin", () => {
    const result = safeParsePositionTitle("hôm nay trời đẹp");
    expect(result.success ? "" : result.error.code).toBe("UNKNOWN_TITLE");
    expect(safeParsePositionTitle(42).success ? "" : "INVALID_INPUT_TYPE").toBe("INVALID_INPUT_TYPE");
    expect(safeParsePositionTitle("  ").success).toBe(false);
    expect(() => parsePositionTitle("hôm nay trời đẹp")).toThrow();
  });

  it("validates parsed posts with PostSchema", () => {
    for (const post of parsePositionTitle("Phó Bí thư Tỉnh ủy Kon Tum, Chủ tịch UBND tỉnh", ASOF)) {
      expect(PostSchema.safeParse(post).success).toBe(true);
    }
  });

  fcTest.prop([fc.string({ unit: "binary" })])("safeParsePositionTitle never throws", (text) => {
    const result = safeParsePositionTitle(text);
    if (result.success)
      for (const post of result.data) expect(text.slice(post.span.start, post.span.end)).toBe(post.text);
  });
});
