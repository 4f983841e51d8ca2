/** A key combination. `mod` is Ctrl, or ⌘ on a Mac, as desktop apps do. */
export interface Shortcut {
  /**
   * KeyboardEvent.code: the physical key. On a Mac, Option changes `key` ("⌥N" gives "˜"),
   * and other layouts move punctuation, so `code` is what stays the same.
   */
  code: string;
  mod?: boolean;
  alt?: boolean;
  shift?: boolean;
}

export type KeyPress = Pick<KeyboardEvent, 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

const keyNames: Record<string, string> = {
  Equal: '=',
  Minus: '-',
  NumpadAdd: 'Num+',
  NumpadSubtract: 'Num-',
  Numpad0: 'Num0',
  Comma: ',',
  Period: '.',
  Slash: '/',
  Backslash: '\\',
  BracketLeft: '[',
  BracketRight: ']',
  Escape: 'Esc',
};

function keyName(code: string): string {
  if (code.startsWith('Key')) return code.slice(3);
  if (code.startsWith('Digit')) return code.slice(5);
  return keyNames[code] ?? code;
}

export function isMacPlatform(platform: string): boolean {
  return /mac|iphone|ipad/i.test(platform);
}

/** "Ctrl+Alt+N" elsewhere, "⌥⌘N" on a Mac (in Apple's modifier order). */
export function shortcutLabel(shortcut: Shortcut, mac: boolean): string {
  const key = keyName(shortcut.code);
  if (mac) return `${shortcut.alt ? '⌥' : ''}${shortcut.shift ? '⇧' : ''}${shortcut.mod ? '⌘' : ''}${key}`;
  return [shortcut.mod && 'Ctrl', shortcut.alt && 'Alt', shortcut.shift && 'Shift', key]
    .filter(Boolean)
    .join('+');
}

/** The aria-keyshortcuts form: "Control+Alt+N", "Meta+B". */
export function ariaShortcut(shortcut: Shortcut, mac: boolean): string {
  const modifiers = [
    shortcut.mod && (mac ? 'Meta' : 'Control'),
    shortcut.alt && 'Alt',
    shortcut.shift && 'Shift',
  ].filter(Boolean);
  return [...modifiers, keyName(shortcut.code)].join('+');
}

/** Exact match: Ctrl+B does not fire for Ctrl+Shift+B, and ⌘B on a Mac is not Ctrl+B. */
export function matchesShortcut(press: KeyPress, shortcut: Shortcut, mac: boolean): boolean {
  const mod = mac ? press.metaKey : press.ctrlKey;
  const stray = mac ? press.ctrlKey : press.metaKey;
  return (
    press.code === shortcut.code &&
    mod === Boolean(shortcut.mod) &&
    !stray &&
    press.altKey === Boolean(shortcut.alt) &&
    press.shiftKey === Boolean(shortcut.shift)
  );
}
