import type { MenuCommand, Progress, WorkspaceInfo } from './dto';

/** Events the server pushes to every connected client. */
export interface ApiEvents {
  'call.progress': { callId: string; progress: Progress };
  'workspace.changed': { workspace: WorkspaceInfo | null };
  /** Electron's native menu asks the renderer to do something. */
  'menu.command': { command: MenuCommand };
}
export type EventName = keyof ApiEvents;
export const eventNames: readonly EventName[] = ['call.progress', 'workspace.changed', 'menu.command'];

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && (eventNames as readonly string[]).includes(value);
}
