/** U+00A0: before a colon. */
export const NO_BREAK_SPACE = "\u00A0";
/** U+202F: inside « », before ; ! ? and units. */
export const NARROW_NO_BREAK_SPACE = "\u202F";

/**
 * French typography for printed text: typographic apostrophes, « » held to their words, no line break before
 * : ; ! ? or a euro sign.
 */
export function frenchTypography(text: string): string {
  return text
    .replace(/(\p{L})'(?=\p{L})/gu, "$1\u2019")
    .replace(/«[ \u00A0\u202F]*/g, `«${NARROW_NO_BREAK_SPACE}`)
    .replace(/[ \u00A0\u202F]*»/g, `${NARROW_NO_BREAK_SPACE}»`)
    .replace(/ +([;!?])/g, `${NARROW_NO_BREAK_SPACE}$1`)
    .replace(/ +:/g, `${NO_BREAK_SPACE}:`)
    .replace(/(\d) +(€|%)/g, `$1${NARROW_NO_BREAK_SPACE}$2`);
}

/** « text », with narrow no-break spaces inside. */
export function quoted(text: string): string {
  return `«${NARROW_NO_BREAK_SPACE}${text}${NARROW_NO_BREAK_SPACE}»`;
}
