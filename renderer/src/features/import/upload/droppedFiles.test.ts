import { describe, expect, it } from 'vitest';
import { carriesFiles, droppedFiles } from './droppedFiles';

/** Just enough of the File System Entry API to stand in for a dropped folder. */
function fileEntry(fullPath: string): FileSystemEntry {
  const name = fullPath.split('/').at(-1)!;
  return {
    isFile: true,
    isDirectory: false,
    fullPath,
    name,
    file: (resolve: (file: File) => void) => resolve(new File([fullPath], name)),
  } as unknown as FileSystemEntry;
}

/** readEntries hands out `batchSize` children per call, then an empty batch, like Chromium. */
function folderEntry(fullPath: string, children: FileSystemEntry[], batchSize = 2): FileSystemEntry {
  return {
    isFile: false,
    isDirectory: true,
    fullPath,
    name: fullPath.split('/').at(-1)!,
    createReader: () => {
      let at = 0;
      return {
        readEntries: (resolve: (entries: FileSystemEntry[]) => void) => {
          resolve(children.slice(at, at + batchSize));
          at += batchSize;
        },
      };
    },
  } as unknown as FileSystemEntry;
}

function dataTransfer(entries: (FileSystemEntry | File)[]): DataTransfer {
  return {
    types: ['Files'],
    items: entries.map((entry) => ({
      kind: 'file',
      webkitGetAsEntry: () => (entry instanceof File ? null : entry),
      getAsFile: () => (entry instanceof File ? entry : null),
    })),
  } as unknown as DataTransfer;
}

describe('droppedFiles', () => {
  it('walks a dropped folder to the end, across readEntries batches, keeping relative paths', async () => {
    const archive = folderEntry('/honestmvp-2020', [
      fileEntry('/honestmvp-2020/manifest.js'),
      fileEntry('/honestmvp-2020/.DS_Store'),
      folderEntry('/honestmvp-2020/data', [
        fileEntry('/honestmvp-2020/data/tweet.js'),
        fileEntry('/honestmvp-2020/data/follower.js'),
        fileEntry('/honestmvp-2020/data/like.js'),
      ]),
      fileEntry('/honestmvp-2020/account.js'),
    ]);
    const picked = await droppedFiles(dataTransfer([archive, fileEntry('/contacts.vcf')]));
    expect(picked.map((file) => file.relativePath)).toEqual([
      'honestmvp-2020/manifest.js',
      'honestmvp-2020/data/tweet.js',
      'honestmvp-2020/data/follower.js',
      'honestmvp-2020/data/like.js',
      'honestmvp-2020/account.js',
      'contacts.vcf',
    ]);
  });

  it('takes plain files when the browser gives no entries', async () => {
    const picked = await droppedFiles(dataTransfer([new File(['x'], 'notes.txt')]));
    expect(picked.map((file) => file.relativePath)).toEqual(['notes.txt']);
  });
});

describe('carriesFiles', () => {
  it('tells a file drag from a text drag', () => {
    expect(carriesFiles({ types: ['Files'] } as unknown as DataTransfer)).toBe(true);
    expect(carriesFiles({ types: ['text/plain'] } as unknown as DataTransfer)).toBe(false);
    expect(carriesFiles(null)).toBe(false);
  });
});
