import {
  Annotation,
  StateEffect,
  StateField,
  Transaction,
  type ChangeSet,
  type EditorSelection,
  type EditorState,
  type Extension,
} from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';

/**
 * Undo and redo for the notes editor. @codemirror/commands (whose `history()` this stands in
 * for) is not among the app's dependencies; notes need only a linear history, so this keeps
 * inverted change sets, joining keystrokes typed within half a second into one step.
 */

interface HistoryEntry {
  /** Applied to the document after the change, restores the document before it. */
  changes: ChangeSet;
  selection: EditorSelection;
}

interface HistoryState {
  done: readonly HistoryEntry[];
  undone: readonly HistoryEntry[];
  lastAt: number;
  lastKind: string | null;
}

const JOIN_MS = 500;
const MAX_DEPTH = 300;
const fromHistory = Annotation.define<boolean>();
const replaceHistory = StateEffect.define<HistoryState>();

const historyField = StateField.define<HistoryState>({
  create: () => ({ done: [], undone: [], lastAt: 0, lastKind: null }),
  update(history, tr) {
    for (const effect of tr.effects) if (effect.is(replaceHistory)) return effect.value;
    if (!tr.docChanged || tr.annotation(fromHistory) || tr.annotation(Transaction.addToHistory) === false) {
      return history;
    }
    const now = Date.now();
    const kind = tr.isUserEvent('input.type') ? 'type' : tr.isUserEvent('delete') ? 'delete' : 'other';
    const inverse = tr.changes.invert(tr.startState.doc);
    const last = history.done.at(-1);
    const join = last && kind !== 'other' && kind === history.lastKind && now - history.lastAt < JOIN_MS;
    const entry: HistoryEntry = join
      ? { changes: inverse.compose(last.changes), selection: last.selection }
      : { changes: inverse, selection: tr.startState.selection };
    const done = [...(join ? history.done.slice(0, -1) : history.done), entry].slice(-MAX_DEPTH);
    return { done, undone: [], lastAt: now, lastKind: kind };
  },
});

function step(view: EditorView, from: 'done' | 'undone'): boolean {
  const state: EditorState = view.state;
  const history = state.field(historyField);
  const entry = history[from].at(-1);
  if (!entry) return false;
  const back: HistoryEntry = { changes: entry.changes.invert(state.doc), selection: state.selection };
  const to = from === 'done' ? 'undone' : 'done';
  const next: HistoryState = {
    ...history,
    [from]: history[from].slice(0, -1),
    [to]: [...history[to], back],
    lastKind: null,
  };
  view.dispatch({
    changes: entry.changes,
    selection: entry.selection,
    effects: replaceHistory.of(next),
    annotations: [fromHistory.of(true), Transaction.userEvent.of(from === 'done' ? 'undo' : 'redo')],
    scrollIntoView: true,
  });
  return true;
}

export const undo = (view: EditorView): boolean => step(view, 'done');
export const redo = (view: EditorView): boolean => step(view, 'undone');

export function editorHistory(): Extension {
  return [
    historyField,
    keymap.of([
      { key: 'Mod-z', run: undo, preventDefault: true },
      { key: 'Mod-y', run: redo, preventDefault: true },
      { key: 'Mod-Shift-z', run: redo, preventDefault: true },
    ]),
    // Edit › Undo in the app's menu runs document.execCommand('undo'), which arrives as this.
    EditorView.domEventHandlers({
      beforeinput(event, view) {
        if (event.inputType === 'historyUndo') {
          event.preventDefault();
          return undo(view) || true;
        }
        if (event.inputType === 'historyRedo') {
          event.preventDefault();
          return redo(view) || true;
        }
        return false;
      },
    }),
  ];
}
