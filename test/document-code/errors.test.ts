import { describe, expect, it } from "vitest";
import { type IssueCode, VnPolityError } from "../../src/core/index.js";
import {
  isValidDocumentCode,
  normalizeDocumentCode,
  type ParseDocumentCodeOptions,
  parseDocumentCode,
  safeParseDocumentCode,
} from "../../src/document-code/index.js";

function errorOf(input: unknown, options?: unknown): IssueCode | "accepted" {
  const result = safeParseDocumentCode(input, options as ParseDocumentCodeOptions);
  return result.success ? "accepted" : result.error.code;
}

describe("input errors", () => {
  it.for([42, null, undefined, {}, ["57-NQ/TW"], Symbol("x")])("rejects %s with INVALID_INPUT_TYPE", (input) => {
    expect(errorOf(input)).toBe("INVALID_INPUT_TYPE");
  });

  it.for(["", "   ", "\t\n", "\u200b"])("rejects %j with EMPTY_INPUT", (input) => {
    expect(errorOf(input)).toBe("EMPTY_INPUT");
  });

  it("rejects very long input with INPUT_TOO_LONG, quickly and without throwing", () => {
    expect(errorOf("1".repeat(300))).toBe("INPUT_TOO_LONG");
    expect(errorOf(`57-NQ/${"T".repeat(10_000_000)}`)).toBe("INPUT_TOO_LONG");
  });
});

describe("option errors", () => {
  it.for([
    [{ mode: "loose" }, "INVALID_OPTION"],
    [{ locale: "fr" }, "INVALID_OPTION"],
    [5, "INVALID_OPTION"],
    ["strict", "INVALID_OPTION"],
    [{ asOf: "2025-13-01" }, "INVALID_DATE_LIKE"],
    [{ asOf: new Date(Number.NaN) }, "INVALID_DATE_LIKE"],
    [{ date: "yesterday" }, "INVALID_DATE_LIKE"],
  ] as const)("options %j → %s", ([options, code]) => {
    expect(errorOf("57-NQ/TW", options)).toBe(code);
  });

  it("survives options whose getters throw", () => {
    const options = new Proxy(
      {},
      {
        get() {
          throw new Error("boom");
        },
      },
    );
    expect(errorOf("57-NQ/TW", options)).toBe("INVALID_OPTION");
  });

  it("treats null options as no options", () => {
    expect(errorOf("57-NQ/TW", null)).toBe("accepted");
  });
});

describe("shape errors", () => {
  it.for([
    ["hello", "INVALID_CODE_SHAPE"],
    ["NQ/TW", "INVALID_CODE_SHAPE"],
    ["57", "INVALID_CODE_SHAPE"],
    ["57-NQ", "INVALID_CODE_SHAPE"],
    ["57--NQ/TW", "INVALID_CODE_SHAPE"],
    ["57-NQ/TW.", "INVALID_CODE_SHAPE"],
    ["57NQ/TW", "INVALID_CODE_SHAPE"],
    ["Xin chào 57-NQ/TW", "INVALID_CODE_SHAPE"],
    ["57-NQ/TW ngày 22/12/2024", "INVALID_CODE_SHAPE"],
    ["30/2020", "INVALID_CODE_SHAPE"],
    ["30/2020/TT", "INVALID_CODE_SHAPE"],
    ["30/2020/NQ-CP/2021", "INVALID_CODE_SHAPE"],
    ["12/TU", "INVALID_CODE_SHAPE"],
    ["12/TU-VP", "INVALID_CODE_SHAPE"],
    ["12-ABC", "INVALID_CODE_SHAPE"],
    ["57-NQ/TW\ud800", "INVALID_CODE_SHAPE"],
    ["57-NQ/\u0000TW", "INVALID_CODE_SHAPE"],
    ["0-NQ/TW", "INVALID_CODE_NUMBER"],
    ["00/QĐ-UBND", "INVALID_CODE_NUMBER"],
    ["1234567890/QĐ-UBND", "INVALID_CODE_NUMBER"],
    ["30/20/NĐ-CP", "INVALID_CODE_YEAR"],
    ["30/1900/NĐ-CP", "INVALID_CODE_YEAR"],
    ["30/02020/NĐ-CP", "INVALID_CODE_YEAR"],
  ] as const)("%j → %s", ([input, code]) => {
    expect(errorOf(input)).toBe(code);
    expect(errorOf(input, { mode: "strict" })).toBe(code);
  });

  it("points a shape error's span at the offending part of the input", () => {
    const input = "Xin chào 57-NQ/TW";
    const result = safeParseDocumentCode(input);
    if (result.success) expect.fail("accepted");
    const span = result.error.issues[0]?.span;
    expect(span && input.slice(span.start, span.end)).toBe("Xin chào ");
  });
});

