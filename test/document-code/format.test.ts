import { describe, expect, it } from "vitest";
import { VnPolityError } from "../../src/core/index.js";
import {
  type DocumentCodeStyle,
  formatDocumentCode,
  getDocumentCodeId,
  getDocumentGenre,
  getDocumentType,
  parseDocumentCode,
} from "../../src/document-code/index.js";

describe("formatDocumentCode", () => {
  it.for([
    ["30/2020/NĐ-CP", "canonical", "30/2020/NĐ-CP"],
    ["30/2020/NĐ-CP", "ascii", "30/2020/ND-CP"],
    ["30/2020/NĐ-CP", "slug", "30-2020-ND-CP"],
    ["57-NQ/TW", "slug", "57-NQ-TW"],
    ["08-QĐi/TW", "ascii", "08-QDi/TW"],
    ["89/NQ-HĐND", "slug", "89-NQ-HDND"],
  ] as const)("%s in style %s is %s", ([input, style, expected]) => {
    expect(formatDocumentCode(parseDocumentCode(input), { style: style as DocumentCodeStyle })).toBe(expected);
  });

  it.for([
    ["57-NQ/TW", "vi", "Nghị quyết số 57-NQ/TW"],
    ["57-NQ/TW", "en", "Resolution No. 57-NQ/TW"],
    ["30/2020/NĐ-CP", "en", "Decree No. 30/2020/NĐ-CP"],
    ["05-TT/TW", "vi", "Thông tri số 05-TT/TW"],
    ["05/2024/TT-BTC", "vi", "Thông tư số 05/2024/TT-BTC"],
    ["3954/UBND-VX", "vi", "Công văn số 3954/UBND-VX"],
    ["3954/UBND-VX", "en", "Official Letter No. 3954/UBND-VX"],
    ["64/2025/QH15", "vi", "Văn bản số 64/2025/QH15"],
    ["399-QĐ/TW", "en", "Document No. 399-QĐ/TW"],
    ["15-CP", "vi", "Văn bản số 15-CP"],
  ] as const)("%s in the long %s style is %s", ([input, locale, expected]) => {
    expect(formatDocumentCode(parseDocumentCode(input), { style: "long", locale })).toBe(expected);
  });

  it("names the genre the caller gives for types with several", () => {
    const code = parseDocumentCode("399-QĐ/TW");
    expect(formatDocumentCode(code, { style: "long", genre: "regulation" })).toBe("Quy định số 399-QĐ/TW");
    expect(formatDocumentCode(code, { style: "long", genre: "decision", locale: "en" })).toBe("Decision No. 399-QĐ/TW");
  });

  it("rejects unknown styles, locales and genres with INVALID_OPTION", () => {
    const code = parseDocumentCode("57-NQ/TW");
    for (const options of [{ style: "fancy" }, { locale: "fr" }, { style: "long", genre: "poem" }]) {
      expect(() => formatDocumentCode(code, options as never)).toThrow(VnPolityError);
    }
  });
});

describe("getDocumentCodeId", () => {
  it.for([
    ["57-NQ/TW", { date: "2024-12-22" }, "vn/party/tw/nq/khoa-xiii/57"],
    ["01-CT/TW", { date: "2026-01-23" }, "vn/party/tw/ct/khoa-xiv/1"],
    ["57-NQ/TW", { term: 13 }, "vn/party/tw/nq/khoa-xiii/57"],
    ["57-NQ/TW", {}, "vn/party/tw/nq/57"],
    ["30/2020/NĐ-CP", {}, "vn/state/cp/ndd/2020/30"],
    ["64/2025/QH15", {}, "vn/state/qh15/2025/64"],
    ["3954/UBND-VX", { date: "2025-05-01" }, "vn/state/ubnd-vx/nam-2025/3954"],
    ["123/QĐ-UBND", { date: new Date(2024, 0, 5) }, "vn/state/ubnd/qdd/nam-2024/123"],
    ["163/2013/TTLT-BTC-BNV", {}, "vn/state/btc-bnv/ttlt/2013/163"],
  ] as const)("%s %j → %s", ([input, options, expected]) => {
    expect(getDocumentCodeId(parseDocumentCode(input), options)).toBe(expected);
  });

  it("keeps HĐ (contract) and HD (guideline) apart", () => {
    const contract = getDocumentCodeId(parseDocumentCode("10/HĐ-UBND"), { date: "2025-01-01" });
    const guideline = getDocumentCodeId(parseDocumentCode("10/HD-UBND"), { date: "2025-01-01" });
    expect(contract).not.toBe(guideline);
  });

  it("keeps a normative code and an individual act of the same number and year apart", () => {
    const normative = getDocumentCodeId(parseDocumentCode("15/2025/QĐ-TTg"));
    const individual = getDocumentCodeId(parseDocumentCode("15/QĐ-TTg"), { date: "2025-02-01" });
    expect(normative).not.toBe(individual);
  });

  it("throws INVALID_DATE_LIKE for a date that is not one", () => {
    expect(() => getDocumentCodeId(parseDocumentCode("57-NQ/TW"), { date: "soon" })).toThrow(VnPolityError);
  });
});

describe("getDocumentType and getDocumentGenre", () => {
  it("tells the Party's thông tri from the State's thông tư", () => {
    expect(getDocumentType("TT", "party")?.names[0]?.vi).toBe("Thông tri");
    expect(getDocumentType("TT", "state")?.names[0]?.vi).toBe("Thông tư");
  });

  it("gives both genres of the Party's QĐ and the issuers a decree may come from", () => {
    expect(getDocumentType("QĐ", "party")?.genres).toEqual(["decision", "regulation"]);
    expect(getDocumentType("NĐ", "state")?.issuers).toEqual(["CP", "HĐBT"]);
  });

  it("knows no type TTg, and no State type QĐi", () => {
    expect(getDocumentType("TTg", "state")).toBeUndefined();
    expect(getDocumentType("QĐi", "state")).toBeUndefined();
    expect(getDocumentType(5 as unknown as string, "state")).toBeUndefined();
  });

  it("names genres", () => {
    expect(getDocumentGenre("decree")).toEqual({ vi: "Nghị định", en: "Decree" });
    expect(getDocumentGenre("poem")).toBeUndefined();
    expect(getDocumentGenre("toString")).toBeUndefined();
  });
});
