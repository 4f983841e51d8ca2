import { useState } from 'react';
import type { ReferralPathDto } from '../../../../common/dto';
import { allButNotes } from '../../../../common/data-kinds';
import { useApiQuery } from '../../api/useApiQuery';
import { Alert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { IntroDraftCard } from './IntroDraftCard';
import { draftTabLabel } from './introDraftText';
import { pathLine, pathSteps } from './pathText';
import './intro-drafts.css';

/** The drafts for the chosen path, built from facts only: one at a time, with the facts behind it. */
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
  // Person facts, links and imports all change what a draft may say.
  const { data, error } = useApiQuery('intro.draft', { accountId, pathIndex }, { dependsOn: allButNotes });
  const [shown, setShown] = useState(0);
  // The user's edits, per draft; a draft not edited follows the core's latest text.
  const [edits, setEdits] = useState<Record<number, string>>({});

  const steps = pathSteps(path);
  const bridge = steps.find((step) => step.kind === 'person' || step.kind === 'bridge');
  const drafts = data?.drafts ?? [];
  const direct = drafts.length === 1 && drafts[0]!.kind === 'direct';
  const title = bridge && !direct ? `Introduction via ${bridge.label}` : 'A note to the prospect';
  const current = drafts[Math.min(shown, drafts.length - 1)];
  const personName = path.start.relationship === 'me' ? null : path.start.personName;
  const coldReasons = path.hops.flatMap((hop) => (hop.coldReason ? [hop.coldReason] : []));

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
      {coldReasons.length > 0 && (
        <p className="intro-cold" data-testid="intro-cold">
          Cold: {coldReasons.join('; ')}. Nothing in these drafts claims they know you.
        </p>
      )}
      {error && <Alert title="Could not draft the introduction" message={error} />}
      {!data && !error && (
        <p className="intro-loading" aria-busy="true">
          <span className="spinner" /> Drafting from the path and what you keep about your people…
        </p>
      )}
      {drafts.length > 1 && (
        <div className="intro-switch" role="group" aria-label="Drafts">
          {drafts.map((draft, index) => (
            <button
              key={draft.kind}
              type="button"
              className="intro-switch-button"
              aria-pressed={draft === current}
              data-testid="intro-draft-tab"
              onClick={() => setShown(index)}
            >
              <span className="intro-switch-step tabular" aria-hidden="true">
                {index + 1}
              </span>
              {draftTabLabel(draft)}
              {draft.placeholders.length > 0 && edits[index] === undefined && (
                <span className="intro-switch-open" title="Has text to fill in">
                  <span className="visually-hidden">(has text to fill in)</span>
                </span>
              )}
            </button>
          ))}
        </div>
      )}
      {current && (
        <IntroDraftCard
          key={current.kind}
          draft={current}
          body={edits[drafts.indexOf(current)] ?? current.body}
          onBodyChange={(body) => setEdits((all) => ({ ...all, [drafts.indexOf(current)]: body }))}
          personName={personName}
        />
      )}
    </Dialog>
  );
}
