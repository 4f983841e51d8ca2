import { useState } from 'react';
import type { PursuitSettings } from '../../../../common/dto';
import { api } from '../../api';
import { Alert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { useBusyAction } from '../../components/useBusyAction';
import { cleanPursuit } from './editorModel';
import { EditorButtons } from './EditorButtons';
import { TagsInput } from './TagsInput';
import './editors.css';

/** What the user sells and against whom: competitors are flagged in every table, both feed the presets. */
export function PursuitEditor({
  pursuit,
  onClose,
  onSaved,
}: {
  pursuit: PursuitSettings;
  onClose: () => void;
  onSaved?: (pursuit: PursuitSettings) => void;
}) {
  const [draft, setDraft] = useState(pursuit);
  const { busy, error, run } = useBusyAction();
  const changed = JSON.stringify(cleanPursuit(draft)) !== JSON.stringify(cleanPursuit(pursuit));
  const save = () =>
    run(async () => {
      const saved = await api.pursuit.save(cleanPursuit(draft));
      onSaved?.(saved);
      onClose();
    });
  return (
    <Dialog
      title="Competitors and your business"
      className="pursuit-editor"
      testId="pursuit-editor"
      onClose={onClose}
      footer={
        <>
          <EditorButtons
            saveLabel="Save"
            busy={busy}
            canSave={changed}
            onCancel={onClose}
            onSave={() => void save()}
          />
        </>
      }
    >
      <p>
        For this workspace. Competitors are flagged wherever they appear in your tables; search offers presets
        for both.
      </p>
      {error && <Alert message={error} />}
      <TagsInput
        label="Your business"
        hint="Your product, company and the words people use for what you sell."
        placeholder="e.g. Acme CRM, onboarding software"
        values={draft.business}
        testId="pursuit-business"
        onChange={(business) => setDraft((d) => ({ ...d, business }))}
      />
      <TagsInput
        label="Competitor accounts"
        hint="Handles, with or without the @."
        placeholder="e.g. @rivalhq"
        values={draft.competitors.handles}
        testId="pursuit-handles"
        onChange={(handles) => setDraft((d) => ({ ...d, competitors: { ...d.competitors, handles } }))}
      />
      <TagsInput
        label="Competitor keywords"
        hint="Names that mark an account as a competitor when they appear in its name, handle or bio."
        placeholder="e.g. Rival, Othercorp"
        values={draft.competitors.keywords}
        testId="pursuit-keywords"
        onChange={(keywords) => setDraft((d) => ({ ...d, competitors: { ...d.competitors, keywords } }))}
      />
    </Dialog>
  );
}
