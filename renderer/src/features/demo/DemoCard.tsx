import { api } from '../../api';
import type { BusyAction } from '../../components/useBusyAction';
import './demo.css';

/** The start screen's way to see the app at work before importing anything: invented people only. */
export function DemoCard({ action }: { action: BusyAction }) {
  return (
    <section className="start-card demo-card" aria-labelledby="start-demo-title">
      <h2 className="start-card-title" id="start-demo-title">
        Try a demo pursuit
      </h2>
      <p className="start-card-text">
        A workspace of invented people and companies, made on the spot: a prospect with about 5,000 followers,
        your colleagues and customers, and every section filled in.
      </p>
      <button
        type="button"
        className="button"
        data-testid="try-demo"
        disabled={action.busy}
        onClick={() => void action.run(() => api.demo.create({}))}
      >
        {action.busy ? 'Making the demo…' : 'Try a demo pursuit'}
      </button>
    </section>
  );
}
