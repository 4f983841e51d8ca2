import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { MethodArgs, MethodName, MethodResult } from '../../../common/api';
import { allButNotes, type DataKind } from '../../../common/data-kinds';
import { describeError } from '../components/describeError';
import { api } from './index';
import type { QueryMeta } from './query-client';

/** Calls a method of the core by its contract name (`'focus.get'`). */
export function callApi<M extends MethodName>(method: M, args: MethodArgs<M>): Promise<MethodResult<M>> {
  const [area, verb] = method.split('.') as [string, string];
  const fn = (api as unknown as Record<string, Record<string, (a: unknown) => Promise<unknown>>>)[area]![
    verb
  ]!;
  return fn(args) as Promise<MethodResult<M>>;
}

export interface ApiQueryOptions {
  /**
   * What the answer is built from: it is read again when the core announces one of these kinds
   * changed. Default: everything but the notes.
   */
  dependsOn?: readonly DataKind[];
  /** About the app rather than the open workspace (settings, app facts): implies no dependsOn. */
  workspaceFree?: boolean;
  /** Read again when a workspace opens or closes (the recent list). */
  refreshOnOpen?: boolean;
  /** False holds the call back (a missing argument); the last answer stays. Default true. */
  enabled?: boolean;
  /**
   * Keep the previous arguments' answer on screen while new ones load (another time zone, a new
   * page size). Off by default, so another prospect never shows the last one's figures.
   */
  keepPrevious?: boolean;
}

export interface ApiQuery<T> {
  /** The newest answer for these arguments; null until the first one arrives. */
  data: T | null;
  /** The failure of the last call, in the user's words; null after a success. */
  error: string | null;
  /** No answer yet for these arguments. */
  loading: boolean;
  /** An answer is on screen and a newer one is being read: show a quiet busy mark, not a blank. */
  refreshing: boolean;
  /** Ask again now (a Retry button). */
  refetch: () => void;
}

/**
 * The renderer's one way to read from the core: cached by method and arguments, refreshed when
 * the core says what it read changed, and never overwritten by an older answer arriving late.
 */
export function useApiQuery<M extends MethodName>(
  method: M,
  args: MethodArgs<M>,
  options: ApiQueryOptions = {},
): ApiQuery<MethodResult<M>> {
  return useCoreQuery([method, args], () => callApi(method, args), options);
}

/**
 * The same for a read that takes more than one call (an answer, then a lookup on it): cached
 * under `key`, refreshed on the same announcements.
 */
export function useCoreQuery<T>(
  key: readonly unknown[],
  read: () => Promise<T>,
  options: ApiQueryOptions = {},
): ApiQuery<T> {
  const meta: QueryMeta = {
    dependsOn: options.workspaceFree ? [] : (options.dependsOn ?? allButNotes),
    workspaceFree: options.workspaceFree ?? false,
    refreshOnOpen: options.refreshOnOpen ?? false,
  };
  const query = useQuery({
    queryKey: key,
    queryFn: read,
    enabled: options.enabled ?? true,
    meta,
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
  });
  const data = (query.data ?? null) as T | null;
  return {
    data,
    error: query.error ? describeError(query.error) : null,
    loading: data === null && query.isFetching,
    refreshing: data !== null && query.isFetching,
    refetch: () => void query.refetch(),
  };
}
