import { entryRelativePath, isClutter, relativePathOf, type PickedFile } from './uploadPlan';

/** True while a drag carries files from the desktop, not text or a link from the page. */
export function carriesFiles(dataTransfer: DataTransfer | null): boolean {
  return dataTransfer !== null && Array.from(dataTransfer.types).includes('Files');
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** readEntries answers in batches (about 100 in Chromium): keep asking until it returns none. */
async function childrenOf(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader();
  const children: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) return children;
    children.push(...batch);
  }
}

async function walk(entry: FileSystemEntry, into: PickedFile[]): Promise<void> {
  if (entry.isFile) {
    const relativePath = entryRelativePath(entry.fullPath);
    if (relativePath.includes('/') && isClutter(relativePath)) return;
    into.push({ file: await fileOf(entry as FileSystemFileEntry), relativePath });
  } else if (entry.isDirectory) {
    for (const child of await childrenOf(entry as FileSystemDirectoryEntry)) await walk(child, into);
  }
}

/**
 * Browser mode: every file of a drop with its path under the dropped item. The entries must be
 * taken during the drop event itself (the browser empties the DataTransfer afterwards); reading
 * the folders can then take its time.
 */
export function droppedFiles(dataTransfer: DataTransfer): Promise<PickedFile[]> {
  const entries: FileSystemEntry[] = [];
  const plainFiles: File[] = [];
  for (const item of Array.from(dataTransfer.items)) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry();
    const file = entry ? null : item.getAsFile();
    if (entry) entries.push(entry);
    else if (file) plainFiles.push(file);
  }
  return (async () => {
    const picked: PickedFile[] = plainFiles.map((file) => ({ file, relativePath: file.name }));
    for (const entry of entries) await walk(entry, picked);
    return picked;
  })();
}

/** The files of an <input type="file">, folder picks keeping their folder structure. */
export function pickedFiles(files: FileList): PickedFile[] {
  return Array.from(files)
    .map((file) => ({ file, relativePath: relativePathOf(file) }))
    .filter(({ relativePath }) => !(relativePath.includes('/') && isClutter(relativePath)));
}
