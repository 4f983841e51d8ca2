import { markdown, markdownKeymap } from '@codemirror/lang-markdown';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, placeholder } from '@codemirror/view';
import { useEffect, useRef } from 'react';
import { CITE_MIME, citationInsert } from './citation';
import { editorHistory } from './editorHistory';
import { editorTheme, markdownHighlighting } from './editorTheme';

/** Text to put into the editor from outside (a "Cite in notes" button); `seq` makes repeats count. */
export interface InsertRequest {
  text: string;
  seq: number;
}

function insertCitation(view: EditorView, citation: string, pos: number): void {
  const doc = view.state.doc;
  const text = citationInsert(
    doc.sliceString(Math.max(0, pos - 2), pos),
    doc.sliceString(pos, pos + 2),
    citation,
  );
  view.dispatch({
    changes: { from: pos, insert: text },
    selection: { anchor: pos + text.length },
    scrollIntoView: true,
    userEvent: 'input.drop',
  });
}

/**
 * A CodeMirror 6 markdown editor. It is uncontrolled: `initialText` is read once (the parent
 * remounts it for another note) and every change is reported through `onChange`.
 */
export function MarkdownEditor({
  initialText,
  label,
  placeholderText,
  insertRequest,
  onInserted,
  onChange,
  onBlur,
}: {
  initialText: string;
  label: string;
  placeholderText: string;
  insertRequest: InsertRequest | null;
  /** The request has been applied: the parent drops it so a remount does not apply it again. */
  onInserted: () => void;
  onChange: (text: string) => void;
  onBlur: () => void;
}) {
  const hostRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const focusedOnce = useRef(false);
  const handlers = useRef({ onChange, onBlur, onInserted });
  handlers.current = { onChange, onBlur, onInserted };
  const initial = useRef({ initialText, label, placeholderText });
  const handledInsert = useRef(0);

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const { initialText: doc, label: ariaLabel, placeholderText: hint } = initial.current;
    const view = new EditorView({
      parent: host,
      state: EditorState.create({
        doc,
        extensions: [
          editorHistory(),
          markdown(),
          keymap.of(markdownKeymap),
          EditorView.lineWrapping,
          editorTheme,
          markdownHighlighting,
          placeholder(hint),
          EditorView.contentAttributes.of({
            'aria-label': ariaLabel,
            'aria-multiline': 'true',
            'data-testid': 'notes-editor',
            spellcheck: 'true',
          }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) handlers.current.onChange(update.state.doc.toString());
            if (update.focusChanged && update.view.hasFocus) focusedOnce.current = true;
          }),
          EditorView.domEventHandlers({
            blur: () => {
              handlers.current.onBlur();
              return false;
            },
            dragover(event) {
              if (!event.dataTransfer?.types.includes(CITE_MIME)) return false;
              event.preventDefault();
              event.dataTransfer.dropEffect = 'copy';
              return true;
            },
            drop(event, editor) {
              const data = event.dataTransfer;
              if (!data) return false;
              // Files go to the window's import drop, not into the note as text.
              if (data.types.includes('Files')) return true;
              if (!data.types.includes(CITE_MIME)) return false; // plain text: CodeMirror's own drop
              const citation = data.getData(CITE_MIME).trim();
              if (!citation) return false;
              event.preventDefault();
              const pos =
                editor.posAtCoords({ x: event.clientX, y: event.clientY }) ??
                editor.state.selection.main.head;
              insertCitation(editor, citation, pos);
              editor.focus();
              return true;
            },
          }),
        ],
      }),
    });
    viewRef.current = view;
    return () => {
      viewRef.current = null;
      view.destroy();
    };
  }, []);

  useEffect(() => {
    const view = viewRef.current;
    if (!view || !insertRequest || insertRequest.seq === handledInsert.current) return;
    handledInsert.current = insertRequest.seq;
    // Where the user was writing; at the end if they have not been in the editor yet.
    const pos = focusedOnce.current ? view.state.selection.main.head : view.state.doc.length;
    insertCitation(view, insertRequest.text, pos);
    view.focus();
    handlers.current.onInserted();
  }, [insertRequest]);

  return <div className="markdown-editor selectable" ref={hostRef} />;
}
