import { useId, useState } from 'react';
import { Icon } from '../../components/Icon';
import { addTags } from './editorModel';

/** Words as removable chips with a field to add more: Enter or a comma adds, a paste may hold many. */
export function TagsInput({
  label,
  hint,
  values,
  placeholder,
  testId,
  onChange,
}: {
  label: string;
  hint?: string;
  values: readonly string[];
  placeholder?: string;
  testId?: string;
  onChange: (values: string[]) => void;
}) {
  const [text, setText] = useState('');
  const id = useId();
  const commit = (input: string) => {
    const next = addTags(values, input);
    if (next !== values) onChange(next);
    setText('');
  };
  return (
    <div className="field" data-testid={testId}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <div className="tags-input">
        {values.map((value) => (
          <span key={value} className="chip tag-chip">
            <span className="chip-text">{value}</span>
            <button
              type="button"
              className="tag-remove"
              aria-label={`Remove ${value}`}
              onClick={() => onChange(values.filter((v) => v !== value))}
            >
              <Icon name="close" size={10} />
            </button>
          </span>
        ))}
        <input
          id={id}
          className="tags-input-field"
          value={text}
          placeholder={values.length === 0 ? placeholder : 'Add…'}
          spellCheck={false}
          autoComplete="off"
          onChange={(event) => {
            const value = event.target.value;
            if (/[,\n]/.test(value)) commit(value);
            else setText(value);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              commit(text);
            } else if (event.key === 'Backspace' && text === '' && values.length > 0) {
              onChange(values.slice(0, -1));
            }
          }}
          onBlur={() => text.trim() && commit(text)}
        />
      </div>
      {hint && <span className="field-hint">{hint}</span>}
    </div>
  );
}
