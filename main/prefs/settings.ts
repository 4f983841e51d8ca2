import { join } from 'node:path';
import { z } from 'zod';
import { graphSettingsSchema, layoutSchema } from '../../common/api';
import type { GraphSettings, PaneLayout, Settings } from '../../common/dto';
import { DEFAULT_STALE_DAYS } from '../../common/gaps-dto';
import { readJsonFile, writeJsonFile } from './json-file';

export const defaultLayout: PaneLayout = {
  sidebarWidth: 260,
  notesWidth: 320,
  sidebarVisible: true,
  notesVisible: true,
  zoom: 1,
};

export const DEFAULT_BACKUPS_KEPT = 5;

/** Canvas by default: WebGL is faster on a real GPU but slower in software rendering. */
export const defaultGraphSettings: GraphSettings = { webgl: false };

const windowBoundsSchema = z.object({
  x: z.number().optional(),
  y: z.number().optional(),
  width: z.number().min(400),
  height: z.number().min(300),
  maximized: z.boolean(),
});
export type WindowBounds = z.infer<typeof windowBoundsSchema>;

const storedSchema = z.object({
  layout: layoutSchema.catch(defaultLayout),
  graph: graphSettingsSchema.catch(defaultGraphSettings),
  window: windowBoundsSchema.optional().catch(undefined),
  backups: z
    .object({ keep: z.number().int().min(1).max(100) })
    .optional()
    .catch(undefined),
  gaps: z
    .object({ staleAfterDays: z.number().int().min(1).max(3650) })
    .optional()
    .catch(undefined),
});
type Stored = z.infer<typeof storedSchema>;

/** Per-user settings that outlive any workspace: pane widths, the graph renderer and the window's bounds. */
export class SettingsStore {
  private readonly file: string;
  constructor(dataDir: string) {
    this.file = join(dataDir, 'settings.json');
  }

  private read(): Stored {
    return readJsonFile(this.file, storedSchema, { layout: defaultLayout, graph: defaultGraphSettings });
  }

  get(): Settings {
    const { layout, graph } = this.read();
    return { layout, graph };
  }

  setLayout(layout: PaneLayout): Settings {
    writeJsonFile(this.file, { ...this.read(), layout });
    return this.get();
  }

  setGraph(graph: GraphSettings): Settings {
    writeJsonFile(this.file, { ...this.read(), graph });
    return this.get();
  }

  /** How many backups each workspace keeps (DEFAULT_BACKUPS_KEPT until the user sets it). */
  backupsToKeep(): number {
    return this.read().backups?.keep ?? DEFAULT_BACKUPS_KEPT;
  }

  setBackupsToKeep(keep: number): number {
    writeJsonFile(this.file, { ...this.read(), backups: { keep } });
    return this.backupsToKeep();
  }

  /** After how many days an import counts as stale in "Get the data" (90 until the user sets it). */
  staleAfterDays(): number {
    return this.read().gaps?.staleAfterDays ?? DEFAULT_STALE_DAYS;
  }

  setStaleAfterDays(staleAfterDays: number): number {
    writeJsonFile(this.file, { ...this.read(), gaps: { staleAfterDays } });
    return this.staleAfterDays();
  }

  windowBounds(): WindowBounds | undefined {
    return this.read().window;
  }

  setWindowBounds(bounds: WindowBounds): void {
    writeJsonFile(this.file, { ...this.read(), window: bounds });
  }
}
