import { describe, expect, it } from "vitest";
import {
  CORE_ISSUE_MESSAGES,
  createIssue,
  createIssueFrom,
  DOCUMENT_CODE_ISSUE_MESSAGES,
  findIssueMessage,
  getIssueMessage,
  ISSUE_CODES,
  type IssueMessages,
  TEXT_REPAIR_ISSUE_MESSAGES,
} from "../../src/core/index.js";
// Tables no module outside core uses yet are not exported from core; read them from their files.
import { ADMIN_UNIT_ISSUE_MESSAGES } from "../../src/core/messages/admin-units.js";
import { EXTRACT_ISSUE_MESSAGES } from "../../src/core/messages/extract.js";
import { INDICATOR_ISSUE_MESSAGES } from "../../src/core/messages/indicators.js";
import { MEETING_ISSUE_MESSAGES } from "../../src/core/messages/meetings.js";
import { POSITION_ISSUE_MESSAGES } from "../../src/core/messages/positions.js";
import { TEXT_CHARACTER_ISSUE_MESSAGES, TEXT_ISSUE_MESSAGES } from "../../src/core/messages/text.js";

// Every module's table, in the order ISSUE_CODES lists them.
const TABLES: readonly IssueMessages[] = [
  CORE_ISSUE_MESSAGES,
  TEXT_CHARACTER_ISSUE_MESSAGES,
  TEXT_REPAIR_ISSUE_MESSAGES,
  TEXT_ISSUE_MESSAGES,
  DOCUMENT_CODE_ISSUE_MESSAGES,
  ADMIN_UNIT_ISSUE_MESSAGES,
  POSITION_ISSUE_MESSAGES,
  INDICATOR_ISSUE_MESSAGES,
  MEETING_ISSUE_MESSAGES,
  EXTRACT_ISSUE_MESSAGES,
];

describe("per-module message tables", () => {
  it("are frozen, disjoint, and together list exactly ISSUE_CODES in order", () => {
    for (const table of TABLES) expect(Object.isFrozen(table)).toBe(true);
    expect(TABLES.flatMap((table) => Object.keys(table))).toEqual([...ISSUE_CODES]);
  });

  it("give each code the message getIssueMessage returns", () => {
    for (const table of TABLES) {
      for (const [code, message] of Object.entries(table)) {
        expect(getIssueMessage(code as keyof typeof table)).toBe(message);
      }
    }
  });
});

describe("findIssueMessage", () => {
  it("finds a code in the first table that holds it", () => {
    expect(findIssueMessage([TEXT_REPAIR_ISSUE_MESSAGES, CORE_ISSUE_MESSAGES], "EMPTY_INPUT")).toBe(
      CORE_ISSUE_MESSAGES.EMPTY_INPUT,
    );
  });

  it("is undefined for codes outside the tables and for inherited names", () => {
    expect(findIssueMessage([CORE_ISSUE_MESSAGES], "INVALID_NUMBER")).toBeUndefined();
    expect(findIssueMessage([CORE_ISSUE_MESSAGES], "toString")).toBeUndefined();
    expect(findIssueMessage([], "EMPTY_INPUT")).toBeUndefined();
  });
});

describe("createIssueFrom", () => {
  it("builds the same issue as createIssue, from the given tables only", () => {
    const options = { locale: "en", span: { start: 1, end: 3 }, hint: "NĐ" } as const;
    expect(createIssueFrom([DOCUMENT_CODE_ISSUE_MESSAGES], "DIACRITICS_REPAIRED", options)).toEqual(
      createIssue("DIACRITICS_REPAIRED", options),
    );
    expect(createIssueFrom([CORE_ISSUE_MESSAGES], "EMPTY_INPUT")).toEqual(createIssue("EMPTY_INPUT"));
  });

  it("omits absent optional fields", () => {
    expect(Object.keys(createIssueFrom([CORE_ISSUE_MESSAGES], "INVALID_OPTION"))).toEqual(["code", "message"]);
  });
});
