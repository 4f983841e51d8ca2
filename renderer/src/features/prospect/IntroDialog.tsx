import { useEffect, useId, useRef, useState } from 'react';
import type { ReferralPathDto } from '../../../../common/dto';
import { useApiQuery } from '../../api/useApiQuery';
import { Alert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { Icon } from '../../components/Icon';
import { pathLine, pathSteps } from './pathText';

/** Clipboard API first; the old selection copy where it is refused (no permission, no focus). */
async function copyText(text: string, field: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!field) return false;
    field.focus();
    field.select();
    return document.execCommand('copy');
  }
}

function DraftField({
  label,
  hint,
  value,
  onChange,
  testId,
  rows,
}: {
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  testId: string;
  rows: number;
}) {
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  useEffect(() => {
    if (copied === null) return;
    const timer = setTimeout(() => setCopied(null), 2000);
    return () => clearTimeout(timer);
  }, [copied]);

  return (
    <div className="intro-field">
      <div className="intro-field-head">
        <label className="field-label" htmlFor={id}>
          {label}
        </label>
        <span className="intro-copied" role="status">
          {copied === 'yes'
            ? 'Copied'
            : copied === 'failed'
              ? 'Could not copy: select the text and copy it'
              : ''}
        </span>
        <button
          type="button"
          className="button button-small"
          onClick={() => void copyText(value, field.current).then((ok) => setCopied(ok ? 'yes' : 'failed'))}
        >
          {copied === 'yes' ? <Icon name="check" size={13} /> : <Icon name="copy" size={13} />}
          Copy
        </button>
      </div>
      <textarea
        id={id}
        ref={field}
        className="text-area"
        data-testid={testId}
        rows={rows}
        value={value}
        spellCheck
        onChange={(event) => onChange(event.target.value)}
      />
      <span className="field-hint">{hint}</span>
    </div>
  );
}

/** Two drafts for the chosen path: the ask to the bridge, and a note the bridge can forward. */
export function IntroDialog({
  accountId,
  pathIndex,
  path,
  onClose,
}: {
  accountId: number;
  pathIndex: number;
  path: ReferralPathDto;
  onClose: () => void;
}) {
  const { data: draft, error } = useApiQuery(
    'intro.draft',
    { accountId, pathIndex },
    { dependsOn: ['records', 'links', 'rules'] },
  );
  // The user's edits to the texts; null until they type, so a refreshed draft still shows.
  const [toBridgeEdit, setToBridge] = useState<string | null>(null);
  const [forwardableEdit, setForwardable] = useState<string | null>(null);
  const toBridge = toBridgeEdit ?? draft?.toBridge ?? '';
  const forwardable = forwardableEdit ?? draft?.forwardable ?? '';

  const steps = pathSteps(path);
  const bridge = steps.find((step) => step.kind === 'person' || step.kind === 'bridge');
  const direct = draft !== null && draft.forwardable === '';
  const title = bridge && !direct ? `Introduction via ${bridge.label}` : 'A note to the prospect';

  return (
    <Dialog
      title={title}
      onClose={onClose}
      className="intro-dialog"
      testId="intro-dialog"
      footer={
        <button type="button" className="button button-primary" onClick={onClose}>
          Done
        </button>
      }
    >
      <p className="intro-path" title={pathLine(path)}>
        {pathLine(path)}
      </p>
      {error && <Alert title="Could not draft the introduction" message={error} />}
      {!draft && !error && (
        <p className="intro-loading" aria-busy="true">
          <span className="spinner" /> Drafting from the path and what the prospect talks about…
        </p>
      )}
      {draft && (
        <>
          {draft.topics.length > 0 && (
            <p className="intro-topics">
              Drawn from what they focus on: {draft.topics.slice(0, 5).join(', ')}.
            </p>
          )}
          <DraftField
            label={direct ? 'To the prospect' : `To ${bridge?.label ?? 'the bridge'}`}
            hint={
              direct ? 'You are already connected: write to them directly.' : 'Asks for the introduction.'
            }
            value={toBridge}
            onChange={setToBridge}
            testId="intro-to-bridge"
            rows={9}
          />
          {direct ? (
            <p className="field-hint" data-testid="intro-forwardable">
              No note to forward: you are already connected to the prospect.
            </p>
          ) : (
            <DraftField
              label="For them to forward"
              hint="Short enough to pass on as it is; edit it before you send the first message."
              value={forwardable}
              onChange={setForwardable}
              testId="intro-forwardable"
              rows={7}
            />
          )}
        </>
      )}
    </Dialog>
  );
}
