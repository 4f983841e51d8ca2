import { QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { ApiEvents, EventName } from '../../../common/api';
import { createQueryClient, followCoreChanges } from './query-client';

/** A stand-in for the core's event stream: tests announce what the core would. */
function eventStream() {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  return {
    on<E extends EventName>(event: E, listener: (payload: ApiEvents[E]) => void) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener as (payload: unknown) => void);
      return () => set.delete(listener as (payload: unknown) => void);
    },
    emit<E extends EventName>(event: E, payload: ApiEvents[E]) {
      for (const listener of listeners.get(event) ?? []) listener(payload);
    },
  };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the query cache', () => {
  it.each([
    ['on a first load', 0],
    ['on a refresh', 1],
  ])('keeps the newer answer when an older one arrives after it (%s)', async (_case, shownBefore) => {
    const client = createQueryClient();
    const events = eventStream();
    followCoreChanges(client, events.on);
    if (shownBefore) client.setQueryData(['searches.list', {}], 'shown before');
    const answers = [deferred<string>(), deferred<string>()];
    let calls = 0;
    const observer = new QueryObserver(client, {
      queryKey: ['searches.list', {}],
      queryFn: () => answers[calls++]!.promise,
      meta: { dependsOn: ['searches'] },
    });
    const seen: (string | undefined)[] = [];
    observer.subscribe((result) => seen.push(result.data));
    if (shownBefore) void observer.refetch();
    await settle();
    expect(calls).toBe(1);

    events.emit('workspace.revised', { changed: ['searches'], method: 'searches.save' });
    await settle();
    expect(calls).toBe(2);
    answers[1]!.resolve('after the write');
    await settle();
    answers[0]!.resolve('before the write');
    await settle();

    expect(observer.getCurrentResult().data).toBe('after the write');
    expect(seen).not.toContain('before the write');
  });

  it('refreshes only the queries that read what the core says changed', async () => {
    const client = createQueryClient();
    const events = eventStream();
    followCoreChanges(client, events.on);
    const calls = { focus: 0, searches: 0, settings: 0 };
    const observe = (name: keyof typeof calls, dependsOn: string[], workspaceFree = false) => {
      const observer = new QueryObserver(client, {
        queryKey: [name],
        queryFn: async () => ++calls[name],
        meta: { dependsOn, workspaceFree },
      });
      observer.subscribe(() => {});
      return observer;
    };
    observe('focus', ['records']);
    observe('searches', ['records', 'searches']);
    observe('settings', [], true);
    await settle();
    expect(calls).toEqual({ focus: 1, searches: 1, settings: 1 });

    events.emit('workspace.revised', { changed: ['searches'], method: 'searches.save' });
    await settle();
    expect(calls).toEqual({ focus: 1, searches: 2, settings: 1 });

    events.emit('workspace.revised', { changed: ['records', 'links'], method: 'import.run' });
    await settle();
    expect(calls).toEqual({ focus: 2, searches: 3, settings: 1 });

    events.emit('workspace.revised', { changed: ['notes'], method: 'notes.save' });
    await settle();
    expect(calls).toEqual({ focus: 2, searches: 3, settings: 1 });

    // Another workspace: every answer about the last one is read again; app facts stay.
    events.emit('workspace.changed', { workspace: null });
    await settle();
    expect(calls).toEqual({ focus: 3, searches: 4, settings: 1 });
  });
});
