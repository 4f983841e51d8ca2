import { basename } from 'node:path';
import { apiMethods, isMethodName, type ApiEvents, type MethodName } from '../../common/api';
import { AppError } from '../../common/errors';
import type { CallRequest, Envelope } from '../../common/transport';
import {
  fileIdentity,
  NOT_SAVED,
  sameFile,
  storageError,
  workspaceMissing,
  type FileIdentity,
} from '../workspace/workspace-file';
import { CallGate } from './call-gate';
import { writesWorkspace } from './method-kinds';
import type { EventBus } from '../workspace/events';
import type { CallContext, Handlers } from './types';

function toErrorEnvelope(error: unknown, workspace?: string): Envelope {
  if (error instanceof AppError) return { ok: false, error: error.toData() };
  // A full disk or a read-only file says so, in words, instead of "Unexpected error: SQLITE_FULL".
  const storage = storageError(error, { workspace, outcome: NOT_SAVED });
  if (storage) return { ok: false, error: storage.toData() };
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, error: { code: 'INTERNAL', message: `Unexpected error: ${message}` } };
}

/**
 * The server half of every transport: checks the method name, validates the arguments against
 * the contract's schema, runs the handler and turns any failure into an error envelope.
 */
export class Dispatcher {
  private readonly running = new Map<string, AbortController>();
  private readonly gate = new CallGate();
  /** The open workspace's file, followed through workspace.changed: named in storage errors. */
  private workspace: { path: string; name: string; identity: FileIdentity | null } | null = null;

  constructor(
    private readonly handlers: Handlers,
    private readonly events: EventBus,
    private readonly log: (message: string) => void = () => {},
    /** Told after every call, whatever its outcome (the session follows writes this way). */
    private readonly settled: (method: MethodName) => void = () => {},
  ) {
    events.subscribe((event, payload) => {
      if (event !== 'workspace.changed') return;
      const { workspace } = payload as ApiEvents['workspace.changed'];
      // Sent as the file is opened: its identity now is the one it was opened with.
      this.workspace = workspace
        ? { path: workspace.path, name: basename(workspace.path), identity: fileIdentity(workspace.path) }
        : null;
    });
  }

  async dispatch(request: CallRequest): Promise<Envelope> {
    const { method, args, callId } = request;
    if (!isMethodName(method)) {
      return toErrorEnvelope(new AppError('UNKNOWN_METHOD', `Unknown method “${String(method)}”.`));
    }
    if (method === 'call.cancel') return this.cancel(args);

    const parsed = apiMethods[method].args.safeParse(args);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
      return toErrorEnvelope(
        new AppError('BAD_REQUEST', `Invalid arguments for ${method}${where}: ${issue?.message}`, {
          issues: parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
        }),
      );
    }

    const controller = new AbortController();
    if (callId !== undefined) this.running.set(callId, controller);
    const ctx: CallContext = {
      signal: controller.signal,
      progress: (progress) => {
        if (callId !== undefined) this.events.emit('call.progress', { callId, progress });
      },
      holdOtherCalls: (work) => this.gate.exclusive(work),
    };
    const admitted = this.gate.admit(method);
    if (admitted) await admitted;
    try {
      if (writesWorkspace(method)) this.assertWorkspaceInPlace();
      const handler = this.handlers[method] as (a: unknown, c: CallContext) => unknown;
      const value = await handler(parsed.data, ctx);
      return { ok: true, value: value ?? null };
    } catch (error) {
      if (!(error instanceof AppError)) this.log(`${method} failed: ${String(error)}`);
      return toErrorEnvelope(error, this.workspace?.name);
    } finally {
      this.gate.leave(method);
      if (callId !== undefined) this.running.delete(callId);
      this.settled(method);
    }
  }

  /** A write to a workspace whose file was moved, deleted or replaced would be lost: refuse it. */
  private assertWorkspaceInPlace(): void {
    const workspace = this.workspace;
    if (workspace && !sameFile(workspace.identity, fileIdentity(workspace.path))) {
      throw workspaceMissing(workspace.name);
    }
  }

  private cancel(args: unknown): Envelope {
    const parsed = apiMethods['call.cancel'].args.safeParse(args);
    if (!parsed.success) {
      return toErrorEnvelope(new AppError('BAD_REQUEST', 'call.cancel needs a callId.'));
    }
    this.running.get(parsed.data.callId)?.abort();
    return { ok: true, value: null };
  }

  /** Methods currently running with a callId (for tests and diagnostics). */
  runningCalls(): string[] {
    return [...this.running.keys()];
  }
}

/** Throws CANCELLED when the caller has cancelled; long handlers call it between steps. */
export function throwIfCancelled(ctx: CallContext): void {
  if (ctx.signal.aborted) throw new AppError('CANCELLED', 'Cancelled.');
}

export type { MethodName };
