import { Dialog } from '../../components/Dialog';
import { formatCount } from '../../components/format/count';
import { ChooseStep } from './ChooseStep';
import { canImport, choiceProblem, initialChoice, itemsToRun } from './importChoices';
import { PreparingStep } from './PreparingStep';
import { ResultsStep } from './ResultsStep';
import { ReviewStep } from './ReviewStep';
import { RunStep } from './RunStep';
import type { ImportFlow } from './useImportFlow';
import './import.css';

function selectionText(flow: ImportFlow): string {
  const importable = flow.items.filter(canImport);
  const selected = importable.filter((item) => (flow.choices.get(item.path) ?? initialChoice(item)).selected);
  if (importable.length === 0) return 'Nothing here can be imported';
  const unanswered = selected.filter(
    (item) => choiceProblem(item, flow.choices.get(item.path) ?? initialChoice(item)) !== null,
  ).length;
  const text = `${formatCount(selected.length)} of ${formatCount(importable.length)} selected`;
  if (unanswered === 0) return text;
  return `${text} · ${unanswered === 1 ? '1 needs an answer' : `${formatCount(unanswered)} need answers`}`;
}

/** The Import dialog, one step at a time; the flow hook owns what happens. */
export function ImportDialog({
  flow,
  dragging,
  onChooseFiles,
  onChooseFolder,
  onShowAccounts,
}: {
  flow: ImportFlow;
  dragging: boolean;
  onChooseFiles: () => void;
  onChooseFolder: () => void;
  onShowAccounts: () => void;
}) {
  const { stage } = flow;
  const cancelButton = (
    <button type="button" className="button" onClick={flow.close}>
      Cancel
    </button>
  );

  let body;
  let footer;
  switch (stage.step) {
    case 'choose':
      body = (
        <ChooseStep
          dragging={dragging}
          error={stage.error}
          onChooseFiles={onChooseFiles}
          onChooseFolder={onChooseFolder}
        />
      );
      footer = cancelButton;
      break;
    case 'preparing':
      body = <PreparingStep task={stage.task} upload={stage.upload} samples={stage.samples} />;
      footer = (
        <button type="button" className="button" onClick={flow.cancel} autoFocus>
          Cancel
        </button>
      );
      break;
    case 'review': {
      const ready = itemsToRun(flow.items, flow.choices) !== null;
      body = (
        <ReviewStep items={flow.items} choices={flow.choices} error={stage.error} onChange={flow.setChoice} />
      );
      footer = (
        <>
          <span className="import-footer-note">{selectionText(flow)}</span>
          <button type="button" className="button" onClick={onChooseFiles}>
            Add files…
          </button>
          {cancelButton}
          <button
            type="button"
            className="button button-primary"
            data-testid="import-start"
            disabled={!ready}
            onClick={flow.run}
            autoFocus
          >
            Import
          </button>
        </>
      );
      break;
    }
    case 'running':
      body = (
        <RunStep
          item={stage.item}
          index={stage.index}
          count={stage.count}
          progress={stage.progress}
          samples={stage.samples}
          cancelling={flow.cancelling}
        />
      );
      footer = (
        <button
          type="button"
          className="button"
          data-testid="import-cancel"
          disabled={flow.cancelling}
          onClick={flow.cancel}
          autoFocus
        >
          {flow.cancelling ? 'Cancelling…' : 'Cancel'}
        </button>
      );
      break;
    case 'finished': {
      const anyImported = flow.outcomes.some((outcome) => outcome.status === 'imported');
      body = <ResultsStep outcomes={flow.outcomes} />;
      footer = (
        <>
          <button type="button" className="button import-footer-start" onClick={flow.startOver}>
            Import more…
          </button>
          <button type="button" className="button" onClick={flow.close} autoFocus={!anyImported}>
            Done
          </button>
          {anyImported && (
            <button
              type="button"
              className="button button-primary"
              autoFocus
              onClick={() => {
                flow.close();
                onShowAccounts();
              }}
            >
              Show accounts
            </button>
          )}
        </>
      );
      break;
    }
  }

  return (
    <Dialog
      title="Import"
      onClose={flow.close}
      className={dragging ? 'import-dialog is-dragging' : 'import-dialog'}
      testId="import-dialog"
      footer={footer}
    >
      {body}
    </Dialog>
  );
}
