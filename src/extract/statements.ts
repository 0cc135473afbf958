import type { IndicatorStatement } from "../indicators/index.js";
import { findOverlapping } from "./mention-index.js";
import { mentionOf } from "./mention-of.js";
import type { PlaceTable } from "./places.js";
import { toPlain } from "./plain.js";
import type { EntryId, StatementEntry } from "./types.js";
import { uniqueEntry } from "./unique-key.js";

/** `"stmt:<index>"`. */
function statementEntryId(index: number): EntryId {
  return `stmt:${index}`;
}

function scopeRefOf(statement: IndicatorStatement, places: PlaceTable): EntryId | undefined {
  const scope = statement.scope;
  if (scope === undefined) return undefined;
  // The scope's span is the place mention it was read from (in an earlier sentence when inferred).
  let found = findOverlapping(places.index, scope.span, (entry) => {
    const place = places.entries[entry];
    return (
      place !== undefined &&
      (place.thenUnit.code === scope.code || place.nowUnits.some((unit) => unit.code === scope.code))
    );
  });
  if (found < 0) found = uniqueEntry(places.byCode, scope.code);
  if (found < 0) found = uniqueEntry(places.byCode, `now:${scope.code}`);
  return found < 0 ? undefined : places.entries[found]?.id;
}

/** One entry per statement, in text order, with the place entry of its scope. */
export function buildStatements(
  text: string,
  statements: readonly IndicatorStatement[],
  places: PlaceTable,
): StatementEntry[] {
  return statements.map((statement, at) => {
    const plain = toPlain(statement);
    const scopeRef = scopeRefOf(statement, places);
    return {
      id: statementEntryId(at),
      ...mentionOf(text, statement.span, statement.text),
      indicator: plain.indicator,
      ...(plain.scope !== undefined && { scope: plain.scope }),
      ...(scopeRef !== undefined && { scopeRef }),
      ...(plain.period !== undefined && { period: plain.period }),
      ...(plain.target !== undefined && { target: plain.target }),
      ...(plain.actual !== undefined && { actual: plain.actual }),
      ...(plain.attainment !== undefined && { attainment: plain.attainment }),
      ...(plain.change !== undefined && { change: plain.change }),
      ...(plain.assessment !== undefined && { assessment: plain.assessment }),
    };
  });
}
