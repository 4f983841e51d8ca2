import type { BriefContext } from './context';
import { colors, sizes, type BriefWriter } from './layout';

/**
 * Your people at the prospect's organisation (as the user set it, else as the bio says), beside
 * the inside track: the same list as the prospect's paths page, in the same words.
 */
export function writeOrganisationPeople(w: BriefWriter, ctx: BriefContext): void {
  const { organisation, atOrganisation } = ctx.organisation();
  const named = organisation.names.join(' / ');
  w.subheading(named ? `Your people at ${named}` : 'Your people at their organisation', { keepWith: 40 });
  if (!named) {
    w.paragraph(
      'The data does not say which organisation they work for: the bio names none. Set it on the prospect’s page to list your contacts there.',
    );
    return;
  }
  if (atOrganisation.length === 0) {
    w.paragraph(
      `The data does not say that any of your contacts works at ${named}: none names it as their company or position.`,
    );
  } else {
    // The line begins with the contact's name: a redacted person is shown by their label.
    for (const contact of atOrganisation) {
      const label = w.redactor.personLabel(contact.personId);
      const line = label ? label + contact.line.slice(contact.name.length) : contact.line;
      w.runs([{ text: line }], { indent: 14, gapAfter: 3 });
    }
  }
  if (organisation.from === 'bio') {
    w.paragraph('The organisation is read from the bio.', { color: colors.muted, size: sizes.small });
  }
}
