/**
 * Characters a reader touched beyond the one pass every reader makes: rescans, copies of held-back
 * text. Tests read it to prove a reader stays linear in its input without timing anything.
 */
export interface WorkMeter {
  charsScanned: number;
}
