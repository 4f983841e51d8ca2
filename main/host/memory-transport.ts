import type { ApiEvents, EventName } from '../../common/api';
import type { CallRequest, Envelope, Transport } from '../../common/transport';
import type { Core } from '../api/core';

/**
 * Client and server in one process, for tests and the CLI. Values go through a JSON round trip
 * so that anything that would not survive a real transport fails here too.
 */
export function createMemoryTransport(core: Core): Transport {
  return {
    async invoke(request: CallRequest): Promise<Envelope> {
      const wire = JSON.parse(JSON.stringify(request)) as CallRequest;
      const envelope = await core.dispatcher.dispatch(wire);
      return JSON.parse(JSON.stringify(envelope)) as Envelope;
    },
    on<E extends EventName>(event: E, listener: (payload: ApiEvents[E]) => void) {
      return core.events.subscribe((name, payload) => {
        if (name === event) listener(JSON.parse(JSON.stringify(payload)) as ApiEvents[E]);
      });
    },
  };
}
