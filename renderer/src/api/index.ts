import { BRIDGE_KEY, type DesktopBridge } from '../../../common/bridge';
import { createClient, type AppApi } from '../../../common/client';
import { createWebTransport, type ConnectionState } from './web-transport';

type StateListener = (state: ConnectionState) => void;
const stateListeners = new Set<StateListener>();
let connectionState: ConnectionState = 'open';

/** Browser-mode connection state, for the "connection lost" banner. Always open in Electron. */
export function onConnectionState(listener: StateListener): () => void {
  stateListeners.add(listener);
  listener(connectionState);
  return () => stateListeners.delete(listener);
}

function setState(state: ConnectionState): void {
  connectionState = state;
  for (const listener of stateListeners) listener(state);
}

const bridge = (window as unknown as Record<string, DesktopBridge | undefined>)[BRIDGE_KEY];

/** The renderer's one handle on the core; it never knows which host it is in. */
export const api: AppApi = createClient(bridge ?? createWebTransport(setState));
export const isDesktop = bridge !== undefined;

/** Electron: the file-system path of a dropped File (folders too); '' in browser mode. */
export function pathForFile(file: File): string {
  return bridge?.pathForFile(file) ?? '';
}
