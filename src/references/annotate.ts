import type { DocumentReference } from "./types.js";

/**
 * Rebuilds a text with each reference replaced by what `render` returns for it (for highlighting); the text
 * between references is kept as it is. References that overlap an earlier one are skipped.
 *
 * @example
 * ```ts
 * const text = "Theo Nghị quyết 57-NQ/TW.";
 * annotateReferences(text, extractDocumentReferences(text), (ref, original) => `<mark>${original}</mark>`);
 * // "Theo <mark>Nghị quyết 57-NQ/TW</mark>."
 * ```
 */
export function annotateReferences(
  text: string,
  refs: readonly DocumentReference[],
  render: (ref: DocumentReference, original: string) => string,
): string {
  if (typeof text !== "string") return "";
  const sorted = [...refs].sort((a, b) => a.span.start - b.span.start);
  let out = "";
  let cursor = 0;
  for (const ref of sorted) {
    const { start, end } = ref.span;
    if (start < cursor || end > text.length || start > end) continue;
    out += text.slice(cursor, start) + render(ref, text.slice(start, end));
    cursor = end;
  }
  return out + text.slice(cursor);
}