describe("vocabulary warnings (the code is still accepted)", () => {
  it.for([
    ["57-NX/TW", "UNKNOWN_DOCUMENT_TYPE", "NQ", "NX"],
    ["12/QĐ-UBNN", "UNKNOWN_ISSUER", "UBND", "UBNN"],
    ["12/QĐ-BKHDTT", "UNKNOWN_ISSUER", "BKHĐT", "BKHDTT"],
    ["123/STC-QLNS", "UNKNOWN_ISSUER", "BTC", "STC"],
    ["123/XQZWV-QLNS", "UNKNOWN_ISSUER", undefined, "XQZWV"],
  ] as const)("%s warns %s with hint %s", ([input, code, hint, spanText]) => {
    for (const mode of ["lenient", "strict"] as const) {
      const result = safeParseDocumentCode(input, { mode });
      if (!result.success) expect.fail(result.error.code);
      const warning = result.warnings.find((issue) => issue.code === code);
      expect(warning?.hint).toBe(hint);
      expect(warning?.span && input.slice(warning.span.start, warning.span.end)).toBe(spanText);
    }
  });

  it("keeps an unknown type and issuer as written", () => {
    const code = parseDocumentCode("12-QĐ/XYZ");
    expect([code.type, code.issuer, code.issuers[0]?.organIds]).toEqual(["QĐ", "XYZ", undefined]);
  });
});

describe("throwing twins", () => {
  it("parseDocumentCode throws a VnPolityError carrying the code", () => {
    try {
      parseDocumentCode("hello");
      expect.fail("did not throw");
    } catch (error) {
      expect(error).toBeInstanceOf(VnPolityError);
      expect((error as VnPolityError).code).toBe("INVALID_CODE_SHAPE");
    }
  });

  it("throws for non-string input too", () => {
    expect(() => parseDocumentCode(42 as unknown as string)).toThrow(VnPolityError);
    expect(() => normalizeDocumentCode(42 as unknown as string)).toThrow(VnPolityError);
  });

  it("writes messages in the requested locale", () => {
    const vi = safeParseDocumentCode("hello");
    const en = safeParseDocumentCode("hello", { locale: "en" });
    if (vi.success || en.success) expect.fail("accepted");
    expect(en.error.message).toMatch(/shape of a document number/);
    expect(vi.error.message).toMatch(/số và ký hiệu/);
    const warned = safeParseDocumentCode("30/2020/ND-CP", { locale: "en" });
    expect(warned.success && warned.warnings[0]?.message).toMatch(/diacritics/);
  });

  it("isValidDocumentCode agrees with safeParseDocumentCode on every case above", () => {
    for (const input of ["57-NQ/TW", "hello", "", 42, "30/2020/ND-CP", "30/2027/NĐ-CP", "12/QĐ-UBNN"]) {
      for (const options of [undefined, { mode: "strict" } as const, { asOf: "2020-01-01" }]) {
        expect(isValidDocumentCode(input, options)).toBe(safeParseDocumentCode(input, options).success);
      }
    }
  });
});
