import type { MethodName, MethodResult, ParsedArgs } from '../../common/api';
import type { Progress } from '../../common/dto';

export interface CallContext {
  /** Aborted when the caller cancels; long work checks it between steps. */
  signal: AbortSignal;
  /** Reports progress to the caller (no-op unless the caller asked for it). */
  progress(progress: Progress): void;
  /**
   * Runs `work` with the workspace to this call alone: other calls that touch the workspace wait
   * until it ends (main/api/call-gate.ts). Set by the dispatcher.
   */
  holdOtherCalls?<T>(work: () => Promise<T>): Promise<T>;
}

export type Handler<M extends MethodName> = (
  args: ParsedArgs<M>,
  ctx: CallContext,
) => MethodResult<M> | Promise<MethodResult<M>>;

export type Handlers = { [M in MethodName]: Handler<M> };

/** A feature area's slice of the API: implement a few methods, checked against the contract. */
export type HandlerSlice<M extends MethodName> = { [K in M]: Handler<K> };
