import { useEffect, useId, useRef, useState } from 'react';
import type { IntroDraftDto } from '../../../../common/introductions';
import { Icon } from '../../components/Icon';
import { draftPurpose, personPlaceholders } from './introDraftText';

/** Clipboard API first; the old selection copy where it is refused (no permission, no focus). */
async function copyText(
  text: string,
  field: HTMLTextAreaElement | HTMLInputElement | null,
): Promise<boolean> {
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

function CopyButton({
  text,
  field,
  label,
}: {
  text: string;
  field: () => HTMLTextAreaElement | null;
  label: string;
}) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  useEffect(() => {
    if (copied === null) return;
    const timer = setTimeout(() => setCopied(null), 2000);
    return () => clearTimeout(timer);
  }, [copied]);
  return (
    <>
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
        aria-label={label}
        onClick={() => void copyText(text, field()).then((ok) => setCopied(ok ? 'yes' : 'failed'))}
      >
        {copied === 'yes' ? <Icon name="check" size={13} /> : <Icon name="copy" size={13} />}
        Copy
      </button>
    </>
  );
}

/** One draft: who to, the subject, the editable text, what it leaves to fill in, and the facts behind it. */
export function IntroDraftCard({
  draft,
  body,
  onBodyChange,
  personName,
}: {
  draft: IntroDraftDto;
  body: string;
  onBodyChange: (body: string) => void;
  /** The user's person on the path, whose facts People keeps; null on the user's own path. */
  personName: string | null;
}) {
  const bodyId = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const open = draft.placeholders.filter((p) => body.includes(p));
  const keptInPeople = personPlaceholders({ ...draft, placeholders: open });

  return (
    <section className="intro-draft" data-testid="intro-draft" data-kind={draft.kind}>
      <p className="field-hint">{draftPurpose(draft)}</p>
      <dl className="intro-draft-meta">
        <dt>From</dt>
        <dd>{draft.from}</dd>
        <dt>To</dt>
        <dd data-testid="intro-draft-to">{draft.to}</dd>
        <dt>Subject</dt>
        <dd className="selectable">{draft.subject}</dd>
      </dl>
      <div className="intro-field">
        <div className="intro-field-head">
          <label className="field-label" htmlFor={bodyId}>
            Text
          </label>
          <CopyButton text={body} field={() => field.current} label={`Copy the text of “${draft.subject}”`} />
        </div>
        <textarea
          id={bodyId}
          ref={field}
          className="text-area intro-draft-body"
          data-testid="intro-draft-body"
          rows={11}
          value={body}
          spellCheck
          onChange={(event) => onBodyChange(event.target.value)}
        />
      </div>
      {open.length > 0 && (
        <p className="intro-placeholders" data-testid="intro-placeholders">
          <Icon name="warning" size={14} />
          <span>
            Fill in before sending: {open.join(', ')}.
            {keptInPeople.length > 0 &&
              personName &&
              ` Add what you know about ${personName} in People and the drafts use it next time.`}
          </span>
        </p>
      )}
      <details className="intro-facts" open>
        <summary>
          {draft.facts.length === 0
            ? 'States no facts from your data'
            : `Built from ${draft.facts.length} ${draft.facts.length === 1 ? 'fact' : 'facts'}`}
        </summary>
        {draft.facts.length > 0 && (
          <ul data-testid="intro-facts">
            {draft.facts.map((fact) => (
              <li key={`${fact.text}|${fact.source}`}>
                <span className="intro-fact-text selectable">{fact.text}</span>
                <span className="intro-fact-source">{fact.source}</span>
              </li>
            ))}
          </ul>
        )}
      </details>
    </section>
  );
}
