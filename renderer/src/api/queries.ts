import { api, onConnectionState } from './index';
import { createQueryClient, followCoreChanges } from './query-client';

/** The window's one query cache, refreshed by what the core announces. */
export const queryClient = createQueryClient();
followCoreChanges(queryClient, (event, listener) => api.on(event, listener));

// Announcements sent while the browser-mode connection was down are lost: read everything again.
let wasLost = false;
onConnectionState((state) => {
  if (state === 'lost') wasLost = true;
  if (state === 'open' && wasLost) {
    wasLost = false;
    void queryClient.invalidateQueries();
  }
});
