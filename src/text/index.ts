// The text toolkit's public face. Each file below holds one idea; this index only re-exports.
// normalise + fold
// numbers
// dates, numerals, ordinals, language
export {};
