import { AppError } from './errors';
import type { ApiEvents, EventName, MethodArgs, MethodName, MethodResult } from './api';
import { methodNames } from './method-names';
import type { Progress } from './dto';
import type { Transport } from './transport';

export interface CallOptions {
  onProgress?: (progress: Progress) => void;
  signal?: AbortSignal;
}

type AreaOf<M> = M extends `${infer A}.${string}` ? A : never;
type VerbOf<M, A extends string> = M extends `${A}.${infer V}` ? V : never;

type ClientFn<M extends MethodName> =
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  {} extends MethodArgs<M>
    ? (args?: MethodArgs<M>, options?: CallOptions) => Promise<MethodResult<M>>
    : (args: MethodArgs<M>, options?: CallOptions) => Promise<MethodResult<M>>;

/** `api.workspace.open({ path })`: the nested client shape derived from the flat method names. */
export type AppApi = {
  [A in AreaOf<MethodName>]: {
    [V in VerbOf<MethodName, A>]: `${A}.${V}` extends MethodName ? ClientFn<`${A}.${V}`> : never;
  };
} & {
  on<E extends EventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void;
};

let callCounter = 0;
function newCallId(): string {
  callCounter += 1;
  return `c${Date.now().toString(36)}-${callCounter}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Builds the typed client over any transport. Failures reject with AppError. */
export function createClient(transport: Transport): AppApi {
  const progressListeners = new Map<string, (progress: Progress) => void>();
  transport.on('call.progress', ({ callId, progress }) => progressListeners.get(callId)?.(progress));

  async function call(method: MethodName, args: unknown, options?: CallOptions): Promise<unknown> {
    const wantsCallId = options?.onProgress !== undefined || options?.signal !== undefined;
    const callId = wantsCallId ? newCallId() : undefined;
    if (options?.signal?.aborted) throw new AppError('CANCELLED', 'Cancelled before it started.');
    const onAbort = () => {
      if (callId) void transport.invoke({ method: 'call.cancel', args: { callId } });
    };
    if (callId && options?.onProgress) progressListeners.set(callId, options.onProgress);
    options?.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const envelope = await transport.invoke({ method, args: args ?? {}, callId });
      if (!envelope.ok) throw AppError.fromData(envelope.error);
      return envelope.value;
    } finally {
      if (callId) progressListeners.delete(callId);
      options?.signal?.removeEventListener('abort', onAbort);
    }
  }

  const client: Record<string, unknown> = {
    on: transport.on.bind(transport),
  };
  for (const name of methodNames) {
    const [area, verb] = name.split('.') as [string, string];
    const group = (client[area] ??= {}) as Record<string, unknown>;
    group[verb] = (args?: unknown, options?: CallOptions) => call(name, args, options);
  }
  return client as AppApi;
}
