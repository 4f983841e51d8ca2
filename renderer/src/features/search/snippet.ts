import { MARK_END, MARK_START } from '../../../../common/search-marks';

export { MARK_END, MARK_START };

export interface SnippetPart {
  text: string;
  marked: boolean;
}

/**
 * A search snippet split into plain and marked runs, for <mark> elements: the text is never read
 * as HTML. A start without an end marks to the end; stray ends are dropped.
 */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let marked = false;
  let current = '';
  const flush = () => {
    if (!current) return;
    const last = parts.at(-1);
    if (last && last.marked === marked) last.text += current;
    else parts.push({ text: current, marked });
    current = '';
  };
  for (const char of snippet) {
    if (char === MARK_START || char === MARK_END) {
      flush();
      marked = char === MARK_START;
    } else current += char;
  }
  flush();
  return parts;
}

/** The snippet as plain text, markers removed: for citing and tooltips. */
export function snippetText(snippet: string): string {
  return snippet.replaceAll(MARK_START, '').replaceAll(MARK_END, '');
}
