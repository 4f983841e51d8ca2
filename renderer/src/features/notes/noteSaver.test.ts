import { describe, expect, it } from 'vitest';
import type { NoteDto } from '../../../../common/dto';
import { defaultRetryDelay, NoteSaver, type NoteSaverStatus, type Timers } from './noteSaver';

/** Timers the test moves by hand. */
function manualTimers() {
  let now = 0;
  let next = 1;
  const pending = new Map<number, { at: number; run: () => void }>();
  const timers: Timers = {
    set: (run, ms) => {
      const id = next++;
      pending.set(id, { at: now + ms, run });
      return id;
    },
    clear: (handle) => void pending.delete(handle as number),
  };
  return {
    timers,
    async advance(ms: number) {
      now += ms;
      for (;;) {
        const due = [...pending].filter(([, t]) => t.at <= now).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        pending.delete(due[0]);
        due[1].run();
        await settle();
      }
      await settle();
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function note(body: string): NoteDto {
  return { accountId: 1, body, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-02T00:00:00Z' };
}

function fakeServer() {
  const saved: string[] = [];
  let failing = 0;
  let slow: (() => void) | null = null;
  return {
    saved,
    failNext(count: number) {
      failing = count;
    },
    holdNext() {
      return new Promise<void>((resolve) => (slow = resolve));
    },
    save: async (body: string) => {
      if (slow) {
        const release = slow;
        slow = null;
        await new Promise<void>((resolve) => setTimeout(() => (release(), resolve()), 5));
      }
      if (failing > 0) {
        failing -= 1;
        throw new Error('server gone');
      }
      saved.push(body);
      return note(body);
    },
  };
}

describe('saving notes as they are typed', () => {
  it('saves once typing pauses, with the latest text', async () => {
    const clock = manualTimers();
    const server = fakeServer();
    const states: string[] = [];
    const saver = new NoteSaver(null, {
      save: server.save,
      timers: clock.timers,
      onStatus: (s: NoteSaverStatus) => states.push(s.state),
    });
    saver.edit('H');
    saver.edit('He');
    await clock.advance(200);
    saver.edit('Hello');
    await clock.advance(399);
    expect(server.saved).toEqual([]);
    await clock.advance(1);
    expect(server.saved).toEqual(['Hello']);
    expect(saver.status.state).toBe('saved');
    expect(saver.status.note?.body).toBe('Hello');
    expect(states).toContain('saving');
  });

  it('flush saves at once and does nothing when nothing changed', async () => {
    const clock = manualTimers();
    const server = fakeServer();
    const saver = new NoteSaver(note('kept'), { save: server.save, timers: clock.timers });
    await saver.flush();
    expect(server.saved).toEqual([]);
    saver.edit('kept and more');
    await saver.flush();
    expect(server.saved).toEqual(['kept and more']);
    expect(saver.hasUnsavedChanges()).toBe(false);
  });

  it('never loses keystrokes typed while a save is in flight', async () => {
    const clock = manualTimers();
    const server = fakeServer();
    const saver = new NoteSaver(null, { save: server.save, timers: clock.timers });
    saver.edit('first');
    const held = server.holdNext();
    const flushing = saver.flush();
    saver.edit('first, second');
    await held;
    await flushing;
    await clock.advance(500);
    expect(server.saved.at(-1)).toBe('first, second');
    expect(saver.status.state).toBe('saved');
  });

  it('retries a failed save until the server is back, with the newest text', async () => {
    const clock = manualTimers();
    const server = fakeServer();
    const saver = new NoteSaver(null, { save: server.save, timers: clock.timers, retryDelay: () => 1000 });
    server.failNext(2);
    saver.edit('draft');
    await clock.advance(400);
    expect(saver.status.state).toBe('retrying');
    expect(saver.status.error).toBe('server gone');
    saver.edit('draft, longer');
    await clock.advance(1000);
    expect(saver.status.state).toBe('retrying');
    await clock.advance(1000);
    expect(server.saved).toEqual(['draft, longer']);
    expect(saver.status.state).toBe('saved');
    expect(saver.status.error).toBeNull();
  });

  it('stores the last text when disposed (switching prospect), without reporting status', async () => {
    const clock = manualTimers();
    const server = fakeServer();
    const states: string[] = [];
    const saver = new NoteSaver(null, {
      save: server.save,
      timers: clock.timers,
      onStatus: (s) => states.push(s.state),
    });
    saver.edit('last words');
    const before = states.length;
    await saver.dispose();
    expect(server.saved).toEqual(['last words']);
    expect(states.length).toBe(before);
  });

  it('backs off between retries up to 15 seconds', () => {
    expect([1, 2, 3, 4, 5, 9].map(defaultRetryDelay)).toEqual([1000, 2000, 4000, 8000, 15000, 15000]);
  });
});
