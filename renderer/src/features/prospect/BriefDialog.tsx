import { useEffect, useRef, useState } from 'react';
import type { BriefResultDto } from '../../../../common/dto';
import { api } from '../../api';
import { useApiQuery } from '../../api/useApiQuery';
import { describeError } from '../../components/describeError';
import { Dialog } from '../../components/Dialog';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { briefArgs, briefSectionChoices, redactionCandidates } from './briefOptions';
import './brief-dialog.css';

/**
 * The brief's options before saving: which sections, which people to hide, and how many pages
 * that makes (the brief is made as a preview on each change; saving makes the final file).
 */
export function BriefDialog({
  accountId,
  onSave,
  onClose,
}: {
  accountId: number;
  onSave: (args: ReturnType<typeof briefArgs>, preview: BriefResultDto) => void;
  onClose: () => void;
}) {
  const [sections, setSections] = useState<Set<string>>(() => new Set(briefSectionChoices.map((s) => s.id)));
  const [hidden, setHidden] = useState<Set<number>>(() => new Set());
  // The preview with the options it was made for: one made for older options is not shown.
  const [made, setPreview] = useState<{ key: string; result: BriefResultDto } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const paths = useApiQuery('paths.find', { accountId, limit: 5 }, { dependsOn: ['records', 'people'] }).data;
  const people = paths ? redactionCandidates(paths.paths, accountId) : [];
  const args = briefArgs(accountId, sections, hidden);
  const typed = JSON.stringify(args);
  // Several clicks in a row make one preview; and one export at a time (the core refuses a second).
  const key = useDebouncedValue(typed, 400);
  const running = useRef<Promise<unknown>>(Promise.resolve());

  const preview = made?.key === typed ? made.result : null;
  useEffect(() => setError(null), [typed]);

  useEffect(() => {
    if (sections.size === 0) return;
    let live = true;
    const asked = JSON.parse(key) as typeof args;
    running.current = running.current
      .catch(() => {})
      .then(() => (live ? api.brief.export(asked) : null))
      .then((result) => live && result && setPreview({ key, result }))
      .catch((caught: unknown) => live && setError(describeError(caught)));
    return () => {
      live = false;
    };
    // sections.size is read from the same render as key.
  }, [key]);

  const toggle = <T,>(set: Set<T>, value: T) => {
    const next = new Set(set);
    if (next.has(value)) next.delete(value);
    else next.add(value);
    return next;
  };

  return (
    <Dialog
      title="Export brief"
      onClose={onClose}
      testId="brief-dialog"
      className="brief-dialog"
      footer={
        <>
          <span className="brief-pages" role="status" data-testid="brief-pages">
            {sections.size === 0
              ? 'Choose at least one section'
              : error
                ? error
                : preview
                  ? `${preview.pages} ${preview.pages === 1 ? 'page' : 'pages'}`
                  : 'Counting pages…'}
          </span>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button button-primary"
            data-testid="brief-save"
            disabled={!preview || sections.size === 0}
            onClick={() => preview && onSave(args, preview)}
          >
            Save…
          </button>
        </>
      }
    >
      <fieldset className="brief-fieldset">
        <legend>Sections</legend>
        {briefSectionChoices.map((section) => (
          <label key={section.id} className="brief-choice">
            <input
              type="checkbox"
              className="checkbox"
              checked={sections.has(section.id)}
              onChange={() => setSections((set) => toggle(set, section.id))}
            />
            {section.title}
          </label>
        ))}
      </fieldset>
      <fieldset className="brief-fieldset">
        <legend>Hide people</legend>
        {people.length === 0 ? (
          <p className="brief-none">{paths ? 'Nobody is named on the paths.' : 'Reading the paths…'}</p>
        ) : (
          <>
            <p className="brief-none">Their names and handles are redacted wherever the brief shows them.</p>
            {people.map((person) => (
              <label key={person.id} className="brief-choice">
                <input
                  type="checkbox"
                  className="checkbox"
                  checked={hidden.has(person.id)}
                  onChange={() => setHidden((set) => toggle(set, person.id))}
                />
                {person.name ?? ''} {person.handle ? `@${person.handle}` : ''}
              </label>
            ))}
          </>
        )}
      </fieldset>
    </Dialog>
  );
}
