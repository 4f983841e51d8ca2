import { useState } from 'react';
import { api } from '../../api';
import { describeError } from '../../components/describeError';
import { saveFile } from '../../components/saveFile';

/**
 * "Export relationships…": the user's people and ties as a file a colleague can import
 * (docs/relationship-file.md). Asks first: the file holds people's addresses and handles.
 */
export function ExportRelationshipsButton() {
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    const ok = window.confirm(
      'The file holds your people’s names, e-mail addresses, handles and LinkedIn pages, and how well you know each (0–100). No mail, subjects or notes. Share it only with a colleague you trust. Export it?',
    );
    if (!ok) return;
    setBusy(true);
    setMessage(null);
    try {
      const result = await api.relationships.export({});
      saveFile(result.text ?? '', result.fileName, 'application/json');
      setMessage(`${result.fileName}: ${result.people} ${result.people === 1 ? 'person' : 'people'}`);
    } catch (error) {
      setMessage(describeError(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="export-relationships">
      <button
        type="button"
        className="button button-small"
        data-testid="export-relationships"
        disabled={busy}
        onClick={() => void run()}
      >
        Export relationships…
      </button>
      {message && (
        <span className="export-relationships-message" role="status">
          {message}
        </span>
      )}
    </span>
  );
}
