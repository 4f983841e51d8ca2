import type { NoteDto } from '../../../../common/dto';

export type NoteSaveState = 'saved' | 'pending' | 'saving' | 'retrying';

export interface NoteSaverStatus {
  state: NoteSaveState;
  /** The note as last stored: its created and updated times; null before the first save. */
  note: NoteDto | null;
  /** Why the last save failed, while retrying. */
  error: string | null;
}

export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface NoteSaverOptions {
  save(body: string): Promise<NoteDto>;
  onStatus?(status: NoteSaverStatus): void;
  /** After every successful save, even once disposed: the body now stored and whether newer text waits. */
  onStored?(body: string, upToDate: boolean): void;
  /** Quiet time after the last keystroke before saving. */
  debounceMs?: number;
  /** Wait before retry `attempt` (1, 2, …) after a failed save. */
  retryDelay?(attempt: number): number;
  describeError?(error: unknown): string;
  timers?: Timers;
}

const MAX_RETRIES_AFTER_DISPOSE = 8;

const browserTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** 1 s, 2 s, 4 s … up to 15 s: a server that restarts is back within a few tries. */
export function defaultRetryDelay(attempt: number): number {
  return Math.min(15_000, 1000 * 2 ** Math.max(0, attempt - 1));
}

/**
 * Saves one note as it is typed. It always holds the latest text: edits while a save is in
 * flight are saved right after it, a failed save is retried until it succeeds, and `flush()`
 * saves whatever is pending at once (on blur, on switching prospect, before the window closes).
 * Saves never overlap, so an older body can never overwrite a newer one.
 */
export class NoteSaver {
  private latest: string;
  private stored: string;
  private note: NoteDto | null;
  private state: NoteSaveState = 'saved';
  private error: string | null = null;
  private timer: unknown = null;
  private inFlight: Promise<void> | null = null;
  private attempt = 0;
  private disposed = false;
  private readonly options: Required<Omit<NoteSaverOptions, 'onStatus' | 'onStored'>> &
    Pick<NoteSaverOptions, 'onStatus' | 'onStored'>;

  constructor(initial: NoteDto | null, options: NoteSaverOptions) {
    this.note = initial;
    this.latest = initial?.body ?? '';
    this.stored = this.latest;
    this.options = {
      debounceMs: 400,
      retryDelay: defaultRetryDelay,
      describeError: (error) => (error instanceof Error ? error.message : String(error)),
      timers: browserTimers,
      ...options,
    };
  }

  get status(): NoteSaverStatus {
    return { state: this.state, note: this.note, error: this.error };
  }

  /** The text as last typed, saved or not. */
  get text(): string {
    return this.latest;
  }

  hasUnsavedChanges(): boolean {
    return this.latest !== this.stored || this.inFlight !== null;
  }

  edit(body: string): void {
    this.latest = body;
    if (this.state !== 'retrying' && this.state !== 'saving') {
      this.setState(body === this.stored && !this.inFlight ? 'saved' : 'pending');
    }
    // While retrying, the retry timer saves the newest text; do not hammer a failing server.
    if (this.state !== 'retrying') this.schedule(this.options.debounceMs);
  }

  /** Saves now whatever has not been saved; resolves once it is stored (or has failed once). */
  flush(): Promise<void> {
    this.cancelTimer();
    return this.run();
  }

  /** Stops reporting status; pending text is still saved, with retries, in the background. */
  dispose(): Promise<void> {
    this.disposed = true;
    return this.flush();
  }

  private schedule(ms: number): void {
    this.cancelTimer();
    this.timer = this.options.timers.set(() => {
      this.timer = null;
      void this.run();
    }, ms);
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.options.timers.clear(this.timer);
    this.timer = null;
  }

  private run(): Promise<void> {
    if (this.inFlight) return this.inFlight.then(() => this.run());
    if (this.latest === this.stored) {
      if (this.state !== 'saved') this.setState('saved');
      return Promise.resolve();
    }
    const body = this.latest;
    this.setState('saving');
    this.inFlight = this.options.save(body).then(
      (note) => {
        this.inFlight = null;
        this.stored = body;
        this.note = note;
        this.attempt = 0;
        this.error = null;
        this.options.onStored?.(body, this.latest === body);
        if (this.latest !== this.stored) {
          this.setState('pending');
          this.schedule(0);
        } else {
          this.setState('saved');
        }
      },
      (error: unknown) => {
        this.inFlight = null;
        this.attempt += 1;
        this.error = this.options.describeError(error);
        this.setState('retrying');
        // A note left behind (prospect switched, workspace closed) is not retried forever.
        if (!this.disposed || this.attempt < MAX_RETRIES_AFTER_DISPOSE) {
          this.schedule(this.options.retryDelay(this.attempt));
        }
      },
    );
    return this.inFlight;
  }

  private setState(state: NoteSaveState): void {
    this.state = state;
    if (!this.disposed) this.options.onStatus?.(this.status);
  }
}
