import { describe, expect, it } from 'vitest';
import { menuBarKeys } from './menuBarKeys';

const key = (code: string, modifiers: { altKey?: boolean; ctrlKey?: boolean; shiftKey?: boolean } = {}) => ({
  code,
  key: code.startsWith('Alt') ? 'Alt' : code,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...modifiers,
});

describe('menuBarKeys', () => {
  it('F10 reaches the menu bar at once', () => {
    const keys = menuBarKeys();
    expect(keys.down(key('F10'))).toBe('toggle');
    expect(keys.down(key('F10', { shiftKey: true }))).toBe(null);
  });

  it('Alt pressed and released alone reaches it, on release', () => {
    const keys = menuBarKeys();
    expect(keys.down(key('AltLeft', { altKey: true }))).toBe(null);
    expect(keys.up(key('AltLeft'))).toBe('toggle');
  });

  it('Alt used with another key (Alt+Tab, Ctrl+Alt+B, a typed character) does not', () => {
    const keys = menuBarKeys();
    keys.down(key('AltLeft', { altKey: true }));
    keys.down(key('KeyB', { altKey: true }));
    expect(keys.up(key('AltLeft'))).toBe(null);
    keys.down(key('ControlLeft', { ctrlKey: true }));
    keys.down(key('AltLeft', { altKey: true, ctrlKey: true }));
    expect(keys.up(key('AltLeft', { ctrlKey: true }))).toBe(null);
  });

  it('a window that loses focus while Alt is down forgets it', () => {
    const keys = menuBarKeys();
    keys.down(key('AltLeft', { altKey: true }));
    keys.reset();
    expect(keys.up(key('AltLeft'))).toBe(null);
  });
});
