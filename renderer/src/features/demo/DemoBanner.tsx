import { useApiQuery } from '../../api/useApiQuery';
import './demo.css';

/** Says, for as long as the demo pursuit is open, that its people and companies are invented. */
export function DemoBanner() {
  const { data } = useApiQuery('demo.status', {}, { dependsOn: ['records'] });
  if (!data?.demo) return null;
  return (
    <div className="demo-banner" role="note" data-testid="demo-banner">
      Demo pursuit: every person, company and post here is invented. Create a workspace of your own to import
      your data.
    </div>
  );
}
