import { useSyncExternalStore } from 'react';

/** An encrypted workspace waiting for its passphrase; `open` tries one and throws when refused. */
export interface PassphraseRequest {
  path: string;
  name: string;
  open: (passphrase: string, remember: boolean) => Promise<void>;
  done: (opened: boolean) => void;
}

let current: PassphraseRequest | null = null;
const listeners = new Set<() => void>();

function set(next: PassphraseRequest | null) {
  current = next;
  for (const listener of listeners) listener();
}

/**
 * Shows the passphrase dialog (PassphrasePromptHost, mounted once in the app) and resolves when
 * it closes: true once the workspace opened, false when the user cancelled.
 */
export function askPassphrase(request: Omit<PassphraseRequest, 'done'>): Promise<boolean> {
  current?.done(false);
  return new Promise((resolve) =>
    set({
      ...request,
      done: (opened) => {
        set(null);
        resolve(opened);
      },
    }),
  );
}

export function usePassphraseRequest(): PassphraseRequest | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
