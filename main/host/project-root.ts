import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository (or installed app) root, two levels above main/host. */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
