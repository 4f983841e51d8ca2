import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Icon } from '../../components/Icon';
import { ariaShortcut, shortcutLabel } from '../../components/keyboard/shortcut';
import { isMac } from '../../components/keyboard/platform';
import { isEnabled, nextEnabled, type MenuAction, type MenuEntry } from './menuModel';

/** Where focus lands when a menu opens: the menu itself after a click, an item from the keyboard. */
export type MenuFocus = 'menu' | 'first' | 'last' | 'none';

/**
 * One drop-down (or submenu) of the menu bar, following the WAI-ARIA menu pattern: items are not
 * in the Tab order, arrows move between them, Right opens a submenu, Left and Escape go back.
 */
export function Menu({
  items,
  labelledBy,
  label,
  initialFocus,
  submenu = false,
  onActivate,
  onCloseAll,
  onLeft,
  onRight,
}: {
  items: readonly MenuEntry[];
  labelledBy?: string;
  label?: string;
  initialFocus: MenuFocus;
  submenu?: boolean;
  onActivate: (action: MenuAction) => void;
  onCloseAll: () => void;
  onLeft?: () => void;
  onRight?: () => void;
}) {
  const menuRef = useRef<HTMLDivElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const [active, setActive] = useState<number | null>(null);
  const [openSubmenu, setOpenSubmenu] = useState<{ index: number; focus: MenuFocus } | null>(null);
  const [flip, setFlip] = useState(false);

  useLayoutEffect(() => {
    const menu = menuRef.current;
    if (!menu) return;
    // A submenu that would leave the window opens to the left instead.
    if (submenu && menu.getBoundingClientRect().right > window.innerWidth) setFlip(true);
    if (initialFocus === 'menu') menu.focus({ preventScroll: true });
    else if (initialFocus === 'first' || initialFocus === 'last') {
      focusItem(nextEnabled(items, null, initialFocus === 'first' ? 1 : -1));
    }
    // Focus is placed once, when the menu opens; later renders must not pull it back.
  }, []);

  function focusItem(index: number | null) {
    setActive(index);
    if (index === null) menuRef.current?.focus({ preventScroll: true });
    else itemRefs.current[index]?.focus({ preventScroll: true });
  }

  function activate(index: number, focus: MenuFocus) {
    const item = items[index];
    if (!item || !isEnabled(item)) return;
    if (item.kind === 'submenu') setOpenSubmenu({ index, focus });
    else if (item.kind === 'action') onActivate(item);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const current = active !== null && items[active] ? items[active] : undefined;
    switch (event.key) {
      case 'ArrowDown':
        focusItem(nextEnabled(items, active, 1));
        break;
      case 'ArrowUp':
        focusItem(nextEnabled(items, active, -1));
        break;
      case 'Home':
        focusItem(nextEnabled(items, null, 1));
        break;
      case 'End':
        focusItem(nextEnabled(items, null, -1));
        break;
      case 'Enter':
      case ' ':
        if (active !== null) activate(active, 'first');
        break;
      case 'ArrowRight':
        if (current?.kind === 'submenu' && active !== null && isEnabled(current)) activate(active, 'first');
        else onRight?.();
        break;
      case 'ArrowLeft':
        onLeft?.();
        break;
      case 'Escape':
        if (submenu) onLeft?.();
        else onCloseAll();
        break;
      case 'Tab':
        onCloseAll();
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  }

  return (
    <div
      ref={menuRef}
      className={['menu', submenu ? 'menu-submenu' : '', flip ? 'menu-flip' : ''].filter(Boolean).join(' ')}
      role="menu"
      aria-labelledby={labelledBy}
      aria-label={label}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      {items.map((item, index) => {
        if (item.kind === 'separator') return <div key={index} className="menu-separator" role="separator" />;
        const enabled = isEnabled(item);
        const shortcut = item.kind === 'action' ? item.shortcuts?.[0] : undefined;
        const checkable = item.kind === 'action' && item.checked !== undefined;
        const submenuOpen = openSubmenu?.index === index;
        return (
          <div key={index} className="menu-item-slot" role="none">
            <button
              ref={(element) => {
                itemRefs.current[index] = element;
              }}
              type="button"
              className={['menu-item', submenuOpen ? 'is-open' : ''].filter(Boolean).join(' ')}
              role={checkable ? 'menuitemcheckbox' : 'menuitem'}
              aria-checked={checkable && item.kind === 'action' ? Boolean(item.checked) : undefined}
              aria-disabled={enabled ? undefined : true}
              aria-haspopup={item.kind === 'submenu' ? 'menu' : undefined}
              aria-expanded={item.kind === 'submenu' ? submenuOpen : undefined}
              aria-keyshortcuts={shortcut ? ariaShortcut(shortcut, isMac) : undefined}
              tabIndex={-1}
              onPointerEnter={() => {
                if (!enabled) {
                  focusItem(null);
                  setOpenSubmenu(null);
                  return;
                }
                focusItem(index);
                setOpenSubmenu(item.kind === 'submenu' ? { index, focus: 'none' } : null);
              }}
              onClick={() => activate(index, 'first')}
            >
              <span className="menu-check" aria-hidden="true">
                {item.kind === 'action' && item.checked && <Icon name="check" size={14} />}
              </span>
              <span className="menu-label">
                <span className="menu-label-text">{item.label}</span>
                {item.kind === 'action' && item.detail && <span className="menu-detail">{item.detail}</span>}
              </span>
              {shortcut && <span className="menu-shortcut">{shortcutLabel(shortcut, isMac)}</span>}
              {item.kind === 'submenu' && <Icon name="chevronRight" size={12} className="menu-chevron" />}
            </button>
            {submenuOpen && item.kind === 'submenu' && (
              <Menu
                key={openSubmenu.focus}
                items={item.items}
                label={item.label}
                initialFocus={openSubmenu.focus}
                submenu
                onActivate={onActivate}
                onCloseAll={onCloseAll}
                onLeft={() => {
                  setOpenSubmenu(null);
                  focusItem(index);
                }}
                onRight={onRight}
              />
            )}
          </div>
        );
      })}
    </div>
  );
}
