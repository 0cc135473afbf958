/**
 * Lower-cases the ASCII capitals of a string and nothing else, so that offsets stay those of the input.
 *
 * `toLowerCase` (one native pass) gives the same string whenever the only characters it changed are A–Z; a
 * comparison loop checks that, and the rare text with another capital it would change (Ā, Σ, İ…) takes the
 * per-capital replace. A callback per capital over a whole article was most of extractMeetings' time.
 *
 * @example
 * ```ts
 * lowerAscii("Hoi nghi TW Σ"); // "hoi nghi tw Σ"
 * ```
 */
export function lowerAscii(text: string): string {
  const lowered = text.toLowerCase();
  if (lowered.length === text.length) {
    let same = true;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code !== lowered.charCodeAt(i) && (code < 65 || code > 90)) {
        same = false;
        break;
      }
    }
    if (same) return lowered;
  }
  return text.replace(/[A-Z]/g, (char) => char.toLowerCase());
}
