import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';
import './empty-state.css';

/** What a pane says when it has nothing to show yet, and how that changes. */
export function EmptyState({
  icon,
  title,
  children,
  testId,
  compact = false,
}: {
  icon: IconName;
  title: string;
  children?: ReactNode;
  testId?: string;
  compact?: boolean;
}) {
  return (
    <div className={compact ? 'empty-state empty-state-compact' : 'empty-state'} data-testid={testId}>
      <div className="empty-state-icon">
        <Icon name={icon} size={compact ? 18 : 22} />
      </div>
      <div className="empty-state-title">{title}</div>
      {children && <div className="empty-state-text">{children}</div>}
    </div>
  );
}
