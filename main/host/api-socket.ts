import type { WebSocket } from 'ws';
import type { CallRequest, Envelope } from '../../common/transport';
import type { Core } from '../api/core';

/** Messages on the /api socket. Calls carry an id; results answer it; events have none. */
type ClientMessage = { type: 'call'; id: number } & CallRequest;

/** A call, a message to answer with an error (it names an id), or one to close the socket on. */
type Parsed = { call: ClientMessage } | { refuse: number } | null;

function parseClientMessage(text: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const message = value as Partial<ClientMessage>;
  if (typeof message.id !== 'number' || !Number.isFinite(message.id)) return null;
  if (message.type !== 'call' || typeof message.method !== 'string') return { refuse: message.id };
  if (message.callId !== undefined && typeof message.callId !== 'string') return { refuse: message.id };
  return { call: message as ClientMessage };
}

const malformedCall: Envelope = {
  ok: false,
  error: { code: 'BAD_REQUEST', message: 'The call could not be read.' },
};

export interface ApiSocketOptions {
  core: Core;
  log: (message: string) => void;
  /** Runs after a call settles and before its result is sent (browser mode frees uploads here). */
  afterCall?: (request: CallRequest, envelope: Envelope) => Promise<void>;
  /** Rewrites a result before it is sent (browser mode hides its uploads folder from messages). */
  shapeEnvelope?: (envelope: Envelope) => Envelope;
}

/**
 * One page's connection: calls in, results and events out. Nothing a client sends may end the
 * process: ws reports bad frames (invalid UTF-8, over the size limit) as an 'error' on the socket
 * and closes it, and a message that is not a call closes only this socket.
 */
export function serveApiSocket(
  ws: WebSocket,
  { core, log, afterCall, shapeEnvelope }: ApiSocketOptions,
): void {
  ws.on('error', (error) => log(`browser mode: closed a WebSocket: ${error.message}`));
  const send = (message: unknown) => {
    if (ws.readyState !== ws.OPEN) return;
    try {
      ws.send(JSON.stringify(message));
    } catch (error) {
      log(`browser mode: could not send a message: ${String(error)}`);
    }
  };
  const unsubscribe = core.events.subscribe((event, payload) => send({ type: 'event', event, payload }));
  ws.on('close', unsubscribe);

  ws.on('message', (data, isBinary) => {
    // The page sends text only; a binary frame is as malformed as bad JSON.
    const parsed = isBinary ? null : parseClientMessage(String(data));
    if (parsed === null) {
      ws.close(1003, 'Malformed message');
      return;
    }
    if ('refuse' in parsed) {
      send({ type: 'result', id: parsed.refuse, envelope: malformedCall });
      return;
    }
    const { id, method, args, callId } = parsed.call;
    const request: CallRequest = { method, args, callId };
    void (async () => {
      let envelope: Envelope;
      try {
        envelope = await core.dispatcher.dispatch(request);
      } catch (error) {
        log(`browser mode: ${method} failed outside its handler: ${String(error)}`);
        envelope = { ok: false, error: { code: 'INTERNAL', message: 'Unexpected error.' } };
      }
      try {
        await afterCall?.(request, envelope);
      } catch (error) {
        log(`browser mode: after ${method}: ${String(error)}`);
      }
      send({ type: 'result', id, envelope: shapeEnvelope ? shapeEnvelope(envelope) : envelope });
    })();
  });
}
