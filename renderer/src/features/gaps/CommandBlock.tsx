import { useState } from 'react';
import { copyText } from '../focus/copyText';

/** One command or address to paste, with a Copy button that says when it worked. */
export function CommandBlock({ command }: { command: string }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  return (
    <div className="gaps-command">
      <code className="gaps-command-text" data-testid="gaps-command">
        {command}
      </code>
      <button
        type="button"
        className="button button-small gaps-copy"
        aria-label={`Copy ${command}`}
        onClick={() =>
          void copyText(command).then(
            () => setCopied('yes'),
            () => setCopied('failed'),
          )
        }
      >
        {copied === 'yes' ? 'Copied' : copied === 'failed' ? 'Select and copy' : 'Copy'}
      </button>
    </div>
  );
}
