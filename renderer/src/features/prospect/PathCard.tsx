import type { ReferralPathDto } from '../../../../common/dto';
import {
  accountLabel,
  formatStrength,
  relationshipPhrase,
  intermediariesText,
  pathLine,
  pathSteps,
  scorePercent,
} from './pathText';

/** One referral path: who, how strong, why; selecting it emphasises it in the graph. */
export function PathCard({
  path,
  index,
  selected,
  onSelect,
  onDraft,
}: {
  path: ReferralPathDto;
  index: number;
  selected: boolean;
  onSelect: () => void;
  onDraft: () => void;
}) {
  const steps = pathSteps(path);
  const percent = scorePercent(path.score);
  return (
    <article
      className={selected ? 'path-card is-selected' : 'path-card'}
      data-testid="path-card"
      aria-label={`Path ${index + 1}: ${pathLine(path)}, score ${percent}`}
    >
      <button type="button" className="path-card-select" aria-pressed={selected} onClick={onSelect}>
        <span className="path-rank tabular" aria-hidden="true">
          {index + 1}
        </span>
        <span className="path-main">
          <span className="path-steps">
            {steps.map((step, position) => (
              <span key={`${step.kind}-${step.accountId ?? 'you'}-${position}`} className="path-step-wrap">
                {position > 0 && (
                  <span className="path-arrow" aria-hidden="true">
                    →
                  </span>
                )}
                <span
                  className={`path-step path-step-${step.kind}`}
                  title={step.detail ? `${step.label} (${step.detail})` : step.label}
                >
                  <span className="path-step-label">{step.label}</span>
                  {step.detail && step.kind !== 'bridge' && step.kind !== 'prospect' && (
                    <span className="path-step-detail"> ({step.detail})</span>
                  )}
                </span>
              </span>
            ))}
          </span>
          <span className="path-score">
            <span
              className="path-score-bar"
              role="meter"
              aria-label="Path score"
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={Math.round(path.score * 100)}
              aria-valuetext={percent}
            >
              <span
                className="path-score-fill"
                style={{ width: `${Math.max(2, Math.min(100, path.score * 100))}%` }}
              />
            </span>
            <span className="path-score-value tabular">{percent}</span>
            <span className="path-kind">{intermediariesText(path)}</span>
          </span>
        </span>
      </button>
      <p className="path-explanation selectable">{path.explanation}</p>
      {selected && (
        <ol className="path-hops" aria-label="Ties along the path">
          {path.start.relationship !== 'me' && (
            <li>
              <span className="path-hop-ties">
                You → {path.start.personName}
                <span className="path-hop-strength tabular">{formatStrength(path.start.strength)}</span>
              </span>
              <span className="path-hop-evidence">
                {path.start.personName} is {relationshipPhrase(path.start.relationship)}: the tie comes from
                the relationship.
              </span>
            </li>
          )}
          {path.hops.map((hop) => (
            <li key={`${hop.from.id}-${hop.to.id}`}>
              <span className="path-hop-ties">
                {accountLabel(hop.from)} → {accountLabel(hop.to)}
                <span className="path-hop-strength tabular">{formatStrength(hop.strength)}</span>
              </span>
              <span className="path-hop-evidence selectable">{hop.evidence}</span>
            </li>
          ))}
        </ol>
      )}
      <div className="path-actions">
        <button type="button" className="button button-small" onClick={onDraft}>
          Draft introduction…
        </button>
      </div>
    </article>
  );
}
