import { z } from 'zod';
import type {
  AppInfo,
  MenuCommand,
  PaneLayout,
  Progress,
  ProspectSummary,
  RecentWorkspace,
  Settings,
  TableCounts,
  WorkspaceInfo,
} from './dto';

/**
 * The AppApi contract, declared once. Each method names its argument schema (validated at the
 * server boundary) and, as a phantom type, its result. Client and server types derive from this.
 */
function method<Result>() {
  return <Args extends z.ZodType>(args: Args) => ({ args, result: undefined as unknown as Result });
}

const none = z.object({}).strict();
const filePath = z.string().trim().min(1, 'A file path is required').max(4096);

export const layoutSchema = z
  .object({
    sidebarWidth: z.number().min(160).max(640),
    notesWidth: z.number().min(200).max(720),
    sidebarVisible: z.boolean(),
    notesVisible: z.boolean(),
    zoom: z.number().min(0.5).max(2),
  })
  .strict();

export const apiMethods = {
  'app.info': method<AppInfo>()(none),

  'workspace.create': method<WorkspaceInfo>()(z.object({ path: filePath }).strict()),
  'workspace.open': method<WorkspaceInfo>()(z.object({ path: filePath }).strict()),
  'workspace.close': method<null>()(none),
  'workspace.current': method<WorkspaceInfo | null>()(none),
  'workspace.stats': method<TableCounts>()(none),
  'workspace.recent': method<RecentWorkspace[]>()(none),
  'workspace.forgetRecent': method<RecentWorkspace[]>()(z.object({ path: filePath }).strict()),

  'prospects.list': method<ProspectSummary[]>()(none),

  'settings.get': method<Settings>()(none),
  'settings.setLayout': method<Settings>()(layoutSchema),

  /** Native file dialogs: only the Electron host has them (UNSUPPORTED elsewhere). */
  'dialog.chooseNewWorkspace': method<string | null>()(
    z.object({ suggestedName: z.string().max(200) }).strict(),
  ),
  'dialog.chooseExistingWorkspace': method<string | null>()(none),

  /** Aborts a running call started with a callId. Unknown ids are ignored. */
  'call.cancel': method<null>()(z.object({ callId: z.string().min(1).max(100) }).strict()),
} as const;

export type ApiMethods = typeof apiMethods;
export type MethodName = keyof ApiMethods;
export type MethodArgs<M extends MethodName> = z.input<ApiMethods[M]['args']>;
export type ParsedArgs<M extends MethodName> = z.output<ApiMethods[M]['args']>;
export type MethodResult<M extends MethodName> = ApiMethods[M]['result'];

export const methodNames = Object.keys(apiMethods) as MethodName[];

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && Object.hasOwn(apiMethods, value);
}

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

export type { PaneLayout };
