import type { MethodName } from '../../common/api';
import { touchesWorkspace } from './method-kinds';

/**
 * Lets one call have the workspace to itself for a while (an import's saving phase, one
 * transaction kept open across pauses for progress and cancel): calls that touch the workspace
 * wait at the gate until it ends, and the section itself waits for calls already under way.
 * There is one connection per workspace, so anything that ran meanwhile would run inside that
 * transaction and be rolled back with it.
 */
export class CallGate {
  /** Calls that touch the workspace and are under way. */
  private running = 0;
  private section: Promise<void> | null = null;
  private drained: (() => void) | null = null;

  /** Before a call: resolves once it may run. Every admitted call is followed by `leave()`. */
  admit(method: MethodName): Promise<void> | undefined {
    if (!touchesWorkspace(method)) return undefined;
    if (!this.section) {
      this.running += 1;
      return undefined;
    }
    return (async () => {
      while (this.section) await this.section;
      this.running += 1;
    })();
  }

  leave(method: MethodName): void {
    if (!touchesWorkspace(method)) return;
    this.running -= 1;
    if (this.running <= 1) this.drained?.();
  }

  /** Runs `work` for a call that was admitted, once every other call under way has finished. */
  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    while (this.section) await this.section;
    let end!: () => void;
    this.section = new Promise<void>((resolve) => (end = resolve));
    try {
      while (this.running > 1) {
        await new Promise<void>((resolve) => (this.drained = resolve));
        this.drained = null;
      }
      return await work();
    } finally {
      this.section = null;
      end();
    }
  }
}
