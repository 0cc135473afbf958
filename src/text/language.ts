import type { Language } from "../core/index.js";
import { isLanguageCode } from "./language-codes.js";
import { foldRange, isWordCode } from "./language-letters.js";
import { LANGUAGE_WORDS, letterEvidence } from "./language-words.js";

/*
 * A deliberately small detector: it only has to choose number and date rules, not to classify the world's
 * languages. Evidence is letters peculiar to a language (Vietnamese tone marks, Polish ogonek) and frequent
 * function words, including Vietnamese typed without diacritics. Only the first DETECTION_WINDOW code units
 * are read, so the cost is bounded on huge inputs; an article's opening is representative of its language.
 */

const DETECTION_WINDOW = 4096;
// Below this much evidence (two votes: function words or words with telling letters) the answer is "other".
const MIN_EVIDENCE = 2;
// Evidence at which confidence stops growing with the amount of text.
const FULL_EVIDENCE = 12;
// Function words are short; longer words are not looked up.
const MAX_FUNCTION_WORD = 8;

/**
 * What {@link detectLanguage} found: the language (or `"other"` when the text gives too little evidence),
 * a confidence in 0..1 and each language's share of the evidence.
 *
 * @example
 * ```ts
 * const detected: DetectedLanguage = {
 *   language: "vi",
 *   confidence: 0.93,
 *   scores: { vi: 0.97, en: 0.03, pl: 0, fr: 0, es: 0, de: 0 },
 * };
 * ```
 */
export interface DetectedLanguage {
  readonly language: Language | "other";
  /** 0..1: the winner's share of the evidence, scaled down when there is little text. 0 for `"other"`. */
  readonly confidence: number;
  /** Each language's share of the evidence (they sum to 1, or are all 0 when there was none). */
  readonly scores: Readonly<Record<Language, number>>;
}

// The function words as a map, built on first use: looking a freshly built word up as an object key interns it
// in the engine's string table (costly, and once per word of every text read), a map lookup only hashes it.
let functionWordMap: ReadonlyMap<string, Language> | undefined;

function functionWords(): ReadonlyMap<string, Language> {
  functionWordMap ??= new Map(Object.entries(LANGUAGE_WORDS));
  return functionWordMap;
}

function emptyScores(): Record<Language, number> {
  return { vi: 0, en: 0, pl: 0, fr: 0, es: 0, de: 0 };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * Guesses the language of a text: Vietnamese, English, Polish, and roughly French, German and Spanish.
 * Reads at most the first 4096 UTF-16 code units (linear and bounded on huge inputs). Very short or
 * symbol-only text gives `"other"` with confidence 0. Never throws; a non-string is `"other"`.
 *
 * @example
 * ```ts
 * detectLanguage("Ủy ban nhân dân tỉnh đã ban hành kế hoạch.").language; // "vi"
 * detectLanguage("Uy ban nhan dan tinh da ban hanh ke hoach cua nam nay").language; // "vi"
 * detectLanguage("The committee met in the capital to review the plan.").language; // "en"
 * detectLanguage("Delegacja spotkała się z władzami prowincji.").language; // "pl"
 * detectLanguage("12/15 + 3").language; // "other"
 * ```
 */
export function detectLanguage(text: unknown): DetectedLanguage {
  const evidence = emptyScores();
  if (typeof text === "string") {
    const limit = Math.min(text.length, DETECTION_WINDOW);
    let wordStart = -1;
    // The most telling letter of the current word: each word votes once, so that a Vietnamese name full of
    // tone marks weighs no more in an English article than one English function word.
    let wordLetter: ReturnType<typeof letterEvidence>;
    for (let i = 0; i <= limit; i++) {
      const code = i < limit ? text.charCodeAt(i) : 32;
      if (isWordCode(code)) {
        if (wordStart < 0) {
          wordStart = i;
          wordLetter = undefined;
        }
        const letter = letterEvidence(code);
        if (letter && (wordLetter === undefined || wordLetter === "vi-fr")) wordLetter = letter;
        continue;
      }
      if (code === 0xbf || code === 0xa1) evidence.es += 1;
      if (wordStart < 0) continue;
      const folded = i - wordStart <= MAX_FUNCTION_WORD ? foldRange(text, wordStart, i) : "";
      const language = functionWords().get(folded);
      if (language) {
        evidence[language] += 1;
      } else if (wordLetter === "vi-fr") {
        evidence.vi += 0.5;
        evidence.fr += 0.5;
      } else if (wordLetter) {
        evidence[wordLetter] += 1;
      }
      wordStart = -1;
    }
  }
  let total = 0;
  let best: Language = "vi";
  for (const language of Object.keys(evidence) as Language[]) {
    total += evidence[language];
    if (evidence[language] > evidence[best]) best = language;
  }
  const scores = emptyScores();
  if (total > 0)
    for (const language of Object.keys(scores) as Language[]) scores[language] = round(evidence[language] / total);
  if (total < MIN_EVIDENCE) return { language: "other", confidence: 0, scores };
  const confidence = round((evidence[best] / total) * Math.min(1, total / FULL_EVIDENCE));
  return { language: best, confidence, scores };
}

/**
 * The language a reader should apply: the explicit `option` when it names a language, otherwise (for `"auto"`,
 * `undefined` or anything unknown) the language {@link detectLanguage} finds, which may be `"other"`.
 *
 * @example
 * ```ts
 * resolveLanguage("any text", "pl"); // "pl"
 * resolveLanguage("Tỉnh đã hoàn thành các chỉ tiêu của năm.", "auto"); // "vi"
 * resolveLanguage("+++", "auto"); // "other"
 * ```
 */
export function resolveLanguage(text: unknown, option: unknown = "auto"): Language | "other" {
  return isLanguageCode(option) ? option : detectLanguage(text).language;
}
