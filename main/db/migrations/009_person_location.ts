import type { Migration } from './types';

/**
 * Where a person lives, as their contact record states it (a vCard address, a Google contact's
 * city, an archive owner's location): the matcher compares it with an account's location.
 * Imports made before this version stated none, so it starts empty until the next import.
 */
export const migration009: Migration = {
  version: 9,
  name: 'person-location',
  up(db) {
    db.exec(`ALTER TABLE people ADD COLUMN location TEXT;`);
  },
};
