import { formatBytes } from '../../components/format/bytes';
import { formatCount } from '../../components/format/count';
import { ProgressBar } from '../../components/ProgressBar';
import { formatRate, progressPercent, rateOf, timeLeftText, type ProgressSample } from './importProgress';
import type { UploadProgress } from './upload/uploadFiles';

const taskText = {
  reading: 'Reading what you dropped…',
  uploading: 'Copying the files for import…',
  detecting: 'Looking at what you chose…',
};

function uploadFacts(upload: UploadProgress, samples: readonly ProgressSample[]): string {
  const files = upload.totalFiles === 1 ? '1 file' : `${formatCount(upload.totalFiles)} files`;
  const rate = rateOf(samples);
  return [
    `${formatBytes(upload.sentBytes)} of ${formatBytes(upload.totalBytes)}`,
    files,
    rate === null ? null : formatRate(rate, 'bytes'),
    timeLeftText(upload.sentBytes, upload.totalBytes, rate),
  ]
    .filter(Boolean)
    .join(' · ');
}

/** Between a drop and the list of what it holds: reading folders, uploading, detecting formats. */
export function PreparingStep({
  task,
  upload,
  samples,
}: {
  task: 'reading' | 'uploading' | 'detecting';
  upload: UploadProgress | null;
  samples: readonly ProgressSample[];
}) {
  const percent = upload ? progressPercent(upload.sentBytes, upload.totalBytes) : null;
  const facts = upload ? uploadFacts(upload, samples) : undefined;
  return (
    <div className="import-preparing">
      <div className="import-run-head">
        <span className="import-run-title">{taskText[task]}</span>
        {percent !== null && <span className="tabular">{Math.floor(percent)}%</span>}
      </div>
      <ProgressBar percent={percent} label={taskText[task]} valueText={facts} />
      {facts && <div className="import-run-facts tabular">{facts}</div>}
    </div>
  );
}
