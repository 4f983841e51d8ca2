import { api } from '../../api';
import { createSearchPlaces } from './searchPlace';

/** The one place Search keeps while unmounted; it listens from the first time it is asked for. */
const places = createSearchPlaces();
let listening = false;

export function searchPlaces(): ReturnType<typeof createSearchPlaces> {
  if (!listening) {
    listening = true;
    api.on('workspace.changed', () => places.workspaceChanged());
    api.on('workspace.revised', ({ changed }) => places.revised(changed));
  }
  return places;
}
