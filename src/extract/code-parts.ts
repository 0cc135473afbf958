import type { OrganMention } from "../organs/index.js";
import type { DocumentReference } from "../references/index.js";

/**
 * The organ mentions that are not part of a written document code: the "TW" of `57-NQ/TW` or the "UBND" of
 * `12/QĐ-UBND` names the issuer inside the code (the document entry has it as `issuer`), not an organ the article
 * mentions. Both lists are in text order, so one merge pass suffices.
 */
export function withoutCodeParts(
  organs: readonly OrganMention[],
  references: readonly DocumentReference[],
): OrganMention[] {
  const codes = references.flatMap((reference) => (reference.codeSpan === undefined ? [] : [reference.codeSpan]));
  if (codes.length === 0) return [...organs];
  codes.sort((a, b) => a.start - b.start);
  const kept: OrganMention[] = [];
  let at = 0;
  for (const organ of organs) {
    while (at < codes.length && (codes[at]?.end ?? 0) <= organ.span.start) at += 1;
    const code = codes[at];
    const inside = code !== undefined && code.start <= organ.span.start && organ.span.end <= code.end;
    if (!inside) kept.push(organ);
  }
  return kept;
}
