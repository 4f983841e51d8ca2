import { createElement, Fragment } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ShowAllButton, useFirstFew } from './FirstFew';

function List({ items }: { items: string[] }) {
  const { shown, more } = useFirstFew(items, 3);
  return createElement(
    Fragment,
    null,
    shown.join(','),
    createElement(ShowAllButton, { more, className: 'more' }),
  );
}

const draw = (items: string[]) => renderToStaticMarkup(createElement(List, { items }));

describe('useFirstFew and ShowAllButton', () => {
  it('shows the first few and offers all of a long list, counted', () => {
    const many = Array.from({ length: 1200 }, (_, i) => `a${i}`);
    expect(draw(many)).toBe('a0,a1,a2<button type="button" class="link-button more">Show all 1,200</button>');
  });

  it('offers nothing more when everything fits', () => {
    expect(draw(['a', 'b', 'c'])).toBe('a,b,c');
  });
});
