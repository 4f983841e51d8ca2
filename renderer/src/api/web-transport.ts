import type { ApiEvents, EventName } from '../../../common/api';
import type { CallRequest, Envelope, Transport } from '../../../common/transport';

type ServerMessage =
  { type: 'result'; id: number; envelope: Envelope } | { type: 'event'; event: EventName; payload: unknown };

export type ConnectionState = 'connecting' | 'open' | 'lost';

/**
 * Browser mode's transport: one WebSocket to /api on the page's own origin. The launch token
 * travels as the HttpOnly cookie the server set when the page was first opened.
 */
export function createWebTransport(onState: (state: ConnectionState) => void = () => {}): Transport {
  const pending = new Map<number, (envelope: Envelope) => void>();
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const queue: string[] = [];
  let nextId = 1;
  let socket: WebSocket;
  let retryDelay = 250;

  function connect(): void {
    onState('connecting');
    socket = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/api`);
    socket.addEventListener('open', () => {
      retryDelay = 250;
      onState('open');
      for (const message of queue.splice(0)) socket.send(message);
    });
    socket.addEventListener('message', (event: MessageEvent<string>) => {
      const message = JSON.parse(event.data) as ServerMessage;
      if (message.type === 'result') {
        pending.get(message.id)?.(message.envelope);
        pending.delete(message.id);
      } else {
        for (const listener of listeners.get(message.event) ?? []) listener(message.payload);
      }
    });
    socket.addEventListener('close', () => {
      onState('lost');
      // Calls in flight are lost with the connection; say so instead of hanging forever.
      for (const [id, settle] of pending) {
        settle({
          ok: false,
          error: {
            code: 'IO',
            message: 'Lost the connection to Inside Track. Is `npm run web` still running?',
          },
        });
        pending.delete(id);
      }
      setTimeout(connect, retryDelay);
      retryDelay = Math.min(retryDelay * 2, 5000);
    });
  }
  connect();

  return {
    invoke(request: CallRequest): Promise<Envelope> {
      const id = nextId++;
      const message = JSON.stringify({ type: 'call', id, ...request });
      return new Promise((resolve) => {
        pending.set(id, resolve);
        if (socket.readyState === WebSocket.OPEN) socket.send(message);
        else queue.push(message);
      });
    },
    on<E extends EventName>(event: E, listener: (payload: ApiEvents[E]) => void) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      const wrapped = listener as (payload: unknown) => void;
      set.add(wrapped);
      return () => set.delete(wrapped);
    },
  };
}
