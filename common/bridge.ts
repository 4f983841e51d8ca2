import type { Transport } from './transport';

/** What preload exposes on `window` in Electron: the transport, nothing more. */
export const BRIDGE_KEY = 'insideTrackBridge';

/** The single IPC channel calls travel on; events arrive on EVENT_CHANNEL. */
export const CALL_CHANNEL = 'inside-track:call';
export const EVENT_CHANNEL = 'inside-track:event';

export interface DesktopBridge extends Transport {
  /** The file-system path of a file dropped on the window (Electron's webUtils); '' when it has none. */
  pathForFile(file: unknown): string;
}

/** Preload tells the main process the path of a file dropped on the window (see path-grants.ts). */
export const DROP_CHANNEL = 'inside-track:dropped';
