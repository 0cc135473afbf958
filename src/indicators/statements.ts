import { checkOptions, isIssue } from "./options.js";
import { buildStatement } from "./statement-build.js";
import { buildContext } from "./statement-context.js";
import { hasFigures } from "./statement-draft.js";
import { assignOwners } from "./statement-owners.js";
import { readMention } from "./statement-segment.js";
import type { ExtractIndicatorsOptions, IndicatorStatement } from "./statement-types.js";

function statementsOf(text: string, options: ExtractIndicatorsOptions): IndicatorStatement[] {
  const context = buildContext(text, options);
  const owners = assignOwners(context);
  const { mentions } = context;
  const statements: IndicatorStatement[] = [];
  const attain = {
    ...(options.preset !== undefined ? { preset: options.preset } : {}),
    ...(options.locale !== undefined ? { locale: options.locale } : {}),
  };
  mentions.forEach((mention, index) => {
    const sentence = owners.sentences[index] ?? mention;
    const previous = mentions[index - 1];
    const next = mentions[index + 1];
    const floor =
      previous && previous.end > sentence.start && previous.end <= mention.start ? previous.end : sentence.start;
    const segmentEnd = next && next.start < sentence.end ? next.start : sentence.end;
    const drafts = readMention(context, index, owners.events[index] ?? [], sentence, floor, segmentEnd);
    for (const draft of drafts) {
      if (!hasFigures(draft)) continue;
      statements.push(buildStatement(context, draft, sentence, attain));
      for (const attainment of draft.moreAttainments ?? []) {
        // The same figure against another basis: the change and target stay with the first reading.
        const { change: _change, target: _target, moreAttainments: _more, ...rest } = draft;
        statements.push(buildStatement(context, { ...rest, attainment }, sentence, attain));
      }
    }
  });
  return statements;
}

/**
 * Finds the indicator statements of a text — Vietnamese, English, or another language whose numbers follow their
 * own conventions (Polish "6,52%", "1 299 mln USD", "3 312 mld VND") — each with its span, indicator, scope
 * (province, read at the article date and resolved at `asOf`), period ("9 tháng", "first 9 months", "2025", "by
 * 12 October 2025"), target, actual figure (flagged `estimate` after "ước", "estimated", "expected"), reported
 * attainment as written ("vượt 69% dự toán" = 169%), change against a basis ("tăng 6% so với năm 2020", "up 77%
 * year on year"), and the computed assessment of the actual figure against the target.
 *
 * Figures are given to the indicator named before them in their sentence; a list of places with figures
 * ("Bac Giang (13.45%), Hau Giang (12.27%)", "Quang Ninh 15/15, Phu Tho 15/15") gives one statement per place.
 * Spans point into the caller's string. Runs in linear time; never throws (a non-string gives `[]`).
 *
 * @example
 * ```ts
 * const [grdp] = extractIndicators("GRDP 9 tháng ước tăng 6,52%, thấp hơn mục tiêu 8% trở lên.", { language: "vi" });
 * grdp?.indicator.id; // "grdp-growth"
 * grdp?.actual?.value; // 6.52 (estimate: true)
 * grdp?.target?.comparator; // ">="
 * grdp?.assessment?.status; // "not-achieved"
 * ```
 */
export function extractIndicators(text: unknown, options?: ExtractIndicatorsOptions): IndicatorStatement[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const checked = checkOptions(options);
  if (isIssue(checked)) return [];
  try {
    return statementsOf(text, options ?? {});
  } catch {
    // The readers are total; this only guards the contract against hostile option objects.
    return [];
  }
}
