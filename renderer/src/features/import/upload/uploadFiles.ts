import { AppError } from '../../../../../common/errors';
import { distinctPaths, newBatchId, totalBytes, uploadUrl, type PickedFile } from './uploadPlan';

export interface UploadProgress {
  sentBytes: number;
  totalBytes: number;
  sentFiles: number;
  totalFiles: number;
}

/** A few at a time: many small files (an X archive folder) go faster, one huge ZIP is no slower. */
const parallelUploads = 3;

function uploadOne(
  batch: string,
  picked: PickedFile,
  signal: AbortSignal,
  onBytes: (sent: number) => void,
): Promise<string> {
  // XMLHttpRequest rather than fetch: only it reports upload progress, which a 2 GB archive needs.
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', uploadUrl(batch, picked.relativePath));
    request.upload.onprogress = (event) => onBytes(event.loaded);
    request.onload = () => {
      if (request.status !== 200) {
        reject(
          new AppError(
            'IO',
            `${picked.relativePath}: ${request.responseText || `upload failed (${request.status})`}`,
          ),
        );
        return;
      }
      try {
        const { path } = JSON.parse(request.responseText) as { path: string };
        onBytes(picked.file.size);
        resolve(path);
      } catch {
        reject(new AppError('IO', `${picked.relativePath}: the server's answer could not be read.`));
      }
    };
    request.onerror = () => reject(new AppError('IO', `${picked.relativePath}: the upload was interrupted.`));
    request.onabort = () => reject(new AppError('CANCELLED', 'Upload cancelled.'));
    signal.addEventListener('abort', () => request.abort(), { once: true });
    request.send(picked.file);
  });
}

/**
 * Browser mode cannot hand the core a dropped file's path, so it copies each file to the server
 * (main/host/uploads.ts) and imports the copies. Resolves to the server paths of the top-level
 * items: one per dropped file or folder.
 */
export async function uploadFiles(
  files: readonly PickedFile[],
  {
    signal,
    onProgress,
    onUploaded,
  }: {
    signal: AbortSignal;
    onProgress: (progress: UploadProgress) => void;
    /** Each copy the server made, as soon as it exists: a cancelled drop discards these. */
    onUploaded?: (path: string) => void;
  },
): Promise<string[]> {
  const batch = newBatchId();
  const sentPerFile = new Array<number>(files.length).fill(0);
  const paths = new Array<string>(files.length);
  const progress: UploadProgress = {
    sentBytes: 0,
    totalBytes: totalBytes(files),
    sentFiles: 0,
    totalFiles: files.length,
  };
  const report = () => onProgress({ ...progress, sentBytes: sentPerFile.reduce((a, b) => a + b, 0) });
  report();

  // One failed file stops the others: the drop is imported whole or not at all.
  const stop = new AbortController();
  signal.addEventListener('abort', () => stop.abort(), { once: true });
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      if (stop.signal.aborted) throw new AppError('CANCELLED', 'Upload cancelled.');
      const index = next;
      next += 1;
      const picked = files[index]!;
      let path: string;
      try {
        path = await uploadOne(batch, picked, stop.signal, (sent) => {
          sentPerFile[index] = sent;
          report();
        });
      } catch (error) {
        stop.abort();
        throw error;
      }
      paths[index] = path;
      onUploaded?.(path);
      progress.sentFiles += 1;
      report();
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallelUploads, files.length) }, worker));
  return distinctPaths(paths);
}
