import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorView } from '@codemirror/view';
// A dependency of @codemirror/language, which styles syntax through these tags.
import { tags } from '@lezer/highlight';

/**
 * The notes editor drawn with the app's CSS variables, so it follows light and dark mode
 * without rebuilding the editor.
 */
export const editorTheme = EditorView.theme({
  '&': {
    height: '100%',
    color: 'var(--text)',
    backgroundColor: 'var(--content)',
    fontSize: 'var(--font-size)',
  },
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': {
    fontFamily: 'var(--font-ui)',
    lineHeight: '1.55',
    overflow: 'auto',
  },
  '.cm-content': {
    padding: '12px 14px 40px',
    caretColor: 'var(--text)',
  },
  '.cm-line': { padding: '0' },
  '&.cm-focused .cm-cursor': { borderLeftColor: 'var(--text)' },
  '.cm-selectionBackground, ::selection': { backgroundColor: 'var(--selection) !important' },
  '&.cm-focused .cm-selectionBackground': { backgroundColor: 'var(--selection)' },
  '.cm-placeholder': { color: 'var(--text-tertiary)' },
  '.cm-dropCursor': { borderLeft: '2px solid var(--accent)' },
});

const markdownStyle = HighlightStyle.define([
  { tag: tags.heading1, fontSize: '1.3em', fontWeight: '700' },
  { tag: tags.heading2, fontSize: '1.15em', fontWeight: '700' },
  { tag: [tags.heading3, tags.heading4, tags.heading5, tags.heading6], fontWeight: '700' },
  { tag: tags.strong, fontWeight: '700' },
  { tag: tags.emphasis, fontStyle: 'italic' },
  { tag: tags.strikethrough, textDecoration: 'line-through' },
  { tag: tags.link, color: 'var(--accent-strong-text)' },
  { tag: tags.url, color: 'var(--text-tertiary)' },
  { tag: tags.quote, color: 'var(--text-secondary)' },
  { tag: tags.monospace, fontFamily: 'var(--font-mono)', fontSize: '0.92em' },
  { tag: [tags.processingInstruction, tags.contentSeparator, tags.meta], color: 'var(--text-tertiary)' },
  { tag: tags.list, color: 'var(--text-secondary)' },
]);

export const markdownHighlighting = syntaxHighlighting(markdownStyle);
