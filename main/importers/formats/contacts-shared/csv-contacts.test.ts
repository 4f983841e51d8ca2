import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test-support/temp-dir';
import { quietContext, readInput } from '../../../test-support/read-input';
import type { ImportRecord } from '../../records';
import { readContactsCsv, type ContactsCsvKind } from './csv-contacts';

const tempDir = useTempDir();

/** What the format's own cut-row check was handed: each row's name after the row before's. */
let checked: string[] = [];

/** A made-up contacts CSV: a Name column and a Seen column; each row's record shows what it was handed. */
const kind: ContactsCsvKind<{ name: number }> = {
  isHeader: (names) => names.includes('name') && names.includes('seen'),
  headerDescription: 'test header (Name, Seen)',
  columns: (header) => ({ name: header.indexOf('Name') }),
  refuseCut: (row, columns, previous) => {
    checked.push(`${row.fields[columns.name]} after ${previous?.fields[columns.name] ?? 'none'}`);
  },
};

async function read(files: Record<string, string>): Promise<ImportRecord[]> {
  checked = [];
  const dir = tempDir();
  mkdirSync(join(dir, 'export'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'export', name), text);
  return readInput(join(dir, 'export'), (input) =>
    readContactsCsv(input, { relationship: 'colleague' }, quietContext(), kind, (row, context) => ({
      type: 'warning',
      message: `${row.fields[context.columns.name]}, ${context.relationship}`,
      where: `${context.file}, line ${row.line}`,
    })),
  );
}

describe('readContactsCsv: the row loop of the contacts CSV readers', () => {
  it('hands each data row over with its file’s columns and the relationship', async () => {
    const records = await read({ 'a.csv': 'Name,Seen\nAnn,1\nBob,2\n', 'b.csv': 'Seen,Name\n3,Cy\n' });
    expect(records).toEqual([
      { type: 'warning', message: 'Ann, colleague', where: 'a.csv, line 2' },
      { type: 'warning', message: 'Bob, colleague', where: 'a.csv, line 3' },
      { type: 'warning', message: 'Cy, colleague', where: 'b.csv, line 2' },
    ]);
  });

  it('runs the format’s own cut-row check on each row with the row before it in the same file', async () => {
    await read({ 'a.csv': 'Name,Seen\nAnn,1\nBob,2\n', 'b.csv': 'Seen,Name\n3,Cy\n' });
    expect(checked).toEqual(['Ann after none', 'Bob after Ann', 'Cy after none']);
  });

  it('leaves out a row with more fields than the header, naming its line, after the cut-row check', async () => {
    const records = await read({ 'a.csv': 'Name,Seen\nAnn,1,extra\nBob,2\n' });
    expect(checked).toEqual(['Ann after none', 'Bob after Ann']);
    expect(records[0]).toEqual({
      type: 'skip',
      reason: 'row has 3 fields where the header has 2',
      where: 'a.csv, line 2',
    });
    expect(records).toHaveLength(2);
  });
});
