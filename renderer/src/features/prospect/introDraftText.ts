import type { IntroDraftDto } from '../../../../common/introductions';

/** The short name a draft goes by in the dialog's switcher. */
export function draftTabLabel(draft: IntroDraftDto): string {
  switch (draft.kind) {
    case 'bandwagon':
      return 'Your e-mail to the prospect';
    case 'ask-to-write':
      return `Ask ${draft.to.replace(/ \(.*\)$/, '')} to write`;
    case 'their-note':
      return `${draft.from}’s note`;
    case 'ask-bridge':
      return `Ask ${draft.to.replace(/ \(.*\)$/, '')}`;
    case 'forwardable':
      return `Note for ${draft.from} to forward`;
    case 'direct':
      return 'Your note to the prospect';
  }
}

/** What the draft is for, in one line under its switcher. */
export function draftPurpose(draft: IntroDraftDto): string {
  switch (draft.kind) {
    case 'bandwagon':
      return 'Tells the prospect about a customer of yours they know, in facts you keep.';
    case 'ask-to-write':
      return 'Asks your person to write to the prospect; their ready text is the next draft.';
    case 'their-note':
      return `For ${draft.from} to send as it is or change: it speaks in their voice.`;
    case 'ask-bridge':
      return 'Asks for the introduction; the note to forward is the next draft.';
    case 'forwardable':
      return `Short enough for ${draft.from} to pass on as it is.`;
    case 'direct':
      return 'No one stands between you: write to them directly.';
  }
}

/** Placeholders that a person's facts in People would fill next time. */
export function personPlaceholders(draft: IntroDraftDto): string[] {
  const kept = ['[since when]', '[what you did for them]', '[what they say about us]'];
  return draft.placeholders.filter((p) => kept.includes(p));
}
