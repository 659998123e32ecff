/** The demo organisms' SIRENs, and valid numbers for fixtures. */
export const ALPHA = "812345676";
export const BETA = "841234560";

export { withLuhnKey } from "../../src/organisms/rules/identifiers";
