/** File › Export Brief reaches the open prospect's Export brief button through this event. */
const EVENT = 'inside-track:export-brief';

/** Asks the open prospect to export its brief; false when no prospect is open to take it. */
export function requestBriefExport(): boolean {
  const event = new CustomEvent(EVENT, { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

/** Lets the open prospect's button take the request; returns the unsubscribe function. */
export function onBriefExportRequest(handler: () => void): () => void {
  const listener = (event: Event) => {
    event.preventDefault();
    handler();
  };
  window.addEventListener(EVENT, listener);
  return () => window.removeEventListener(EVENT, listener);
}
