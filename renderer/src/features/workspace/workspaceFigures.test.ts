import { describe, expect, it } from 'vitest';
import { isEmptyWorkspace, workspaceFigures } from './workspaceFigures';

describe('workspaceFigures', () => {
  it('names the tables in the user’s words', () => {
    const labels = workspaceFigures({}).map((figure) => figure.label);
    expect(labels).toEqual([
      'Accounts',
      'Follows',
      'Posts',
      'Likes',
      'People',
      'Linked',
      'To review',
      'Prospects',
      'Imports',
    ]);
  });

  it('counts your people without yourself, in a group of their own', () => {
    const figures = workspaceFigures({
      people: 1582,
      contacts: 1581,
      contacts_linked: 12,
      link_suggestions: 40,
    });
    const people = figures.filter((figure) => figure.group === 'people');
    expect(people.map((figure) => [figure.label, figure.value])).toEqual([
      ['People', 1581],
      ['Linked', 12],
      ['To review', 40],
    ]);
  });

  it('reads imports from the sources table and counts a missing table as zero', () => {
    const figures = workspaceFigures({ sources: 3, accounts: 1200 });
    expect(figures.find((figure) => figure.label === 'Imports')?.value).toBe(3);
    expect(figures.find((figure) => figure.label === 'Accounts')?.value).toBe(1200);
    expect(figures.find((figure) => figure.label === 'Likes')?.value).toBe(0);
  });

  it('has no values while the counts load', () => {
    expect(workspaceFigures(null).every((figure) => figure.value === null)).toBe(true);
  });
});

describe('isEmptyWorkspace', () => {
  it('is true for a fresh workspace, whatever its bookkeeping tables hold', () => {
    expect(isEmptyWorkspace({ accounts: 0, workspace_meta: 2 })).toBe(true);
  });

  it('is false once anything is imported, and unknown while loading', () => {
    expect(isEmptyWorkspace({ sources: 1 })).toBe(false);
    expect(isEmptyWorkspace(null)).toBe(false);
  });
});
