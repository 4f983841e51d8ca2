import type { ApiErrorData } from './errors';
import type { ApiEvents, EventName } from './api';

/** What a call returns on the wire: errors are data, never thrown across a transport. */
export type Envelope<T = unknown> = { ok: true; value: T } | { ok: false; error: ApiErrorData };

export interface CallRequest {
  method: string;
  args: unknown;
  /** Set by the client when it wants progress events or cancellation for this call. */
  callId?: string;
}

/** The one interface every host implements: Electron IPC, loopback WebSocket, in-memory. */
export interface Transport {
  invoke(request: CallRequest): Promise<Envelope>;
  on<E extends EventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void;
}
