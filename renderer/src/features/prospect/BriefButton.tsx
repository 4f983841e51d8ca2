import { useEffect, useRef, useState } from 'react';
import type { BriefResultDto, Progress } from '../../../../common/dto';
import { AppError } from '../../../../common/errors';
import { api, isDesktop } from '../../api';
import { describeError } from '../../components/describeError';
import { BriefDialog } from './BriefDialog';
import type { briefArgs } from './briefOptions';
import { onBriefExportRequest } from './briefRequest';

/** Browser mode: the core wrote the brief to its briefs folder; the page downloads it from there. */
function download(fileName: string): void {
  const link = document.createElement('a');
  link.href = `/briefs/${encodeURIComponent(fileName)}`;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
}

/** "Export brief…": the meeting-ready PDF on this prospect. */
export function BriefButton({ accountId, name }: { accountId: number; name: string }) {
  const [progress, setProgress] = useState<Progress | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [choosing, setChoosing] = useState(false);

  /** Saves the brief as the dialog set it up; browser mode downloads the preview already made. */
  const save = async (args: ReturnType<typeof briefArgs>, preview: BriefResultDto) => {
    setChoosing(false);
    setBusy(true);
    setMessage(null);
    try {
      let outPath: string | undefined;
      if (isDesktop) {
        const chosen = await api.dialog.chooseBriefPath({ suggestedName: `Brief ${name}` });
        if (chosen === null) return;
        outPath = chosen;
      }
      const result = outPath
        ? await api.brief.export({ ...args, outPath }, { onProgress: setProgress })
        : preview;
      if (isDesktop) {
        setMessage(`Saved ${result.path} (${result.pages} pages)`);
      } else {
        download(result.fileName);
        setMessage(`Downloaded ${result.fileName} (${result.pages} pages)`);
      }
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'CANCELLED')) setMessage(describeError(error));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  // File › Export Brief runs the same export as the button.
  const run = () => setChoosing(true);
  const latestRun = useRef(run);
  latestRun.current = run;
  useEffect(() => onBriefExportRequest(() => latestRun.current()), []);

  return (
    <span className="brief-export">
      <button
        type="button"
        className="button button-small"
        data-testid="brief-export"
        disabled={busy}
        onClick={run}
      >
        {busy ? (progress?.phase ?? 'Exporting…') : 'Export brief…'}
      </button>
      {choosing && (
        <BriefDialog
          accountId={accountId}
          onSave={(args, preview) => void save(args, preview)}
          onClose={() => setChoosing(false)}
        />
      )}
      {message && (
        <span className="brief-message" role="status" title={message}>
          {message}
        </span>
      )}
    </span>
  );
}
