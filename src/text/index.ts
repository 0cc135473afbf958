// The text toolkit's public face. Each file below holds one idea; this index only re-exports.

export { formatDate } from "./date-format.js";
export type {
  DatePrecision,
  DateStyle,
  ExtractDatesOptions,
  ExtractedDate,
  FormatDateOptions,
  ParseDateOptions,
  ParsedDate,
} from "./date-types.js";
export { extractDates, isValidDateText, parseDate, safeParseDate } from "./dates.js";
export {
  equalsIgnoringDiacritics,
  type FoldedText,
  foldDiacritics,
  foldForMatch,
  foldWithMap,
  hasVietnameseDiacritics,
} from "./fold.js";
export { normalizeTonePlacement, type TonePlacementStyle } from "./fold-tone.js";
export { type DetectedLanguage, detectLanguage, resolveLanguage } from "./language.js";
export {
  type NormalizedText,
  type NormalizeTextOptions,
  normalizeText,
  safeNormalizeText,
} from "./normalize.js";
export {
  AUTO_LANGUAGE_ORDER,
  NUMBER_CONVENTIONS,
  type NumberConvention,
  type NumberMark,
} from "./number-conventions.js";
export { extractNumbers } from "./number-extract.js";
export { formatNumber } from "./number-format.js";
export { isValidNumberRange, parseNumberRange, safeParseNumberRange } from "./number-range.js";
export { NUMBER_WORDS, type NumberWord } from "./number-scales.js";
export type {
  ExtractedNumber,
  FormatNumberOptions,
  NumberRange,
  NumberSign,
  ParsedNumber,
  ParseNumberOptions,
} from "./number-types.js";
export { isValidNumber, parseNumber, safeParseNumber } from "./numbers.js";
export {
  composeOffsetMaps,
  createOffsetMapBuilder,
  identityOffsetMap,
  type OffsetMap,
  type OffsetMapBuilder,
} from "./offset-map.js";
export {
  type FormatOrdinalOptions,
  formatOrdinal,
  isValidOrdinal,
  type OrdinalForm,
  type ParsedOrdinal,
  type ParseOrdinalOptions,
  parseOrdinal,
  parseVietnameseNumberWords,
  safeParseOrdinal,
  safeParseVietnameseNumberWords,
} from "./ordinals.js";
export {
  formatRomanNumeral,
  isValidRomanNumeral,
  type ParseRomanNumeralOptions,
  parseRomanNumeral,
  safeParseRomanNumeral,
} from "./roman.js";
