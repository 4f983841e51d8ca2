import {
  useEffect,
  useEffectEvent,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { rememberFocusOutside } from './editCommands';
import { Menu, type MenuFocus } from './Menu';
import { menuBarKeys } from './menuBarKeys';
import type { MenuAction, TopMenu } from './menuModel';

/**
 * A desktop-style menu bar for browser mode (Electron has a native one). Click or arrow keys
 * open a menu; while one is open, hovering another title switches to it, like a native menu bar.
 */
export function MenuBar({ menus, onOpen }: { menus: readonly TopMenu[]; onOpen?: () => void }) {
  const ids = useId();
  const barRef = useRef<HTMLDivElement>(null);
  const titleRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const focusMemory = useRef<ReturnType<typeof rememberFocusOutside> | null>(null);
  const [open, setOpen] = useState<{ index: number; focus: MenuFocus; seq: number } | null>(null);
  const [tabStop, setTabStop] = useState(0);
  const isOpen = open !== null;

  useEffect(() => {
    const memory = rememberFocusOutside(() => barRef.current);
    focusMemory.current = memory;
    return memory.stop;
  }, []);

  // F10 or a lone Alt goes to the menu bar, and from it back to where the user was.
  const toggleFocus = useEffectEvent(() => {
    if (document.querySelector('dialog[open]')) return;
    if (barRef.current?.contains(document.activeElement)) {
      setOpen(null);
      focusMemory.current?.restore();
    } else {
      titleRefs.current[tabStop]?.focus();
    }
  });
  useEffect(() => {
    const keys = menuBarKeys();
    const onKey = (toggle: 'toggle' | null, event: globalThis.KeyboardEvent) => {
      if (toggle !== 'toggle') return;
      event.preventDefault();
      toggleFocus();
    };
    const down = (event: globalThis.KeyboardEvent) => onKey(keys.down(event), event);
    const up = (event: globalThis.KeyboardEvent) => onKey(keys.up(event), event);
    const reset = () => keys.reset();
    window.addEventListener('keydown', down, true);
    window.addEventListener('keyup', up, true);
    window.addEventListener('blur', reset);
    return () => {
      window.removeEventListener('keydown', down, true);
      window.removeEventListener('keyup', up, true);
      window.removeEventListener('blur', reset);
    };
  }, []);

  useEffect(() => {
    if (!isOpen) return;
    const closeOnOutside = (event: PointerEvent) => {
      if (!barRef.current?.contains(event.target as Node)) setOpen(null);
    };
    const closeOnBlur = () => setOpen(null);
    document.addEventListener('pointerdown', closeOnOutside, true);
    window.addEventListener('blur', closeOnBlur);
    return () => {
      document.removeEventListener('pointerdown', closeOnOutside, true);
      window.removeEventListener('blur', closeOnBlur);
    };
  }, [isOpen]);

  function show(index: number, focus: MenuFocus) {
    const count = menus.length;
    const wrapped = ((index % count) + count) % count;
    if (!isOpen) onOpen?.();
    setTabStop(wrapped);
    setOpen((previous) => ({ index: wrapped, focus, seq: (previous?.seq ?? 0) + 1 }));
  }

  function close(returnFocus: boolean) {
    const index = open?.index;
    setOpen(null);
    if (returnFocus && index !== undefined) titleRefs.current[index]?.focus();
  }

  function activate(action: MenuAction) {
    setOpen(null);
    // Back to the field the user was in, so Copy and Paste act there and focus is not lost.
    focusMemory.current?.restore();
    action.run();
  }

  function onTitleClick(index: number, event: MouseEvent<HTMLButtonElement>) {
    // detail is 0 for a click made with Enter or Space: the keyboard gets the first item focused.
    const fromKeyboard = event.detail === 0;
    if (open?.index === index && !fromKeyboard) close(false);
    else show(index, fromKeyboard ? 'first' : 'menu');
  }

  function onTitleKeyDown(index: number, event: KeyboardEvent<HTMLButtonElement>) {
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowLeft': {
        const next = index + (event.key === 'ArrowRight' ? 1 : -1);
        const wrapped = (next + menus.length) % menus.length;
        if (isOpen) show(wrapped, 'first');
        else {
          setTabStop(wrapped);
          titleRefs.current[wrapped]?.focus();
        }
        break;
      }
      case 'ArrowDown':
        show(index, 'first');
        break;
      case 'ArrowUp':
        show(index, 'last');
        break;
      case 'Escape':
        if (isOpen) close(true);
        else focusMemory.current?.restore();
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  return (
    <div className="menubar" role="menubar" aria-label="Application menu" ref={barRef}>
      {menus.map((menu, index) => {
        const expanded = open?.index === index;
        return (
          <div key={menu.label} className="menubar-slot" role="none">
            <button
              ref={(element) => {
                titleRefs.current[index] = element;
              }}
              id={`${ids}-${index}`}
              type="button"
              className={expanded ? 'menubar-title is-open' : 'menubar-title'}
              role="menuitem"
              aria-haspopup="menu"
              aria-expanded={expanded}
              tabIndex={tabStop === index ? 0 : -1}
              onClick={(event) => onTitleClick(index, event)}
              onKeyDown={(event) => onTitleKeyDown(index, event)}
              onPointerEnter={() => {
                if (isOpen && !expanded) show(index, 'menu');
              }}
            >
              {menu.label}
            </button>
            {expanded && open && (
              <Menu
                key={open.seq}
                items={menu.items}
                labelledBy={`${ids}-${index}`}
                initialFocus={open.focus}
                onActivate={activate}
                onCloseAll={() => close(true)}
                onLeft={() => show(index - 1, 'first')}
                onRight={() => show(index + 1, 'first')}
              />
            )}
          </div>
        );
      })}
    </div>
  );
}
