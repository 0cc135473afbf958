import { describe, expectTypeOf, it } from "vitest";
import type { Issue, IssueCode, IssueCodeOf, Localized, Result } from "../../src/core/index.js";
import { CORE_ISSUE_MESSAGES, createIssueFrom, ok, type VnPolityError } from "../../src/core/index.js";

describe("core types", () => {
  it("Result narrows on success", () => {
    const result = ok(1) as Result<number>;
    if (result.success) {
      expectTypeOf(result.data).toEqualTypeOf<number>();
      expectTypeOf(result.warnings).toEqualTypeOf<readonly Issue[]>();
    } else {
      expectTypeOf(result.error).toEqualTypeOf<VnPolityError>();
    }
  });

  it("issue codes are a closed literal union", () => {
    expectTypeOf<"EMPTY_INPUT">().toExtend<IssueCode>();
    expectTypeOf<"NOT_A_CODE">().not.toExtend<IssueCode>();
    expectTypeOf<VnPolityError["code"]>().toEqualTypeOf<IssueCode>();
  });

  it("labels are readonly pairs", () => {
    expectTypeOf<Localized>().toEqualTypeOf<{ readonly vi: string; readonly en: string }>();
  });
});

describe("message tables", () => {
  it("createIssueFrom accepts only the codes of the tables given", () => {
    expectTypeOf<IssueCodeOf<typeof CORE_ISSUE_MESSAGES>>().toEqualTypeOf<
      "INVALID_INPUT_TYPE" | "EMPTY_INPUT" | "INPUT_TOO_LONG" | "INVALID_DATE_LIKE" | "INVALID_OPTION"
    >();
    createIssueFrom([CORE_ISSUE_MESSAGES], "EMPTY_INPUT");
    // @ts-expect-error: INVALID_NUMBER lives in the text module's table.
    createIssueFrom([CORE_ISSUE_MESSAGES], "INVALID_NUMBER");
  });
});
