import { Icon } from './Icon';

/** An inline error, announced to screen readers as soon as it appears. */
export function Alert({
  title,
  message,
  onDismiss,
}: {
  title?: string;
  message: string;
  onDismiss?: () => void;
}) {
  return (
    <div className="alert" role="alert">
      <Icon name="error" className="alert-icon" />
      <div className="alert-body">
        {title && <div className="alert-title">{title}</div>}
        <div className="alert-message">{message}</div>
      </div>
      {onDismiss && (
        <button type="button" className="icon-button alert-dismiss" aria-label="Dismiss" onClick={onDismiss}>
          <Icon name="close" size={12} />
        </button>
      )}
    </div>
  );
}
