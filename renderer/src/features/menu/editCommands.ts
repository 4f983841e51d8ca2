import type { EditCommand } from './commands';

/**
 * Opening a menu moves focus into it, so the field the user was editing must be remembered to
 * cut, copy or paste there. This records the last focus and text selection outside the menus.
 */
export function rememberFocusOutside(menus: () => HTMLElement | null): {
  restore: () => void;
  stop: () => void;
} {
  let lastFocus: HTMLElement | null = null;
  let lastRange: Range | null = null;

  const onFocusIn = (event: FocusEvent) => {
    const target = event.target;
    if (target instanceof HTMLElement && !menus()?.contains(target)) lastFocus = target;
  };
  const onSelectionChange = () => {
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    if (menus()?.contains(range.commonAncestorContainer)) return;
    lastRange = range.collapsed ? null : range.cloneRange();
  };
  document.addEventListener('focusin', onFocusIn);
  document.addEventListener('selectionchange', onSelectionChange);

  return {
    restore() {
      if (lastFocus?.isConnected) {
        lastFocus.focus({ preventScroll: true });
      } else if (document.activeElement instanceof HTMLElement && menus()?.contains(document.activeElement)) {
        document.activeElement.blur();
      }
      // Fields keep their own selection; text elsewhere needs its range put back.
      const editable = lastFocus instanceof HTMLInputElement || lastFocus instanceof HTMLTextAreaElement;
      if (!editable && lastRange && lastRange.startContainer.isConnected) {
        const selection = document.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(lastRange);
      }
    },
    stop() {
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('selectionchange', onSelectionChange);
    },
  };
}

/** document.execCommand still drives editing in Chromium; paste needs the clipboard API instead. */
export async function runEditCommand(command: EditCommand): Promise<void> {
  if (command !== 'paste') {
    document.execCommand(command);
    return;
  }
  if (document.execCommand('paste')) return;
  try {
    const text = await navigator.clipboard.readText();
    if (text) document.execCommand('insertText', false, text);
  } catch {
    /* the browser refused clipboard access; Ctrl+V still works */
  }
}
