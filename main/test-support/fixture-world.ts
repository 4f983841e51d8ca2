import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClient } from '../../common/client';
import { createCore, type Core } from '../api/core';
import { createMemoryTransport } from '../host/memory-transport';
import { runImport } from '../ingest/pipeline';
import { fixedFormat } from './fixed-format';
import type { ImportRecord, Relationship } from '../importers/records';

export const xAccount = (id: string, handle: string) => ({ network: 'x' as const, id, handle });

/** One of the user's people, linked (confirmed) to `account` when given. */
export function personRecord(
  sourceKey: string,
  displayName: string,
  relationship: Relationship,
  account?: ReturnType<typeof xAccount>,
  evidence = 'vCard',
): ImportRecord {
  return {
    type: 'person',
    sourceKey,
    displayName,
    relationship,
    ...(account ? { accounts: [{ key: account, status: 'confirmed' as const, evidence }] } : {}),
  };
}

/** Imports `records` into the open workspace as one more import (tests only). */
export async function importRecords(
  core: Core,
  dir: () => string,
  records: ImportRecord[],
  name = 'fixture.txt',
) {
  const file = join(dir(), name);
  writeFileSync(file, String(Math.random()));
  return runImport(
    core.session.require().db,
    { path: file, relationship: 'colleague' },
    { signal: new AbortController().signal, progress: () => {} },
    [fixedFormat(records)],
  );
}

let latest: Core | undefined;

/** The core of the last fixture world made (for tests that need its database directly). */
export function lastCore(): Core | undefined {
  return latest;
}

/** A workspace holding exactly `records`, with a client on it (tests only). */
export async function fixtureWorld(dir: () => string, records: ImportRecord[]) {
  const core = createCore({ host: 'memory', dataDir: dir(), workspacesDir: dir() });
  latest = core;
  const api = createClient(createMemoryTransport(core));
  await api.workspace.create({ path: join(dir(), 'world.itrack') });
  await importRecords(core, dir, records);
  return { api, core };
}
