import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { isEventName, type ApiEvents, type EventName } from '../common/events';
import { isListedMethodName } from '../common/method-names';
import { BRIDGE_KEY, CALL_CHANNEL, DROP_CHANNEL, EVENT_CHANNEL, type DesktopBridge } from '../common/bridge';
import type { CallRequest, Envelope } from '../common/transport';

// The renderer gets this transport and nothing else: no ipcRenderer, no Node.
const listeners = new Map<EventName, Set<(payload: unknown) => void>>();

ipcRenderer.on(EVENT_CHANNEL, (_event, message: { event: EventName; payload: unknown }) => {
  for (const listener of listeners.get(message.event) ?? []) listener(message.payload);
});

// The main process accepts a renderer-supplied path only when it came from a dialog or a drop.
// The path of a drop is read here from the real File (a File the page made has none) and
// reported before any call that may use it: calls wait for the reports still under way.
let reported: Promise<unknown> = Promise.resolve();

const bridge: DesktopBridge = {
  pathForFile(file: unknown): string {
    const path = file instanceof File ? webUtils.getPathForFile(file) : '';
    if (path !== '')
      reported = Promise.all([reported, ipcRenderer.invoke(DROP_CHANNEL, path)]).catch(() => {});
    return path;
  },
  async invoke(request: CallRequest): Promise<Envelope> {
    if (!isListedMethodName(request.method)) {
      return {
        ok: false,
        error: { code: 'UNKNOWN_METHOD', message: `Unknown method “${String(request.method)}”.` },
      };
    }
    const { method, args, callId } = request;
    await reported;
    return ipcRenderer.invoke(CALL_CHANNEL, { method, args, callId }) as Promise<Envelope>;
  },
  on<E extends EventName>(event: E, listener: (payload: ApiEvents[E]) => void) {
    if (!isEventName(event)) throw new Error(`Unknown event “${String(event)}”`);
    const set = listeners.get(event) ?? new Set();
    listeners.set(event, set);
    const wrapped = listener as (payload: unknown) => void;
    set.add(wrapped);
    return () => {
      set.delete(wrapped);
    };
  },
};

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
