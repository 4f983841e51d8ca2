import { useEffect, useState } from 'react';
import type { WorkspaceInfo } from '../../../common/dto';
import { api, onConnectionState } from '../api';

export interface CurrentWorkspace {
  /** False until the core has said whether a workspace is open, so nothing flickers at start. */
  ready: boolean;
  workspace: WorkspaceInfo | null;
}

/**
 * Which workspace is open. The workspace.changed event is the one source of truth: it fires for
 * opens from this window, from Electron's native Open Recent, and from any other client.
 */
export function useCurrentWorkspace(): CurrentWorkspace {
  const [state, setState] = useState<CurrentWorkspace>({ ready: false, workspace: null });

  useEffect(() => {
    let live = true;
    let heardEvent = false;
    const offChanged = api.on('workspace.changed', ({ workspace }) => {
      heardEvent = true;
      setState({ ready: true, workspace });
    });

    const ask = () => {
      api.workspace
        .current()
        .then((workspace) => {
          // An event that arrived while we asked is newer than this answer.
          if (live && !heardEvent) setState({ ready: true, workspace });
        })
        .catch(() => live && setState((previous) => ({ ...previous, ready: true })));
    };
    ask();

    // Events sent while the browser-mode connection was down are lost: ask again on reconnect.
    let wasLost = false;
    const offConnection = onConnectionState((connection) => {
      if (connection === 'lost') wasLost = true;
      if (connection === 'open' && wasLost) {
        wasLost = false;
        heardEvent = false;
        ask();
      }
    });

    return () => {
      live = false;
      offChanged();
      offConnection();
    };
  }, []);

  return state;
}
