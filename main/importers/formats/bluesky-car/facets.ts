import type { AccountKey } from '../../records';

export interface PostFeatures {
  mentions: AccountKey[];
  links: string[];
  tags: string[];
}

function objectsIn(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value)
    ? value.filter((item): item is Record<string, unknown> => !!item && typeof item === 'object')
    : [];
}

function addOnce(list: string[], value: unknown): void {
  if (typeof value === 'string' && value !== '' && !list.includes(value)) list.push(value);
}

/**
 * Mentions, links and tags of a post from its rich-text facets (`app.bsky.richtext.facet#mention`
 * {did}, `#link` {uri}, `#tag` {tag}) and, for 2022–23 posts, the older `entities`
 * ({type: 'mention' | 'link', value}; paul_staging.repo.car has both). The features carry the
 * values, so the UTF-8 byte ranges of the text are not needed.
 */
export function featuresOf(facets: unknown, entities: unknown): PostFeatures {
  const dids: string[] = [];
  const links: string[] = [];
  const tags: string[] = [];
  for (const facet of objectsIn(facets)) {
    for (const feature of objectsIn(facet.features)) {
      switch (feature.$type) {
        case 'app.bsky.richtext.facet#mention':
          addOnce(dids, feature.did);
          break;
        case 'app.bsky.richtext.facet#link':
          addOnce(links, feature.uri);
          break;
        case 'app.bsky.richtext.facet#tag':
          addOnce(tags, typeof feature.tag === 'string' ? feature.tag.replace(/^#/, '') : undefined);
          break;
      }
    }
  }
  for (const entity of objectsIn(entities)) {
    if (entity.type === 'mention') addOnce(dids, entity.value);
    else if (entity.type === 'link') addOnce(links, entity.value);
  }
  return {
    mentions: dids.filter((did) => did.startsWith('did:')).map((did) => ({ network: 'bluesky', id: did })),
    links,
    tags,
  };
}
