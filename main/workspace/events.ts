import type { ApiEvents, EventName } from '../../common/api';

type AnyListener = (event: EventName, payload: ApiEvents[EventName]) => void;

/** Server-side events, fanned out to every transport that subscribed. */
export class EventBus {
  private readonly listeners = new Set<AnyListener>();

  emit<E extends EventName>(event: E, payload: ApiEvents[E]): void {
    for (const listener of this.listeners) listener(event, payload);
  }

  subscribe(listener: AnyListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
