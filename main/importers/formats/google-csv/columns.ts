import { normalizeColumnName } from '../contacts-shared/csv-entries';

/**
 * Google Contacts CSV columns, found by name: the current export (`First Name`, `Organization Name`,
 * `Labels`, `E-mail 1 - Label`) and the older one (`Name`, `Given Name`, `Group Membership`,
 * `E-mail 1 - Type`, `Organization 1 - Name`). Numbered groups (`Website 3 - Value`) come in any count.
 */

/** A numbered group's label and value columns, e.g. `Website 2 - Label` / `Website 2 - Value`. */
export interface LabelledColumn {
  /** The value column's name as written, e.g. "Website 2 - Value". */
  name: string;
  label?: number;
  value: number;
}

/** A numbered address group's columns: `Address 1 - City`, `- Region`, `- Country`, `- Label`. */
export interface AddressColumns {
  label?: number;
  city?: number;
  region?: number;
  country?: number;
}

export interface GoogleColumns {
  fullName?: number;
  given?: number;
  middle?: number;
  family?: number;
  nickname?: number;
  organization?: number;
  title?: number;
  notes?: number;
  emails: number[];
  websites: LabelledColumn[];
  customFields: LabelledColumn[];
  addresses: AddressColumns[];
  count: number;
}

const NUMBERED = /^(.+?) (\d+) - (.+)$/;
/** Groups Google numbers; at least one must be there for a header to be Google's. */
const GOOGLE_GROUPS = new Set([
  'e-mail',
  'phone',
  'website',
  'address',
  'custom field',
  'relation',
  'event',
  'im',
]);
const NAME_COLUMNS = ['first name', 'given name', 'name', 'last name', 'family name'];
const GROUPING_COLUMNS = ['labels', 'group membership'];

function isGoogleNumbered(name: string): boolean {
  const match = NUMBERED.exec(name);
  return !!match && GOOGLE_GROUPS.has(match[1]!) && ['value', 'label', 'type'].includes(match[3]!);
}

/**
 * A Google Contacts header: a name column, a numbered `E-mail 1 - Value`-style group, and
 * `Labels` or `Group Membership` (which Outlook's CSV, LinkedIn's and generic lists lack).
 */
export function isGoogleHeader(names: string[]): boolean {
  return (
    names.some((n) => NAME_COLUMNS.includes(n)) &&
    names.some((n) => GROUPING_COLUMNS.includes(n)) &&
    names.some(isGoogleNumbered)
  );
}

function labelledGroups(header: string[], names: string[], group: string): LabelledColumn[] {
  const byNumber = new Map<string, { label?: number; value?: number }>();
  names.forEach((name, index) => {
    const match = NUMBERED.exec(name);
    if (!match || match[1] !== group) return;
    const entry = byNumber.get(match[2]!) ?? {};
    if (match[3] === 'value') entry.value = index;
    else if (match[3] === 'label' || match[3] === 'type') entry.label = index;
    byNumber.set(match[2]!, entry);
  });
  const groups: LabelledColumn[] = [];
  for (const { label, value } of byNumber.values()) {
    if (value !== undefined) groups.push({ name: header[value]!.trim(), label, value });
  }
  return groups.sort((a, b) => a.value - b.value);
}

function addressGroups(names: string[]): AddressColumns[] {
  const byNumber = new Map<string, AddressColumns>();
  names.forEach((name, index) => {
    const match = NUMBERED.exec(name);
    if (!match || match[1] !== 'address') return;
    const entry = byNumber.get(match[2]!) ?? {};
    const part = match[3] === 'type' ? 'label' : match[3];
    if (part === 'label' || part === 'city' || part === 'region' || part === 'country') entry[part] = index;
    byNumber.set(match[2]!, entry);
  });
  return [...byNumber.values()];
}

export function googleColumns(header: string[]): GoogleColumns {
  const names = header.map(normalizeColumnName);
  const at = (...candidates: (string | RegExp)[]): number | undefined => {
    for (const candidate of candidates) {
      const index = names.findIndex((n) =>
        typeof candidate === 'string' ? n === candidate : candidate.test(n),
      );
      if (index !== -1) return index;
    }
    return undefined;
  };
  return {
    fullName: at('name'),
    given: at('first name', 'given name'),
    middle: at('middle name', 'additional name'),
    family: at('last name', 'family name'),
    nickname: at('nickname'),
    organization: at('organization name', /^organization \d+ - name$/),
    title: at('organization title', /^organization \d+ - title$/),
    notes: at('notes'),
    emails: labelledGroups(header, names, 'e-mail').map((g) => g.value),
    websites: labelledGroups(header, names, 'website'),
    customFields: labelledGroups(header, names, 'custom field'),
    addresses: addressGroups(names),
    count: header.length,
  };
}
