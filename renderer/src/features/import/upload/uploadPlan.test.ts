import { describe, expect, it } from 'vitest';
import {
  distinctPaths,
  entryRelativePath,
  isClutter,
  newBatchId,
  relativePathOf,
  totalBytes,
  uploadUrl,
} from './uploadPlan';

describe('newBatchId', () => {
  it('fits the server’s batch pattern and differs between drops', () => {
    const id = newBatchId();
    expect(id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(newBatchId()).not.toBe(id);
  });
});

describe('uploadUrl', () => {
  it('encodes folders, spaces and unicode in the name', () => {
    expect(uploadUrl('drop-1', 'My archive/data/tweet.js')).toBe(
      '/upload?batch=drop-1&name=My%20archive%2Fdata%2Ftweet.js',
    );
    expect(uploadUrl('b', 'Kontakte & Ärzte.vcf')).toBe(
      '/upload?batch=b&name=Kontakte%20%26%20%C3%84rzte.vcf',
    );
  });
});

describe('relative paths', () => {
  it('keeps the folder for folder picks and just the name for files', () => {
    expect(relativePathOf({ name: 'tweet.js', webkitRelativePath: 'honestmvp-2020/tweet.js' })).toBe(
      'honestmvp-2020/tweet.js',
    );
    expect(relativePathOf({ name: 'contacts.vcf', webkitRelativePath: '' })).toBe('contacts.vcf');
    expect(relativePathOf({ name: 'contacts.vcf' })).toBe('contacts.vcf');
  });

  it('drops the leading slash of dropped entries', () => {
    expect(entryRelativePath('/honestmvp-2020/data/tweet.js')).toBe('honestmvp-2020/data/tweet.js');
  });

  it('recognises operating-system clutter', () => {
    expect(isClutter('archive/.DS_Store')).toBe(true);
    expect(isClutter('archive/._tweet.js')).toBe(true);
    expect(isClutter('archive/tweet.js')).toBe(false);
  });
});

describe('totals and paths', () => {
  it('adds up sizes and imports each top-level item once', () => {
    const file = (size: number) => ({
      file: { name: 'f', size } as Blob & { name: string },
      relativePath: 'f',
    });
    expect(totalBytes([file(10), file(32)])).toBe(42);
    expect(distinctPaths(['/u/b/arch', '/u/b/arch', '/u/b/c.vcf'])).toEqual(['/u/b/arch', '/u/b/c.vcf']);
  });
});
