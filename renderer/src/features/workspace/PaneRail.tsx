import { useEffect, useRef, type ReactNode } from 'react';
import type { ProspectSummary } from '../../../../common/dto';
import { Icon, type IconName } from '../../components/Icon';
import { prospectInitials, prospectTitle } from './prospectNames';
import './pane-rail.css';

/**
 * A side pane folded to a strip of icons in a narrow window: a button opens the whole pane over
 * the page, and the sidebar's strip keeps one avatar per prospect so opening one stays one click.
 */
export function PaneRail({
  side,
  label,
  icon,
  open,
  onOpen,
  prospects,
  selectedAccountId,
  onSelect,
}: {
  side: 'start' | 'end';
  /** What the pane is: "prospects", "notes". */
  label: string;
  icon: IconName;
  open: boolean;
  onOpen: () => void;
  prospects?: ProspectSummary[] | null;
  selectedAccountId?: number | null;
  onSelect?: (accountId: number) => void;
}) {
  return (
    <nav className={`pane-rail pane-rail-${side}`} aria-label={`${label[0]?.toUpperCase()}${label.slice(1)}`}>
      <button
        type="button"
        className="icon-button pane-rail-open"
        aria-label={`Show ${label}`}
        aria-expanded={open}
        title={`Show ${label}`}
        data-testid={`rail-open-${side}`}
        onClick={onOpen}
      >
        <Icon name={icon} />
      </button>
      {prospects && onSelect && (
        <ul className="pane-rail-list">
          {prospects.map((prospect) => (
            <li key={prospect.id}>
              <button
                type="button"
                className="prospect-avatar pane-rail-avatar"
                aria-label={`Open ${prospectTitle(prospect)}`}
                aria-current={prospect.accountId === selectedAccountId ? 'true' : undefined}
                title={prospectTitle(prospect)}
                onClick={() => onSelect(prospect.accountId)}
              >
                {prospectInitials(prospect)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}

/**
 * A folded pane opened over the page. Escape or a click outside it closes it; focus goes into it
 * on opening and back to what opened it on closing, as in a dialog.
 */
export function PaneOverlay({
  side,
  open,
  onClose,
  children,
}: {
  side: 'start' | 'end';
  open: boolean;
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    if (!open) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const first = ref.current?.querySelector<HTMLElement>(
      'button, [href], input, textarea, [contenteditable="true"], [tabindex]:not([tabindex="-1"])',
    );
    first?.focus({ preventScroll: true });
    const closeOnOutside = (event: PointerEvent) => {
      const target = event.target as Element | null;
      // The rail's own button toggles; a menu or dialog opened from the pane is not "outside".
      if (ref.current?.contains(target) || target?.closest('.pane-rail, dialog, [role="menu"]')) return;
      onCloseRef.current();
    };
    document.addEventListener('pointerdown', closeOnOutside, true);
    return () => {
      document.removeEventListener('pointerdown', closeOnOutside, true);
      // Hidden, the pane has dropped focus to the body: give it back to the opener.
      const lost = document.activeElement === document.body || ref.current?.contains(document.activeElement);
      if (opener?.isConnected && lost) {
        opener.focus({ preventScroll: true });
      }
    };
  }, [open]);

  return (
    <div
      ref={ref}
      className={`pane-overlay pane-overlay-${side}`}
      hidden={!open}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        event.preventDefault();
        onClose();
      }}
    >
      {children}
    </div>
  );
}
