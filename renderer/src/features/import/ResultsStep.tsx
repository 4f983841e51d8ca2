import { Icon } from '../../components/Icon';
import { runHeadline, type ItemOutcome } from './importOutcome';
import { OutcomeCard } from './OutcomeCard';

/** After the run: a headline, then each item's own account of what it did. */
export function ResultsStep({ outcomes }: { outcomes: readonly ItemOutcome[] }) {
  const allFine = outcomes.every((outcome) => outcome.status === 'imported');
  return (
    <div className="import-results" data-testid="import-summary">
      <p className={allFine ? 'import-headline is-fine' : 'import-headline'} role="status">
        <Icon name={allFine ? 'check' : 'warning'} />
        {runHeadline(outcomes)}
      </p>
      <ul className="import-outcomes">
        {outcomes.map((outcome) => (
          <OutcomeCard key={outcome.item.path} outcome={outcome} />
        ))}
      </ul>
    </div>
  );
}
