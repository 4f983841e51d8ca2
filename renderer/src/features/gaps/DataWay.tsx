import type { DataWayDto } from '../../../../common/gaps-dto';
import { CommandBlock } from './CommandBlock';

/** One way to get a piece of data: the steps, the commands to copy, the file, and its cost. */
export function DataWay({ way }: { way: DataWayDto }) {
  return (
    <div className="gaps-way" data-testid={`gaps-way-${way.id}`}>
      <h4 className="gaps-way-title">{way.title}</h4>
      <ol className="gaps-steps">
        {way.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      {way.commands.map((command) => (
        <CommandBlock key={command} command={command} />
      ))}
      <dl className="gaps-facts">
        <dt>File</dt>
        <dd>{way.fileName}</dd>
        <dt>Holds</dt>
        <dd>{way.holds}</dd>
        {way.lacks && (
          <>
            <dt>Not in it</dt>
            <dd>{way.lacks}</dd>
          </>
        )}
        {way.cost && (
          <>
            <dt>Cost</dt>
            <dd data-testid="gaps-cost">{way.cost.text}</dd>
          </>
        )}
      </dl>
    </div>
  );
}
