import {
  createIssue,
  DATA_AS_OF,
  type IsoDate,
  type Issue,
  type Language,
  type LanguageOption,
  type Locale,
  safeToIsoDate,
} from "../core/index.js";
import { detectLanguage } from "../text/index.js";
import { findDatelineDate } from "./dateline.js";
import type { ArticleFacts } from "./types.js";

const LANGUAGES: readonly string[] = ["vi", "en", "pl", "fr", "es", "de"];

/** The options of one `extract` call, checked once: every extractor receives the same clean values. */
export interface Settings {
  /** What the extractors are told: the detected language, or "auto" when detection found none. */
  readonly language: LanguageOption;
  readonly factsLanguage: ArticleFacts["language"];
  readonly languageSource: ArticleFacts["languageSource"];
  readonly asOf: IsoDate;
  readonly articleDate?: IsoDate;
  readonly articleDateSource?: "option" | "dateline";
  readonly locale: Locale;
  readonly issues: Issue[];
}

function field(options: unknown, name: string, issues: Issue[], locale: Locale): unknown {
  if (typeof options !== "object" || options === null) return undefined;
  try {
    return (options as Record<string, unknown>)[name];
  } catch {
    // A getter that throws is treated as an absent option.
    issues.push(createIssue("INVALID_OPTION", { locale, hint: name }));
    return undefined;
  }
}

function readDate(value: unknown, name: string, issues: Issue[], locale: Locale): IsoDate | undefined {
  if (value === undefined) return undefined;
  const result = safeToIsoDate(value);
  if (result.success) return result.data;
  issues.push(createIssue("INVALID_DATE_LIKE", { locale, hint: name }));
  return undefined;
}

/** Checks the options and works out the language and the article date; never throws. */
export function settle(text: string, options: unknown): Settings {
  const issues: Issue[] = [];
  if (options !== undefined && (typeof options !== "object" || options === null)) {
    issues.push(createIssue("INVALID_OPTION", { hint: "options" }));
  }
  const localeOption = field(options, "locale", issues, "vi");
  const locale: Locale = localeOption === "en" ? "en" : "vi";
  if (localeOption !== undefined && localeOption !== "vi" && localeOption !== "en") {
    issues.push(createIssue("INVALID_OPTION", { locale, hint: "locale" }));
  }
  const asOf = readDate(field(options, "asOf", issues, locale), "asOf", issues, locale) ?? DATA_AS_OF;
  const languageOption = field(options, "language", issues, locale);
  let language: LanguageOption = "auto";
  let factsLanguage: ArticleFacts["language"];
  let languageSource: ArticleFacts["languageSource"] = "detected";
  if (typeof languageOption === "string" && LANGUAGES.includes(languageOption)) {
    language = languageOption as Language;
    factsLanguage = language;
    languageSource = "option";
  } else {
    if (languageOption !== undefined && languageOption !== "auto") {
      issues.push(createIssue("INVALID_OPTION", { locale, hint: "language" }));
    }
    factsLanguage = detectLanguage(text).language;
    if (factsLanguage === "other") {
      if (text.length > 0) issues.push(createIssue("UNKNOWN_LANGUAGE", { locale }));
    } else {
      language = factsLanguage;
    }
  }
  const given = readDate(field(options, "articleDate", issues, locale), "articleDate", issues, locale);
  const dateline = given === undefined ? findDatelineDate(text, language) : undefined;
  const articleDate = given ?? dateline;
  return {
    language,
    factsLanguage,
    languageSource,
    asOf,
    ...(articleDate !== undefined && {
      articleDate,
      articleDateSource: given === undefined ? ("dateline" as const) : ("option" as const),
    }),
    locale,
    issues,
  };
}
