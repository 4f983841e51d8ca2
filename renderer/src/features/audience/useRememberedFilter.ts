import { useState } from 'react';
import type { AudienceFilterDto, AudienceList } from '../../../../common/dto';
import { filterFromParams, filterToParams } from './audienceFilter';

/** The filter as the user left it: the parts picked and the text as typed. */
interface TypedFilter {
  filter: AudienceFilterDto;
  text: string;
}

/** Kept per prospect and list for the session, as URL-style parameters. */
const storageKey = (accountId: number, list: AudienceList) => `insideTrack.audience.${list}.${accountId}`;

function recall(accountId: number, list: AudienceList): TypedFilter {
  try {
    const filter = filterFromParams(sessionStorage.getItem(storageKey(accountId, list)) ?? '');
    return { filter, text: filter.query ?? '' };
  } catch {
    return { filter: {}, text: '' };
  }
}

function remember(accountId: number, list: AudienceList, { filter, text }: TypedFilter): void {
  try {
    sessionStorage.setItem(storageKey(accountId, list), filterToParams({ ...filter, query: text }));
  } catch {
    // Storage refused: the filter lasts until the section closes.
  }
}

/**
 * A list's filter, remembered per prospect and list for the session. Clearing sets both parts in
 * one step, so the text just cleared is not remembered again.
 */
export function useRememberedFilter(accountId: number, list: AudienceList) {
  const owner = `${accountId}\n${list}`;
  const [state, setState] = useState(() => ({ owner, ...recall(accountId, list) }));
  let current = state;
  if (state.owner !== owner) {
    // Another prospect or list: its own remembered filter, read during render to avoid a flash.
    current = { owner, ...recall(accountId, list) };
    setState(current);
  }
  const change = (next: Partial<TypedFilter>) => {
    const merged = { ...current, ...next };
    setState(merged);
    remember(accountId, list, merged);
  };
  return {
    filter: current.filter,
    text: current.text,
    setFilter: (filter: AudienceFilterDto) => change({ filter }),
    setText: (text: string) => change({ text }),
    clear: () => change({ filter: {}, text: '' }),
  };
}
