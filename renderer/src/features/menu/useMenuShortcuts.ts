import { useEffect, useEffectEvent } from 'react';
import { matchesShortcut } from '../../components/keyboard/shortcut';
import { isMac } from '../../components/keyboard/platform';
import { allActions, type TopMenu } from './menuModel';

/** Runs the menu item whose shortcut was pressed, anywhere in the window except inside a modal. */
export function useMenuShortcuts(menus: readonly TopMenu[]): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.repeat) return;
    if (document.querySelector('dialog[open]')) return;
    for (const action of allActions(menus)) {
      if (action.browserHandlesShortcut) continue;
      if (action.shortcuts?.some((shortcut) => matchesShortcut(event, shortcut, isMac))) {
        // Claimed even when disabled, so Ctrl+= at the largest zoom does not zoom the browser too.
        event.preventDefault();
        if (action.enabled !== false) action.run();
        return;
      }
    }
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
