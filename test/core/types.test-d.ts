import { describe, expectTypeOf, it } from "vitest";
import type { Issue, IssueCode, Localized, Result } from "../../src/core/index.js";
import { ok, type VnPolityError } from "../../src/core/index.js";

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
