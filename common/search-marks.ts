/**
 * The core marks matches in a search snippet between these two control characters (they cannot
 * occur in imported text, which is stripped of control characters), and the renderer and CLI turn
 * them into highlighting.
 */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';
