import type { AppInfo } from '../../../../common/dto';
import { AppMark } from '../../components/AppMark';
import { Dialog } from '../../components/Dialog';
import './about.css';

const hostNames: Record<AppInfo['host'], string> = {
  electron: 'Desktop app',
  web: 'Browser mode',
  memory: 'Test harness',
};

export function AboutDialog({ info, onClose }: { info: AppInfo | null; onClose: () => void }) {
  return (
    <Dialog
      title="About Inside Track"
      onClose={onClose}
      className="about-dialog"
      testId="about-dialog"
      hideTitle
      footer={
        <button type="button" className="button button-primary" onClick={onClose} autoFocus>
          Close
        </button>
      }
    >
      <div className="about-hero">
        <AppMark size={56} />
        <div>
          <div className="about-name">Inside Track</div>
          <div className="about-version" data-testid="about-version">
            Version {info?.version ?? '…'}
          </div>
        </div>
      </div>
      <p className="about-purpose">
        Private prospect research from your own social-network exports. Your data stays in workspace files on
        this computer; Inside Track never goes online.
      </p>
      <dl className="about-facts">
        <dt>SQLite</dt>
        <dd className="selectable" data-testid="about-sqlite">
          {info?.sqliteVersion ?? '—'}
        </dd>
        <dt>Running as</dt>
        <dd data-testid="about-host">{info ? `${hostNames[info.host]} · ${info.platform}` : '—'}</dd>
        <dt>Data folder</dt>
        <dd className="selectable about-path" data-testid="about-data-dir">
          {info?.dataDir ?? '—'}
        </dd>
      </dl>
    </Dialog>
  );
}
