import type { MainView } from '../workspace/ViewSwitcher';

/** Where the quick switcher or the Go menu takes the main area. */
export type GoTo =
  | { kind: 'view'; view: Exclude<MainView, 'prospect'> }
  | { kind: 'account'; accountId: number }
  | { kind: 'person'; personId: number }
  | { kind: 'search'; query: string; savedId: number };
