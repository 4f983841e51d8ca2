import { apiMethods, isMethodName, type MethodName } from '../../common/api';
import { AppError } from '../../common/errors';
import type { CallRequest, Envelope } from '../../common/transport';
import type { EventBus } from './events';
import type { CallContext, Handlers } from './types';

function toErrorEnvelope(error: unknown): Envelope {
  if (error instanceof AppError) return { ok: false, error: error.toData() };
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, error: { code: 'INTERNAL', message: `Unexpected error: ${message}` } };
}

/**
 * The server half of every transport: checks the method name, validates the arguments against
 * the contract's schema, runs the handler and turns any failure into an error envelope.
 */
export class Dispatcher {
  private readonly running = new Map<string, AbortController>();

  constructor(
    private readonly handlers: Handlers,
    private readonly events: EventBus,
    private readonly log: (message: string) => void = () => {},
    /** Told after every call, whatever its outcome (the session follows writes this way). */
    private readonly settled: (method: MethodName) => void = () => {},
  ) {}

  async dispatch(request: CallRequest): Promise<Envelope> {
    const { method, args, callId } = request;
    if (!isMethodName(method)) {
      return toErrorEnvelope(new AppError('UNKNOWN_METHOD', `Unknown method “${String(method)}”.`));
    }
    if (method === 'call.cancel') return this.cancel(args);

    const parsed = apiMethods[method].args.safeParse(args);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
      return toErrorEnvelope(
        new AppError('BAD_REQUEST', `Invalid arguments for ${method}${where}: ${issue?.message}`, {
          issues: parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
        }),
      );
    }

    const controller = new AbortController();
    if (callId !== undefined) this.running.set(callId, controller);
    const ctx: CallContext = {
      signal: controller.signal,
      progress: (progress) => {
        if (callId !== undefined) this.events.emit('call.progress', { callId, progress });
      },
    };
    try {
      const handler = this.handlers[method] as (a: unknown, c: CallContext) => unknown;
      const value = await handler(parsed.data, ctx);
      return { ok: true, value: value ?? null };
    } catch (error) {
      if (!(error instanceof AppError)) this.log(`${method} failed: ${String(error)}`);
      return toErrorEnvelope(error);
    } finally {
      if (callId !== undefined) this.running.delete(callId);
      this.settled(method);
    }
  }

  private cancel(args: unknown): Envelope {
    const parsed = apiMethods['call.cancel'].args.safeParse(args);
    if (!parsed.success) {
      return toErrorEnvelope(new AppError('BAD_REQUEST', 'call.cancel needs a callId.'));
    }
    this.running.get(parsed.data.callId)?.abort();
    return { ok: true, value: null };
  }

  /** Methods currently running with a callId (for tests and diagnostics). */
  runningCalls(): string[] {
    return [...this.running.keys()];
  }
}

/** Throws CANCELLED when the caller has cancelled; long handlers call it between steps. */
export function throwIfCancelled(ctx: CallContext): void {
  if (ctx.signal.aborted) throw new AppError('CANCELLED', 'Cancelled.');
}

export type { MethodName };
