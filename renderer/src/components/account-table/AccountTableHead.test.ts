import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AccountTableHead } from './AccountTableHead';
import type { AccountColumn } from './columns';

type Row = { id: number; name: string };
type Sort = 'name' | 'handle' | 'reach';

const columns: AccountColumn<Row, Sort>[] = [
  {
    key: 'who',
    label: 'Name',
    orders: [
      { sort: 'name', label: 'Name' },
      { sort: 'handle', label: 'Handle' },
    ],
    cell: (row) => row.name,
  },
  { key: 'bio', label: 'Bio', quiet: true, cell: () => null },
  {
    key: 'reach',
    label: 'Followers',
    align: 'end',
    orders: [{ sort: 'reach', label: 'Followers' }],
    cell: () => null,
  },
  { key: 'actions', label: 'Actions', hideLabel: true, cell: () => null },
];

const head = (sort: Sort, descending: boolean) =>
  renderToStaticMarkup(
    createElement(AccountTableHead<Row, Sort>, { columns, order: { sort, descending }, onSort: () => {} }),
  );

describe('AccountTableHead', () => {
  it('offers each order of a column as a button, and marks the current one with its direction', () => {
    const html = head('handle', false);
    expect(html).toContain('aria-label="Sort by name"');
    expect(html).toContain('aria-label="Sort by handle, ascending"');
    expect(html.match(/aria-sort="[a-z]+"/g)).toEqual(['aria-sort="ascending"']);
  });

  it('names every column for a screen reader, the unlabeled ones too', () => {
    const html = head('reach', true);
    expect(html).toContain('<span>Bio</span>');
    expect(html).toContain('<span class="visually-hidden">Actions</span>');
    expect(html).toMatch(
      /class="account-table-cell col-reach is-end" role="columnheader"[^>]*aria-sort="descending"/,
    );
  });
});
