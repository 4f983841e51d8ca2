import { pathForFile } from '../../../api';

/** Electron: the real paths of what was dropped; a dropped folder's File has its path too. */
export function droppedPaths(dataTransfer: DataTransfer): string[] {
  return Array.from(dataTransfer.files)
    .map((file) => pathForFile(file))
    .filter((path) => path !== '');
}
