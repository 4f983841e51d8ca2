import { describe, expect, it } from 'vitest';
import { ariaShortcut, isMacPlatform, matchesShortcut, shortcutLabel, type KeyPress } from './shortcut';

const press = (code: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
});

describe('shortcutLabel', () => {
  it('spells modifiers out on Windows and Linux', () => {
    expect(shortcutLabel({ code: 'KeyN', mod: true, alt: true }, false)).toBe('Ctrl+Alt+N');
    expect(shortcutLabel({ code: 'Equal', mod: true }, false)).toBe('Ctrl+=');
    expect(shortcutLabel({ code: 'KeyZ', mod: true, shift: true }, false)).toBe('Ctrl+Shift+Z');
  });

  it('uses the Mac symbols in Apple’s order', () => {
    expect(shortcutLabel({ code: 'KeyN', mod: true, alt: true }, true)).toBe('⌥⌘N');
    expect(shortcutLabel({ code: 'KeyZ', mod: true, shift: true }, true)).toBe('⇧⌘Z');
    expect(shortcutLabel({ code: 'Digit0', mod: true }, true)).toBe('⌘0');
  });
});

describe('ariaShortcut', () => {
  it('uses the names aria-keyshortcuts expects', () => {
    expect(ariaShortcut({ code: 'KeyB', mod: true }, false)).toBe('Control+B');
    expect(ariaShortcut({ code: 'KeyB', mod: true, alt: true }, true)).toBe('Meta+Alt+B');
  });
});

describe('matchesShortcut', () => {
  const toggleSidebar = { code: 'KeyB', mod: true };

  it('matches Ctrl on Windows and Linux, ⌘ on a Mac', () => {
    expect(matchesShortcut(press('KeyB', { ctrlKey: true }), toggleSidebar, false)).toBe(true);
    expect(matchesShortcut(press('KeyB', { metaKey: true }), toggleSidebar, true)).toBe(true);
    expect(matchesShortcut(press('KeyB', { metaKey: true }), toggleSidebar, false)).toBe(false);
    expect(matchesShortcut(press('KeyB', { ctrlKey: true }), toggleSidebar, true)).toBe(false);
  });

  it('needs the exact modifiers', () => {
    expect(matchesShortcut(press('KeyB', { ctrlKey: true, shiftKey: true }), toggleSidebar, false)).toBe(
      false,
    );
    expect(matchesShortcut(press('KeyB', { ctrlKey: true, altKey: true }), toggleSidebar, false)).toBe(false);
    expect(matchesShortcut(press('KeyB'), toggleSidebar, false)).toBe(false);
  });

  it('goes by the physical key, so Option on a Mac does not change it', () => {
    expect(
      matchesShortcut(
        press('KeyN', { metaKey: true, altKey: true }),
        { code: 'KeyN', mod: true, alt: true },
        true,
      ),
    ).toBe(true);
  });
});

describe('isMacPlatform', () => {
  it('recognises Apple platforms only', () => {
    expect(isMacPlatform('MacIntel')).toBe(true);
    expect(isMacPlatform('macOS')).toBe(true);
    expect(isMacPlatform('Win32')).toBe(false);
    expect(isMacPlatform('Linux x86_64')).toBe(false);
  });
});
