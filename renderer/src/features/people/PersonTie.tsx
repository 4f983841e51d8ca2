import { useState } from 'react';
import type { PersonTieDto } from '../../../../common/ties-dto';
import { api } from '../../api';
import { useApiQuery } from '../../api/useApiQuery';
import { Alert } from '../../components/Alert';
import { describeError } from '../../components/describeError';
import { sparklineBars, sparklineText } from './tieSparkline';
import './person-tie.css';

const SPARK_WIDTH = 192;
const SPARK_HEIGHT = 28;

/** The user's tie to the person from their mail and calendars: score, evidence, sparkline, introduction, override. */
export function PersonTie({ personId, personName }: { personId: number; personName: string }) {
  const query = useApiQuery('people.tie', { personId }, { dependsOn: ['records', 'people'] });
  const tie = query.data?.personId === personId ? query.data : null;
  if (query.error && !tie) return <Alert message={query.error} />;
  if (!tie) return <section className="person-tie is-loading" aria-busy="true" />;
  return (
    <section className="person-tie" aria-labelledby="person-tie-title" data-testid="person-tie">
      <h3 id="person-tie-title" className="person-section-title">
        Your tie
      </h3>
      <p className="person-tie-score" data-testid="person-tie-score">
        <strong>{tie.score}</strong> / 100
        {tie.override && <span className="person-tie-computed"> (your score; computed {tie.computed})</span>}
      </p>
      {tie.override?.why && <p className="person-tie-why selectable">“{tie.override.why}”</p>}
      <p className="person-tie-evidence selectable" data-testid="person-tie-evidence">
        {tie.mailImported
          ? tie.explanation
          : 'No mail or calendar is imported yet, so the tie comes from the relationship you set. Import your mailbox (mbox or .eml) or calendar (.ics) to see it.'}
      </p>
      {tie.hasEvidence && <Sparkline months={tie.months} />}
      <div className="person-tie-intro">
        <h4 className="person-field-label">Source of introduction</h4>
        <p className="selectable" data-testid="person-tie-introduced">
          {tie.mailImported ? tie.introducedBy.text : 'Unknown: no mail is imported.'}
        </p>
      </div>
      <TieOverride key={`${personId}-${tie.override?.updatedAt ?? ''}`} tie={tie} personName={personName} />
      <details className="person-tie-formula">
        <summary>How the tie is scored</summary>
        <p className="selectable">{tie.formula}</p>
      </details>
    </section>
  );
}

function Sparkline({ months }: { months: PersonTieDto['months'] }) {
  const text = sparklineText(months);
  return (
    <figure className="person-tie-spark" data-testid="person-tie-sparkline">
      <svg width={SPARK_WIDTH} height={SPARK_HEIGHT} role="img" aria-label={text}>
        <title>{text}</title>
        <line
          x1={0}
          x2={SPARK_WIDTH}
          y1={SPARK_HEIGHT - 0.5}
          y2={SPARK_HEIGHT - 0.5}
          className="spark-axis"
        />
        {sparklineBars(months, SPARK_WIDTH, SPARK_HEIGHT).map((bar) => (
          <rect
            key={bar.month}
            x={bar.x + 1}
            y={bar.y}
            width={Math.max(1, bar.width - 2)}
            height={bar.height}
            className="spark-bar"
          />
        ))}
      </svg>
      <figcaption className="person-tie-spark-caption">
        {months[0]?.month} to {months[months.length - 1]?.month}
      </figcaption>
    </figure>
  );
}

function TieOverride({ tie, personName }: { tie: PersonTieDto; personName: string }) {
  const [open, setOpen] = useState(false);
  const [score, setScore] = useState(String(tie.override?.score ?? tie.computed));
  const [why, setWhy] = useState(tie.override?.why ?? '');
  const [error, setError] = useState<string | null>(null);
  const save = (value: number | null) =>
    api.people
      .setTie({ personId: tie.personId, score: value, why })
      .then(() => setOpen(false))
      .catch((caught: unknown) => setError(describeError(caught)));
  const parsed = Number(score);
  const valid = score.trim() !== '' && Number.isInteger(parsed) && parsed >= 0 && parsed <= 100;
  if (!open) {
    return (
      <div className="person-tie-actions">
        <button type="button" className="button button-small" onClick={() => setOpen(true)}>
          {tie.override ? 'Change your score…' : 'Set your own score…'}
        </button>
        {tie.override && (
          <button type="button" className="link-button" onClick={() => void save(null)}>
            Use the computed score
          </button>
        )}
        {error && <Alert message={error} onDismiss={() => setError(null)} />}
      </div>
    );
  }
  return (
    <form
      className="person-tie-override"
      aria-label={`Your own score for ${personName}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (valid) void save(parsed);
      }}
    >
      {error && <Alert message={error} onDismiss={() => setError(null)} />}
      <label className="person-field">
        <span className="person-field-label">Score (0–100)</span>
        <input
          type="number"
          min={0}
          max={100}
          step={1}
          className="text-input person-tie-input"
          value={score}
          data-testid="person-tie-input"
          onChange={(event) => setScore(event.target.value)}
        />
      </label>
      <label className="person-field">
        <span className="person-field-label">Why</span>
        <input
          type="text"
          className="text-input"
          value={why}
          maxLength={2000}
          data-testid="person-tie-why"
          placeholder="We worked side by side for three years"
          onChange={(event) => setWhy(event.target.value)}
        />
      </label>
      <div className="person-tie-actions">
        <button type="submit" className="button button-small button-primary" disabled={!valid}>
          Save score
        </button>
        <button type="button" className="button button-small" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
