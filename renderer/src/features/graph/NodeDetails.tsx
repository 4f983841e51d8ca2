import type { AccountRow, EgoGraphDto, GraphNodeDto, ReferralPathDto } from '../../../../common/dto';
import { useApiQuery } from '../../api/useApiQuery';
import { formatCount } from '../../components/format/count';
import { Icon } from '../../components/Icon';
import { networkName, prospectInitials } from '../workspace/prospectNames';
import { roleLegend } from './graphStyle';
import { relationToProspect, relationToYou } from './nodeRelations';

/** The account behind a node, read once for the facts the graph does not carry. */
function useAccountFacts(node: GraphNodeDto): AccountRow | null {
  // On failure the graph's own facts are enough.
  const found = useApiQuery(
    'accounts.find',
    { ref: node.handle ?? '' },
    { dependsOn: ['records', 'links', 'prospects'], enabled: node.handle !== null && node.handle !== '' },
  ).data;
  return found?.id === node.id ? found : null;
}

/** What the user learns by clicking a node: who it is and how it ties to the prospect and to them. */
export function NodeDetails({
  node,
  graph,
  paths,
  categoryNames,
  opening,
  onClose,
  onOpenAsProspect,
  onSelectPath,
}: {
  node: GraphNodeDto;
  graph: EgoGraphDto;
  paths: readonly ReferralPathDto[];
  categoryNames: ReadonlyMap<number, string>;
  opening: boolean;
  onClose: () => void;
  onOpenAsProspect: (accountId: number) => void;
  onSelectPath: (index: number) => void;
}) {
  const facts = useAccountFacts(node);
  const role = roleLegend.find((entry) => entry.role === node.role);
  // One of the user's people goes by the name the user keeps for them.
  const name =
    node.personName?.trim() || node.name?.trim() || (node.handle ? `@${node.handle}` : `Account #${node.id}`);
  const followers = facts?.followersCount ?? node.reach;
  const isProspectNode = node.id === graph.prospect.id;

  return (
    <section className="node-details" data-testid="node-details" aria-label={`Details: ${name}`}>
      <header className="node-details-head">
        <span className={`prospect-avatar node-avatar role-${node.role}`} aria-hidden="true">
          {prospectInitials(node)}
        </span>
        <div className="node-details-who">
          <h3 className="node-details-name" title={name}>
            {name}
          </h3>
          <div className="node-details-handle">
            {node.handle ? `@${node.handle} · ` : ''}
            {networkName(node.network)}
          </div>
        </div>
        <button type="button" className="icon-button" aria-label="Close details" onClick={onClose}>
          <Icon name="close" size={14} />
        </button>
      </header>
      <div className="node-details-role-line">
        {role && (
          <span className="node-details-role">
            <span className={`legend-swatch role-${node.role}`} aria-hidden="true" />
            {role.singular}
          </span>
        )}
        {!isProspectNode && node.role !== 'me' && (
          <button
            type="button"
            className="button button-small button-primary"
            disabled={opening}
            onClick={() => onOpenAsProspect(node.id)}
          >
            {facts?.isProspect ? 'Open prospect' : 'Open as prospect'}
          </button>
        )}
      </div>
      {node.bio && <p className="node-details-bio selectable">{node.bio}</p>}
      <dl className="node-details-facts">
        <dt>Followers</dt>
        <dd className="tabular">{followers === null ? '—' : formatCount(followers)}</dd>
        <dt>Following</dt>
        <dd className="tabular">{facts?.followingCount == null ? '—' : formatCount(facts.followingCount)}</dd>
        {node.categories.length > 0 && (
          <>
            <dt>Categories</dt>
            <dd data-testid="node-details-categories">
              {node.categories.map((id) => categoryNames.get(id) ?? `Category ${id}`).join(', ')}
            </dd>
          </>
        )}
        {facts?.location && (
          <>
            <dt>Location</dt>
            <dd className="node-details-location" title={facts.location}>
              {facts.location}
            </dd>
          </>
        )}
      </dl>
      <div className="node-details-relations">
        <h4>To the prospect</h4>
        <p>{relationToProspect(node, graph)}</p>
        {!isProspectNode && (
          <>
            <h4>To you</h4>
            {relationToYou(node, graph, paths).map((line) => (
              <p key={line}>{line}</p>
            ))}
          </>
        )}
        {node.paths.length > 0 && (
          <div className="node-details-paths">
            {node.paths.map((index) => (
              <button
                key={index}
                type="button"
                className="button button-small"
                onClick={() => onSelectPath(index)}
              >
                Show path {index + 1}
              </button>
            ))}
          </div>
        )}
      </div>
    </section>
  );
}
