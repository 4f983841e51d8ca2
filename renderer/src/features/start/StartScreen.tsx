import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { AppInfo } from '../../../../common/dto';
import { isDesktop } from '../../api';
import { openWorkspace } from '../encryption/openWorkspace';
import { Alert } from '../../components/Alert';
import { AppMark } from '../../components/AppMark';
import { useBusyAction } from '../../components/useBusyAction';
import { DemoCard } from '../demo/DemoCard';
import { NewWorkspaceForm } from './NewWorkspaceForm';
import { OpenWorkspaceForm } from './OpenWorkspaceForm';
import { RecentList } from './RecentList';
import { useRecentWorkspaces } from './useRecentWorkspaces';
import { openWorkspaceWithDialog } from './workspaceDialogs';
import './start.css';

/** A menu command aimed at the start screen; `seq` makes a repeat of the same command count. */
export interface StartRequest {
  action: 'new' | 'open';
  seq: number;
}

export function StartScreen({
  info,
  request,
  onRequestHandled,
}: {
  info: AppInfo | null;
  request: StartRequest | null;
  /** Called once a request is acted on, so it does not act again when this screen next mounts. */
  onRequestHandled: () => void;
}) {
  const action = useBusyAction();
  const { recent, forget } = useRecentWorkspaces();
  const [openingPath, setOpeningPath] = useState<string | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const openPathRef = useRef<HTMLInputElement>(null);

  const actOn = useEffectEvent((next: StartRequest) => {
    onRequestHandled();
    if (next.action === 'new') nameRef.current?.focus();
    else if (isDesktop) void action.run(openWorkspaceWithDialog);
    else openPathRef.current?.focus();
  });
  useEffect(() => {
    if (request) actOn(request);
  }, [request]);

  function openRecent(path: string) {
    setOpeningPath(path);
    void action.run(() => openWorkspace(path)).finally(() => setOpeningPath(null));
  }

  return (
    <div className="start-screen" data-testid="start-screen">
      <div className="start-inner">
        <header className="start-hero">
          <AppMark size={52} />
          <div>
            <h1 className="start-title">Inside Track</h1>
            <p className="start-tagline">
              Find the warmest way in to the people you want to reach, from your own social-network exports.
            </p>
          </div>
        </header>

        {action.error && (
          <div className="start-alert">
            <Alert title="That did not work" message={action.error} onDismiss={action.clearError} />
          </div>
        )}

        <div className="start-columns">
          <div className="start-actions">
            <section className="start-card" aria-labelledby="start-new-title">
              <h2 className="start-card-title" id="start-new-title">
                New workspace
              </h2>
              <p className="start-card-text">One file per pursuit. It stays on this computer.</p>
              <NewWorkspaceForm info={info} action={action} nameRef={nameRef} />
            </section>
            <section className="start-card" aria-labelledby="start-open-title">
              <h2 className="start-card-title" id="start-open-title">
                Open workspace
              </h2>
              <p className="start-card-text">Pick up an existing .itrack file.</p>
              <OpenWorkspaceForm action={action} pathRef={openPathRef} />
            </section>
            <DemoCard action={action} />
          </div>

          <section className="start-recent" aria-labelledby="start-recent-title">
            <h2 className="start-section-title" id="start-recent-title">
              Recent workspaces
            </h2>
            <RecentList
              recent={recent}
              busy={action.busy}
              openingPath={openingPath}
              onOpen={openRecent}
              onForget={(path) => void action.run(() => forget(path))}
            />
          </section>
        </div>
      </div>
    </div>
  );
}
