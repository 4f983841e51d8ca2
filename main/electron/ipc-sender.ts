import type { BrowserWindow, IpcMainEvent, IpcMainInvokeEvent } from 'electron';
import { isAppUrl } from './app-protocol';

/**
 * Whether an IPC message comes from our page: the app window's top frame, showing the app
 * protocol. Another window, a subframe, or a page from elsewhere is refused.
 */
export function fromAppWindow(
  event: IpcMainInvokeEvent | IpcMainEvent,
  window: BrowserWindow | null,
): boolean {
  const frame = event.senderFrame;
  return (
    window !== null &&
    event.sender === window.webContents &&
    frame !== null &&
    frame.parent === null &&
    isAppUrl(frame.url)
  );
}
