import { useEffect, useEffectEvent } from 'react';
import { isDesktop } from '../../api';
import { isMac } from '../../components/keyboard/platform';
import { matchesShortcut } from '../../components/keyboard/shortcut';

/**
 * Ctrl+K (⌘K) for the command palette in the desktop app. Browser mode's menu shortcuts take it
 * with the menu's other keys; a native menu item has one accelerator (Ctrl+Shift+P), so this
 * second key is the window's own.
 */
export function usePaletteKey(open: () => void): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.repeat || document.querySelector('dialog[open]')) return;
    if (!matchesShortcut(event, { code: 'KeyK', mod: true }, isMac)) return;
    event.preventDefault();
    open();
  });
  useEffect(() => {
    if (!isDesktop) return;
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
