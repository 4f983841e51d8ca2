import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { CategoryDto } from '../../../../common/dto';
import { Icon } from '../../components/Icon';
import { categoryColor } from './audienceFilter';
import './editors.css';

/**
 * Assign or unassign categories for one account: a menu of checkable items opened from a row.
 * It is fixed to the window (rows sit in a scrolling, clipped table) and closes when its row scrolls.
 */
export function CategoryMenu({
  anchor,
  categories,
  assigned,
  onToggle,
  onEditCategories,
  onClose,
}: {
  anchor: HTMLElement;
  categories: readonly CategoryDto[];
  assigned: readonly number[];
  onToggle: (categoryId: number, assigned: boolean) => void;
  onEditCategories: () => void;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);

  useLayoutEffect(() => {
    const box = anchor.getBoundingClientRect();
    const menu = ref.current?.getBoundingClientRect();
    const width = menu?.width ?? 220;
    const height = menu?.height ?? 200;
    const below = box.bottom + 4 + height <= window.innerHeight;
    setPosition({
      top: below ? box.bottom + 4 : Math.max(8, box.top - 4 - height),
      left: Math.max(8, Math.min(box.right - width, window.innerWidth - width - 8)),
    });
  }, [anchor]);

  // Focus moves in once the menu is placed: a hidden element cannot take it.
  const placed = position !== null;
  useEffect(() => {
    if (placed) items.current[0]?.focus({ preventScroll: true });
  }, [placed]);

  useEffect(() => {
    const away = (event: MouseEvent) => {
      if (!ref.current?.contains(event.target as Node) && !anchor.contains(event.target as Node)) onClose();
    };
    // Only a scroll that moves the row it hangs from: a list elsewhere refreshing is no reason.
    const scrolled = (event: Event) => {
      const target = event.target as Node;
      if (!ref.current?.contains(target) && target.contains?.(anchor)) onClose();
    };
    document.addEventListener('mousedown', away);
    window.addEventListener('scroll', scrolled, true);
    window.addEventListener('resize', onClose);
    return () => {
      document.removeEventListener('mousedown', away);
      window.removeEventListener('scroll', scrolled, true);
      window.removeEventListener('resize', onClose);
    };
  }, [anchor, onClose]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const buttons = items.current.filter((b): b is HTMLButtonElement => b !== null);
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const focus = (i: number) => buttons[(i + buttons.length) % buttons.length]?.focus();
    if (event.key === 'ArrowDown') focus(at + 1);
    else if (event.key === 'ArrowUp') focus(at - 1);
    else if (event.key === 'Home') focus(0);
    else if (event.key === 'End') focus(buttons.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') {
      onClose();
      anchor.focus();
    } else return;
    event.preventDefault();
  }

  return (
    <div
      ref={ref}
      className="category-menu"
      role="menu"
      aria-label="Categories"
      data-testid="category-menu"
      style={position ? { top: position.top, left: position.left } : { visibility: 'hidden' }}
      onKeyDown={onKeyDown}
    >
      {categories.map((category, i) => {
        const on = assigned.includes(category.id);
        return (
          <button
            key={category.id}
            ref={(el) => {
              items.current[i] = el;
            }}
            type="button"
            role="menuitemcheckbox"
            aria-checked={on}
            className="category-menu-item"
            tabIndex={-1}
            onClick={() => onToggle(category.id, !on)}
          >
            <span className="category-menu-check" aria-hidden="true">
              {on && <Icon name="check" size={12} />}
            </span>
            <span className="chip-dot" style={{ background: categoryColor(category) }} aria-hidden="true" />
            <span className="chip-text">{category.name}</span>
          </button>
        );
      })}
      <div className="category-menu-divider" role="separator" />
      <button
        ref={(el) => {
          items.current[categories.length] = el;
        }}
        type="button"
        role="menuitem"
        className="category-menu-item"
        tabIndex={-1}
        onClick={() => {
          onClose();
          onEditCategories();
        }}
      >
        <span className="category-menu-check" aria-hidden="true" />
        Edit categories…
      </button>
    </div>
  );
}
