import { join } from 'node:path';
import { z } from 'zod';
import { layoutSchema } from '../../common/api';
import type { PaneLayout, Settings } from '../../common/dto';
import { readJsonFile, writeJsonFile } from './json-file';

export const defaultLayout: PaneLayout = {
  sidebarWidth: 260,
  notesWidth: 320,
  sidebarVisible: true,
  notesVisible: true,
  zoom: 1,
};

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
  window: windowBoundsSchema.optional().catch(undefined),
});
type Stored = z.infer<typeof storedSchema>;

/** Per-user settings that outlive any workspace: pane widths and the window's bounds. */
export class SettingsStore {
  private readonly file: string;
  constructor(dataDir: string) {
    this.file = join(dataDir, 'settings.json');
  }

  private read(): Stored {
    return readJsonFile(this.file, storedSchema, { layout: defaultLayout });
  }

  get(): Settings {
    return { layout: this.read().layout };
  }

  setLayout(layout: PaneLayout): Settings {
    writeJsonFile(this.file, { ...this.read(), layout });
    return this.get();
  }

  windowBounds(): WindowBounds | undefined {
    return this.read().window;
  }

  setWindowBounds(bounds: WindowBounds): void {
    writeJsonFile(this.file, { ...this.read(), window: bounds });
  }
}
