import { describe, expect, it, vi } from 'vitest';
import { BRIDGE_KEY, CALL_CHANNEL, DROP_CHANNEL, type DesktopBridge } from '../../common/bridge';
import { electronStandIn as electron } from './electron-stand-in';

vi.mock('electron', async () => (await import('./electron-stand-in')).electronStandIn);

async function loadBridge(): Promise<DesktopBridge> {
  await import('../../preload/index');
  return electron.contextBridge.exposed.get(BRIDGE_KEY) as DesktopBridge;
}

describe('preload', () => {
  it('reports a dropped file’s path to the main process before the call that uses it', async () => {
    const bridge = await loadBridge();
    let release: () => void = () => {};
    electron.ipcRenderer.answer = (channel) =>
      channel === DROP_CHANNEL
        ? new Promise<unknown>((resolve) => (release = () => resolve(null)))
        : Promise.resolve({ ok: true, value: [] });

    const path = bridge.pathForFile(electron.webUtils.dropped('/home/dana/Downloads/Connections.csv'));
    expect(path).toBe('/home/dana/Downloads/Connections.csv');
    const answer = bridge.invoke({ method: 'import.detect', args: { paths: [path] } });
    await new Promise((resolve) => setTimeout(resolve, 10));
    // The call waits until the main process has the drop.
    expect(electron.ipcRenderer.invoked.map((c) => c.channel)).toEqual([DROP_CHANNEL]);
    release();
    await answer;
    expect(electron.ipcRenderer.invoked).toEqual([
      { channel: DROP_CHANNEL, args: ['/home/dana/Downloads/Connections.csv'] },
      {
        channel: CALL_CHANNEL,
        args: [{ method: 'import.detect', args: { paths: [path] }, callId: undefined }],
      },
    ]);
  });

  it('reports nothing for a File the page made, or for anything that is not a File', async () => {
    const bridge = await loadBridge();
    electron.ipcRenderer.invoked.length = 0;
    expect(bridge.pathForFile(new File(['x'], '/etc/passwd'))).toBe('');
    expect(bridge.pathForFile('/etc/passwd')).toBe('');
    expect(bridge.pathForFile({ name: '/etc/passwd', path: '/etc/passwd' })).toBe('');
    expect(electron.ipcRenderer.invoked).toEqual([]);
  });
});
