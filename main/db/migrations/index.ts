import { migration001 } from './001_core';
import { migration002 } from './002_search';
import { migration003 } from './003_accounts_fts_deferred';
import { migration004 } from './004_search_prefixes';
import { migration005 } from './005_person_snapshots';
import { migration006 } from './006_person_matching';
import { migration007 } from './007_person_facts';
import { migration008 } from './008_prospect_organisations';
import { migration009 } from './009_person_location';
import { migration010 } from './010_person_merges';
import { migration011 } from './011_suppression';
import { migration012 } from './012_communications';
import { migration013 } from './013_ties';
import type { Migration } from './types';

/** Every migration, in order. A new schema change is a new numbered file appended here. */
export const migrations: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
  migration010,
  migration011,
  migration012,
  migration013,
];

export const latestSchemaVersion = migrations.length;
