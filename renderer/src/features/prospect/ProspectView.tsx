import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api';
import { Alert } from '../../components/Alert';
import { describeError } from '../../components/describeError';
import { AudienceSection } from '../audience/AudienceSection';
import { ChangesSection } from '../audience/ChangesSection';
import { FocusSection } from '../focus/FocusSection';
import { GapsSection } from '../gaps/GapsSection';
import { InsideTrackSection } from './InsideTrackSection';
import { accountLabel } from './pathText';
import { ProspectHeader } from './ProspectHeader';
import { SectionNav, sectionPanelId, sectionTabId, type ProspectSection } from './SectionNav';
import { useProspect } from './useProspect';
import './prospect.css';

/**
 * One prospect's page: who they are, then the sections a consultant reads before the meeting.
 * The Inside track stays mounted while another section is shown, so its graph is not redrawn.
 */
export function ProspectView({
  accountId,
  isProspect,
  onOpenAccount,
  onNameKnown,
  onErased,
}: {
  accountId: number;
  isProspect: boolean;
  onOpenAccount: (accountId: number) => void;
  /** The account's display name once read, for the view's tab and the notes. */
  onNameKnown: (known: { accountId: number; name: string }) => void;
  /** The account was erased: its page has nothing left to show. */
  onErased?: () => void;
}) {
  const { paths, account, error, loading, retry } = useProspect(accountId);
  const [section, setSection] = useState<ProspectSection>('inside');
  const [pending, setPending] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);

  const toggleProspect = useCallback(async () => {
    setPending(true);
    setActionError(null);
    try {
      if (isProspect) await api.prospects.remove({ accountId });
      else await api.prospects.add({ accountId });
    } catch (caught) {
      setActionError(describeError(caught));
    } finally {
      setPending(false);
    }
  }, [accountId, isProspect]);

  const openAsProspect = useCallback(
    async (id: number) => {
      await api.prospects.add({ accountId: id });
      onOpenAccount(id);
    },
    [onOpenAccount],
  );

  const prospect = paths?.prospect.id === accountId ? paths.prospect : null;
  const name = prospect
    ? (account?.name?.trim() ?? prospect.name?.trim()) || accountLabel(prospect)
    : `Account #${accountId}`;

  useEffect(() => {
    if (prospect) onNameKnown({ accountId, name });
  }, [prospect, accountId, name, onNameKnown]);

  return (
    <main className="prospect-view" data-testid="prospect-view" aria-labelledby="prospect-title">
      {prospect ? (
        <ProspectHeader
          prospect={prospect}
          account={account}
          isProspect={isProspect}
          pending={pending}
          onToggleProspect={() => void toggleProspect()}
          onErased={onErased}
        />
      ) : (
        <header className="prospect-header is-loading" data-testid="prospect-header" aria-busy={loading}>
          <span className="prospect-avatar prospect-header-avatar" aria-hidden="true" />
          <div className="prospect-identity">
            <h2 className="prospect-title" id="prospect-title">
              {error ? 'Could not open this account' : 'Opening…'}
            </h2>
          </div>
        </header>
      )}
      {(error ?? actionError) && (
        <div className="prospect-alert">
          <Alert
            message={(error ?? actionError)!}
            onDismiss={actionError ? () => setActionError(null) : undefined}
          />
          {error && (
            <button type="button" className="button button-small" onClick={retry}>
              Try again
            </button>
          )}
        </div>
      )}
      <SectionNav section={section} onChange={setSection} />
      <div className="prospect-sections">
        <div
          className="prospect-panel prospect-panel-inside"
          role="tabpanel"
          id={sectionPanelId('inside')}
          aria-labelledby={sectionTabId('inside')}
          hidden={section !== 'inside'}
        >
          {prospect && paths ? (
            <InsideTrackSection
              key={accountId}
              accountId={accountId}
              prospectName={name}
              result={paths}
              onOpenAsProspect={openAsProspect}
            />
          ) : (
            !error && (
              <p className="prospect-loading" aria-busy="true">
                <span className="spinner" /> Finding the ways in…
              </p>
            )
          )}
        </div>
        {section !== 'inside' && (
          <div
            className="prospect-panel"
            role="tabpanel"
            id={sectionPanelId(section)}
            aria-labelledby={sectionTabId(section)}
          >
            {section === 'focus' && (
              <FocusSection key={accountId} accountId={accountId} onOpenAccount={onOpenAccount} />
            )}
            {section === 'following' && (
              <AudienceSection
                key={`following-${accountId}`}
                accountId={accountId}
                list="following"
                onOpenAccount={onOpenAccount}
              />
            )}
            {section === 'followers' && (
              <AudienceSection
                key={`followers-${accountId}`}
                accountId={accountId}
                list="followers"
                onOpenAccount={onOpenAccount}
              />
            )}
            {section === 'changes' && (
              <ChangesSection key={accountId} accountId={accountId} onOpenAccount={onOpenAccount} />
            )}
            {section === 'data' && <GapsSection key={accountId} accountId={accountId} />}
          </div>
        )}
      </div>
    </main>
  );
}
