import type { SettingsStore } from '../prefs/settings';
import type { HandlerSlice } from './types';

export function settingsHandlers(
  settings: SettingsStore,
): HandlerSlice<'settings.get' | 'settings.setLayout' | 'settings.setGraph'> {
  return {
    'settings.get': () => settings.get(),
    'settings.setLayout': (layout) => settings.setLayout(layout),
    'settings.setGraph': (graph) => settings.setGraph(graph),
  };
}
