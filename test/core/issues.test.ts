import { describe, expect, it } from "vitest";
import {
  createIssue,
  fail,
  getIssueMessage,
  ISSUE_CODES,
  isIssueCode,
  ok,
  pickLabel,
  sliceSpan,
  unwrap,
  VnPolityError,
} from "../../src/core/index.js";

describe("issue codes", () => {
  it("are unique, upper snake case and frozen", () => {
    expect(new Set(ISSUE_CODES).size).toBe(ISSUE_CODES.length);
    for (const code of ISSUE_CODES) expect(code).toMatch(/^[A-Z][A-Z0-9_]*$/);
    expect(Object.isFrozen(ISSUE_CODES)).toBe(true);
  });

  it("each have a message in both locales, ending with a full stop", () => {
    for (const code of ISSUE_CODES) {
      const message = getIssueMessage(code);
      expect(message.vi.length).toBeGreaterThan(5);
      expect(message.en.length).toBeGreaterThan(5);
      expect(message.en).toMatch(/\.$/);
      expect(message.vi).toMatch(/\.$/);
    }
  });

  it("recognises only known codes", () => {
    expect(isIssueCode("EMPTY_INPUT")).toBe(true);
    expect(isIssueCode("toString")).toBe(false);
    expect(isIssueCode(3)).toBe(false);
  });
});

describe("createIssue", () => {
  it("localises the message and keeps span and hint", () => {
    const issue = createIssue("EMPTY_INPUT", { locale: "en", span: { start: 0, end: 0 }, hint: "type a code" });
    expect(issue).toEqual({
      code: "EMPTY_INPUT",
      message: "The input is empty.",
      span: { start: 0, end: 0 },
      hint: "type a code",
    });
    expect(createIssue("EMPTY_INPUT").message).toBe("Đầu vào rỗng.");
  });

  it("omits absent optional fields (exactOptionalPropertyTypes friendly)", () => {
    expect(Object.keys(createIssue("INVALID_NUMBER"))).toEqual(["code", "message"]);
  });
});

describe("VnPolityError and Result", () => {
  it("carries the first issue's code and message and every issue", () => {
    const first = createIssue("INVALID_NUMBER", { locale: "en" });
    const second = createIssue("AMBIGUOUS_NUMBER", { locale: "en" });
    const error = new VnPolityError([first, second]);
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(VnPolityError);
    expect(error.name).toBe("VnPolityError");
    expect(error.code).toBe("INVALID_NUMBER");
    expect(error.message).toBe(first.message);
    expect(error.issues).toEqual([first, second]);
    expect(Object.isFrozen(error.issues)).toBe(true);
  });

  it("recognises errors branded by another copy of the class (ESM/CJS dual package)", () => {
    const foreign = new Error("copy");
    Object.defineProperty(foreign, Symbol.for("vnpolity.VnPolityError"), { value: true });
    expect(foreign instanceof VnPolityError).toBe(true);
    expect(new Error("plain") instanceof VnPolityError).toBe(false);
    expect((null as unknown) instanceof VnPolityError).toBe(false);
  });

  it("ok, fail and unwrap compose", () => {
    expect(ok(3)).toEqual({ success: true, data: 3, warnings: [] });
    expect(unwrap(ok("x"))).toBe("x");
    const failed = fail(createIssue("EMPTY_INPUT"));
    expect(failed.success).toBe(false);
    expect(() => unwrap(failed)).toThrow(VnPolityError);
  });
});

describe("labels and spans", () => {
  it("picks a label by locale, Vietnamese by default", () => {
    const label = { vi: "Quốc hội", en: "National Assembly" };
    expect(pickLabel(label)).toBe("Quốc hội");
    expect(pickLabel(label, "en")).toBe("National Assembly");
  });

  it("slices a span from the original input", () => {
    expect(sliceSpan("Số 12/2025/QH15", { start: 3, end: 15 })).toBe("12/2025/QH15");
  });
});
