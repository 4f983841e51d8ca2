import { useId } from 'react';
import type { MailReviewDto } from '../../../../common/dto';
import { addressList, mailDraftProblem, withAddress, type MailDraft } from './mailChoice';

/**
 * The review of the user's own mail, calendar or LinkedIn activity: which addresses are theirs
 * (prefilled from the mailbox), what to leave out, and the two switches. Says what is read.
 */
export function MailQuestions({
  review,
  draft,
  disabled,
  isCalendar,
  onChange,
}: {
  review: MailReviewDto;
  draft: MailDraft;
  disabled: boolean;
  isCalendar: boolean;
  onChange: (draft: MailDraft) => void;
}) {
  const id = useId();
  const problem = mailDraftProblem(draft);
  const own = new Set(addressList(draft.ownAddresses));
  const others = review.frequentSenders.filter((s) => !own.has(s.address)).slice(0, 6);
  const set = (change: Partial<MailDraft>) => onChange({ ...draft, ...change });
  return (
    <div className="import-mail" data-testid="mail-review">
      <p className="import-mail-note">
        {isCalendar
          ? 'Only who organised, who was invited and when is read; event titles only if you ask.'
          : 'Only who wrote to whom and when is read. Bodies and attachments are never kept; subjects only if you ask.'}
      </p>
      <label className="field import-question">
        <span className="field-label">Your own addresses</span>
        <input
          className="text-input"
          placeholder="dana@example.com, dana@work.example"
          value={draft.ownAddresses}
          disabled={disabled}
          spellCheck={false}
          autoComplete="off"
          aria-describedby={`${id}-own-help`}
          onChange={(event) => set({ ownAddresses: event.target.value })}
        />
        <span className="field-hint" id={`${id}-own-help`}>
          {isCalendar
            ? 'Your answers to invitations (declined ones do not count) are found under these.'
            : review.proposedOwn.length > 0
              ? 'Prefilled from the messages you sent; a message from one of these is one you wrote.'
              : 'A message from one of these is one you wrote.'}
        </span>
      </label>
      {others.length > 0 && (
        <div className="import-mail-senders" role="group" aria-label="Frequent senders">
          <span className="field-hint">Frequent senders:</span>
          {others.map((sender) => (
            <button
              key={sender.address}
              type="button"
              className="button button-small"
              disabled={disabled}
              title={`Add ${sender.address} to your own addresses`}
              onClick={() => set({ ownAddresses: withAddress(draft.ownAddresses, sender.address) })}
            >
              + {sender.address} <span className="tabular">({sender.count})</span>
            </button>
          ))}
        </div>
      )}
      <label className="field import-question">
        <span className="field-label">Leave out these addresses and domains</span>
        <textarea
          className="text-input"
          rows={2}
          placeholder="news@shop.example, family.example"
          value={draft.exclude}
          disabled={disabled}
          spellCheck={false}
          aria-describedby={`${id}-exclude-help`}
          onChange={(event) => set({ exclude: event.target.value })}
        />
        <span className="field-hint" id={`${id}-exclude-help`}>
          Never stored, not even in the list of imports.
        </span>
      </label>
      {!isCalendar && (
        <label className="import-mail-switch">
          <input
            type="checkbox"
            className="checkbox"
            checked={draft.includeAutomated}
            disabled={disabled}
            onChange={(event) => set({ includeAutomated: event.target.checked })}
          />
          Keep mailing lists and automated messages
          {review.automated > 0 && (
            <span className="field-hint">
              {' '}
              ({review.automated} of the first {review.sampled} messages are)
            </span>
          )}
        </label>
      )}
      <label className="import-mail-switch">
        <input
          type="checkbox"
          className="checkbox"
          checked={draft.keepSubjects}
          disabled={disabled}
          onChange={(event) => set({ keepSubjects: event.target.checked })}
        />
        Keep subjects{isCalendar ? ' and event titles' : ''}
      </label>
      {problem && (
        <span className="field-problem" role="alert">
          {problem}
        </span>
      )}
    </div>
  );
}
