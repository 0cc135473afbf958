// The indicators module's public face: quantities, targets, attainment, the catalogue, statements and scorecards.
export { computeAttainment, formatAttainmentStatus } from "./attainment.js";
export type {
  ActualInput,
  Attainment,
  AttainmentOptions,
  AttainmentPreset,
  AttainmentStatus,
  ProgressBand,
  TargetInput,
} from "./attainment-types.js";
export { findIndicator, getIndicator, listIndicators } from "./catalogue.js";
export type { IndicatorDefinition } from "./catalogue-types.js";
export { INDICATORS } from "./data/indicators.js";
export { ATTAINMENT_PRESETS } from "./data/presets.js";
export type { ReportReading } from "./data/report-words.js";
export { parseQuantity, safeParseQuantity } from "./quantity.js";
export type { Measure, Qualifier, Quantity, RatePeriod, ReadOptions, UnitKind } from "./quantity-types.js";
export { type RebaseOptions, rebaseScorecard } from "./rebase.js";
export {
  parseReportedAttainment,
  type ReportedAttainment,
  safeParseReportedAttainment,
} from "./reported.js";
export { parseScore, type Score, safeParseScore } from "./score.js";
export {
  type BuildScorecardOptions,
  buildScorecard,
  extractScorecard,
  type ScorecardInput,
  scorecardFromStatements,
} from "./scorecard.js";
export { filterScorecard, isAdditiveUnit, rankScorecard, summarizeScorecard } from "./scorecard-table.js";
export type { RankedRow, Scorecard, ScorecardRow, ScorecardSummary } from "./scorecard-types.js";
export type {
  ActualValue,
  ExtractIndicatorsOptions,
  IndicatorStatement,
  StatementChange,
  StatementIndicator,
  StatementPeriod,
  StatementScope,
} from "./statement-types.js";
export { extractIndicators } from "./statements.js";
export { parseTarget, safeParseTarget } from "./target.js";
export type { Comparator, Direction, ParseTargetOptions, Target } from "./target-types.js";
