import { describe, expect, it } from "vitest";
import { parseDocumentCode } from "../../src/document-code/index.js";
import { CanonicalDocumentCodeSchema, DocumentCodeRecordSchema, DocumentCodeSchema } from "../../src/zod/index.js";

describe("DocumentCodeSchema", () => {
  it("parses and repairs a code string into a DocumentCode", () => {
    expect(DocumentCodeSchema.parse("89/NQ-HDND").canonical).toBe("89/NQ-HĐND");
  });

  it("fails with the issue code in the message", () => {
    const result = DocumentCodeSchema.safeParse("hello");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/^INVALID_CODE_SHAPE: /);
    expect(DocumentCodeSchema.safeParse(42).success).toBe(false);
  });
});

describe("CanonicalDocumentCodeSchema", () => {
  it("accepts canonical codes only", () => {
    expect(CanonicalDocumentCodeSchema.parse("30/2020/NĐ-CP")).toBe("30/2020/NĐ-CP");
    const result = CanonicalDocumentCodeSchema.safeParse("30/2020/ND-CP");
    expect(result.error?.issues[0]?.message).toMatch(/^DIACRITICS_REPAIRED: /);
  });
});

describe("DocumentCodeRecordSchema", () => {
  it("accepts parsed codes and agrees with the parser", () => {
    for (const input of ["57-NQ/TW", "30/2020/NĐ-CP", "3954/UBND-VX", "64/2025/QH15", "23-L/CTN"]) {
      expect(DocumentCodeRecordSchema.safeParse(parseDocumentCode(input)).success, input).toBe(true);
    }
  });

  it("rejects records that disagree with their canonical code", () => {
    const record = { ...parseDocumentCode("57-NQ/TW"), number: 58 };
    expect(DocumentCodeRecordSchema.safeParse(record).success).toBe(false);
  });
});
