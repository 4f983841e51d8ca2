import { normalizeColumnName } from '../contacts-shared/csv-entries';

/** Where each LinkedIn column is in this file's header (the 2018 export has no URL column). */
export interface LinkedInColumns {
  firstName: number;
  lastName: number;
  url?: number;
  email?: number;
  company?: number;
  position?: number;
  connectedOn: number;
  count: number;
}

const NAMES = {
  firstName: 'first name',
  lastName: 'last name',
  url: 'url',
  email: 'email address',
  company: 'company',
  position: 'position',
  connectedOn: 'connected on',
} as const;

/** Connections.csv's header: First Name, Last Name and Connected On at least. */
export function isLinkedInHeader(names: string[]): boolean {
  return (
    names.includes(NAMES.firstName) && names.includes(NAMES.lastName) && names.includes(NAMES.connectedOn)
  );
}

export function linkedInColumns(header: string[]): LinkedInColumns {
  const names = header.map(normalizeColumnName);
  const at = (name: string): number | undefined => {
    const index = names.indexOf(name);
    return index === -1 ? undefined : index;
  };
  return {
    firstName: at(NAMES.firstName) ?? -1,
    lastName: at(NAMES.lastName) ?? -1,
    url: at(NAMES.url),
    email: at(NAMES.email),
    company: at(NAMES.company),
    position: at(NAMES.position),
    connectedOn: at(NAMES.connectedOn) ?? -1,
    count: header.length,
  };
}
