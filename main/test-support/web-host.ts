import WebSocket from 'ws';
import { createClient, type AppApi } from '../../common/client';
import type { ApiEvents, EventName } from '../../common/events';
import type { CallRequest, Envelope, Transport } from '../../common/transport';
import { startWebProcess, type WebProcess } from './web-process';

/** A real `npm run web` server process (without the build step), for crash and restart tests. */
export function startWebHost(dataDir: string, workspacesDir: string): Promise<WebProcess> {
  return startWebProcess({ dataDir, workspacesDir, built: false });
}

/** A typed client over the host's WebSocket, as the page would have. */
export async function connectClient(url: string): Promise<{ api: AppApi; close(): void }> {
  const { port, searchParams } = new URL(url);
  const socket = new WebSocket(`ws://127.0.0.1:${port}/api`, {
    headers: {
      Origin: `http://127.0.0.1:${port}`,
      Cookie: `inside_track_token_${port}=${searchParams.get('token')}`,
    },
  });
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  let nextId = 1;
  const pending = new Map<number, (envelope: Envelope) => void>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as {
      type: string;
      id: number;
      envelope: Envelope;
      event: string;
      payload: unknown;
    };
    if (message.type === 'result') pending.get(message.id)?.(message.envelope);
    else for (const listener of listeners.get(message.event) ?? []) listener(message.payload);
  });
  const transport: Transport = {
    invoke: (request: CallRequest) =>
      new Promise((resolve) => {
        const id = nextId++;
        pending.set(id, resolve);
        socket.send(JSON.stringify({ type: 'call', id, ...request }));
      }),
    on<E extends EventName>(event: E, listener: (payload: ApiEvents[E]) => void) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener as (payload: unknown) => void);
      return () => set.delete(listener as (payload: unknown) => void);
    },
  };
  return { api: createClient(transport), close: () => socket.close() };
}
