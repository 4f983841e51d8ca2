import { useState } from 'react';
import type { PathsResultDto } from '../../../../common/dto';
import { GraphView } from '../graph/GraphView';
import { IntroDialog } from './IntroDialog';
import { OrganisationPeople } from './OrganisationPeople';
import { FIRST_PATHS, PathsPanel } from './PathsPanel';

/** The heart of the prospect page: the ranked ways in beside the network they run through. */
export function InsideTrackSection({
  accountId,
  prospectName,
  result,
  onOpenAsProspect,
}: {
  accountId: number;
  prospectName: string;
  result: PathsResultDto;
  onOpenAsProspect: (accountId: number) => Promise<void>;
}) {
  const [selectedPath, setSelectedPath] = useState<number | null>(null);
  const [drafting, setDrafting] = useState<number | null>(null);
  const [shown, setShown] = useState(FIRST_PATHS);
  const draftPath = drafting === null ? undefined : result.paths[drafting];

  return (
    <div className="inside-track">
      <div className="inside-track-side">
        <PathsPanel
          result={result}
          selectedPath={selectedPath}
          onSelectPath={setSelectedPath}
          onDraft={(index) => {
            setSelectedPath(index);
            setDrafting(index);
          }}
          shown={shown}
          onShowMore={() => setShown((n) => n + FIRST_PATHS)}
        />
        <OrganisationPeople key={result.prospect.id} result={result} />
      </div>
      <GraphView
        accountId={accountId}
        prospectName={prospectName}
        paths={result.paths.slice(0, shown)}
        selectedPath={selectedPath}
        onSelectPath={setSelectedPath}
        onOpenAsProspect={onOpenAsProspect}
      />
      {drafting !== null && draftPath && (
        <IntroDialog
          accountId={accountId}
          pathIndex={drafting}
          path={draftPath}
          onClose={() => setDrafting(null)}
        />
      )}
    </div>
  );
}
