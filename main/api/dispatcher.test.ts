import { describe, expect, it } from 'vitest';
import { createClient } from '../../common/client';
import { AppError } from '../../common/errors';
import type { Transport } from '../../common/transport';
import { Dispatcher, throwIfCancelled } from './dispatcher';
import { EventBus } from '../workspace/events';
import type { Handlers } from './types';

/** A dispatcher whose prospects.list is a slow, cancellable job, to exercise progress and cancel. */
function harness(overrides: Partial<Handlers>) {
  const events = new EventBus();
  const unexpected = () => {
    throw new Error('not part of this test');
  };
  const handlers = new Proxy(overrides, {
    get: (target, key: string) => target[key as keyof Handlers] ?? unexpected,
  }) as Handlers;
  const dispatcher = new Dispatcher(handlers, events);
  const transport: Transport = {
    invoke: (request) => dispatcher.dispatch(JSON.parse(JSON.stringify(request))),
    on: (event, listener) =>
      events.subscribe((name, payload) => {
        if (name === event) listener(payload as never);
      }),
  };
  return { dispatcher, api: createClient(transport) };
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

describe('dispatcher', () => {
  it('refuses a method the contract does not declare', async () => {
    const { dispatcher } = harness({});
    const envelope = await dispatcher.dispatch({ method: 'system.exec', args: {} });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('validates arguments before any handler runs', async () => {
    let ran = false;
    const { api } = harness({
      'workspace.open': () => {
        ran = true;
        return null as never;
      },
    });
    const error = await rejection(api.workspace.open({ path: '' }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toMatch(/path/);
    const extra = await rejection(
      api.workspace.open({ path: '/x', sneaky: true } as unknown as { path: string }),
    );
    expect(extra.code).toBe('BAD_REQUEST');
    expect(ran).toBe(false);
  });

  it('carries known failures across as data with their code and message', async () => {
    const { api } = harness({
      'workspace.current': () => {
        throw new AppError('WORKSPACE_LOCKED', 'It is open elsewhere.', { path: '/w' });
      },
    });
    const error = await rejection(api.workspace.current());
    expect(error).toMatchObject({
      code: 'WORKSPACE_LOCKED',
      message: 'It is open elsewhere.',
      details: { path: '/w' },
    });
  });

  it('turns unexpected exceptions into INTERNAL errors instead of crashing the host', async () => {
    const { api } = harness({
      'workspace.current': () => {
        throw new TypeError('undefined is not a function');
      },
    });
    const error = await rejection(api.workspace.current());
    expect(error.code).toBe('INTERNAL');
    expect(error.message).toMatch(/undefined is not a function/);
  });

  it('reports progress to the caller and stops a long call when it is cancelled', async () => {
    let steps = 0;
    const { api, dispatcher } = harness({
      'prospects.list': async (_args, ctx) => {
        for (let i = 0; i < 1000; i += 1) {
          throwIfCancelled(ctx);
          steps = i + 1;
          ctx.progress({ phase: 'Counting', done: i + 1, total: 1000 });
          await new Promise((resolve) => setTimeout(resolve, 1));
        }
        return [];
      },
    });
    const seen: number[] = [];
    const controller = new AbortController();
    const call = api.prospects.list(
      {},
      {
        signal: controller.signal,
        onProgress: (progress) => {
          seen.push(progress.done);
          if (progress.done === 5) controller.abort();
        },
      },
    );
    const error = await rejection(call);
    expect(error.code).toBe('CANCELLED');
    expect(seen.slice(0, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(steps).toBeLessThan(1000);
    expect(dispatcher.runningCalls()).toEqual([]);
  });

  it('a call without progress or signal runs to completion', async () => {
    const { api } = harness({ 'prospects.list': () => [] });
    await expect(api.prospects.list()).resolves.toEqual([]);
  });
});
