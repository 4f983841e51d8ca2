import { describe, expect, it } from 'vitest';
import { CallGate } from './call-gate';
import { touchesWorkspace, writesWorkspace } from './method-kinds';

describe('the call gate', () => {
  it('holds workspace calls while a section runs, after the calls already under way', async () => {
    const gate = new CallGate();
    const log: string[] = [];
    expect(gate.admit('import.run')).toBeUndefined();
    expect(gate.admit('brief.export')).toBeUndefined(); // under way when the section starts
    const section = gate.exclusive(async () => {
      log.push('section starts');
      await new Promise((resolve) => setImmediate(resolve));
      log.push('section ends');
    });
    const held = gate.admit('notes.save')!.then(() => log.push('notes.save runs'));
    expect(gate.admit('settings.get')).toBeUndefined();
    await new Promise((resolve) => setImmediate(resolve));
    expect(log).toEqual([]);
    log.push('brief.export ends');
    gate.leave('brief.export');
    await Promise.all([section, held]);
    expect(log).toEqual(['brief.export ends', 'section starts', 'section ends', 'notes.save runs']);
  });

  it('lets the recent list, settings and dialogs answer without the workspace', () => {
    expect(
      (['app.info', 'workspace.recent', 'settings.setGraph', 'dialog.chooseImportPaths'] as const).map(
        touchesWorkspace,
      ),
    ).toEqual([false, false, false, false]);
    expect(
      (['notes.save', 'workspace.current', 'import.detect', 'people.links'] as const).map(touchesWorkspace),
    ).toEqual([true, true, true, true]);
    expect(
      (['notes.save', 'import.remove', 'notes.get', 'search.run'] as const).map(writesWorkspace),
    ).toEqual([true, true, false, false]);
  });
});
