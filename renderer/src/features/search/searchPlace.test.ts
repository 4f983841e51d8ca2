import { describe, expect, it } from 'vitest';
import { createSearchPlaces, sameRequest, type SearchAnswer } from './searchPlace';

const answer = (query: string): SearchAnswer => ({
  shown: { query, scope: 'posts', order: 'relevance' },
  hits: [],
  total: 120,
  tookMs: 3,
  rankedAmong: undefined,
  totalIsAtLeast: false,
});

describe('search keeps its place while the user is in another view', () => {
  it('gives back the query, filters, scroll and answer it was left with', () => {
    const places = createSearchPlaces();
    places.remember({ text: 'crm', committed: 'crm', scope: 'accounts', order: 'date', scrollTop: 640 });
    places.remember({ answer: answer('crm') });
    expect(places.current()).toMatchObject({
      text: 'crm',
      scope: 'accounts',
      order: 'date',
      scrollTop: 640,
      answer: { total: 120 },
      fresh: true,
    });
  });

  it('asks again after an import (the answer is kept meanwhile), and forgets all with another workspace', () => {
    const places = createSearchPlaces();
    places.remember({ text: 'crm', committed: 'crm', answer: answer('crm') });
    places.revised(['notes']);
    expect(places.current()?.fresh).toBe(true);
    places.revised(['records']);
    expect(places.current()).toMatchObject({ fresh: false, answer: { total: 120 } });
    places.workspaceChanged();
    expect(places.current()).toBeNull();
  });

  it('a remembered answer serves only the same request', () => {
    const shown = answer('crm').shown;
    expect(sameRequest(shown, { query: 'crm', scope: 'posts', order: 'relevance' })).toBe(true);
    expect(sameRequest(shown, { query: 'crm', scope: 'posts', order: 'date' })).toBe(false);
    expect(sameRequest(null, { query: 'crm', scope: 'posts', order: 'date' })).toBe(false);
  });
});
