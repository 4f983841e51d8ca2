import type { DataKind } from './data-kinds';
import type { MenuCommand, Progress, WorkspaceInfo } from './dto';

/** Events the server pushes to every connected client. */
export interface ApiEvents {
  'call.progress': { callId: string; progress: Progress };
  'workspace.changed': { workspace: WorkspaceInfo | null };
  /** A call wrote to the open workspace: views that read one of `changed` should read again. */
  'workspace.revised': { changed: DataKind[]; method: string };
  /** Electron's native menu asks the renderer to do something. */
  'menu.command': { command: MenuCommand };
}
export type EventName = keyof ApiEvents;
export const eventNames: readonly EventName[] = [
  'call.progress',
  'workspace.changed',
  'workspace.revised',
  'menu.command',
];

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && (eventNames as readonly string[]).includes(value);
}
