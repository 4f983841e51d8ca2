import type { DetectedImport } from '../../../../common/dto';
import { Alert } from '../../components/Alert';
import { DetectedItemCard } from './DetectedItemCard';
import { initialChoice, type ImportChoice } from './importChoices';

/** What was found in the drop, with the few questions the import needs answered. */
export function ReviewStep({
  items,
  choices,
  error,
  onChange,
}: {
  items: readonly DetectedImport[];
  choices: ReadonlyMap<string, ImportChoice>;
  error: string | null;
  onChange: (path: string, change: Partial<ImportChoice>) => void;
}) {
  return (
    <>
      {error && <Alert title="That could not be added" message={error} />}
      <ul className="import-items" aria-label="Files to import">
        {items.map((item) => (
          <DetectedItemCard
            key={item.path}
            item={item}
            choice={choices.get(item.path) ?? initialChoice(item)}
            onChange={(change) => onChange(item.path, change)}
          />
        ))}
      </ul>
    </>
  );
}
