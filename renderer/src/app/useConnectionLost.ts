import { useEffect, useState } from 'react';
import { onConnectionState } from '../api';

/**
 * True from the moment the browser-mode connection drops until it is back. The transport goes
 * lost → connecting → lost while it retries; all of that is one outage to the user.
 */
export function useConnectionLost(): boolean {
  const [lost, setLost] = useState(false);
  useEffect(
    () =>
      onConnectionState((state) => {
        if (state === 'lost') setLost(true);
        else if (state === 'open') setLost(false);
      }),
    [],
  );
  return lost;
}
