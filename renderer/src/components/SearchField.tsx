import type { InputHTMLAttributes, Ref } from 'react';
import { Icon } from './Icon';
import './search-field.css';

type InputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'value' | 'onChange' | 'onKeyDown' | 'className'
>;

/**
 * A search box with its magnifier: Escape empties it (once there is something to empty). The
 * view's class sizes it; `large` is the Search view's main query box.
 */
export function SearchField({
  value,
  onValue,
  onClear = () => onValue(''),
  className,
  large = false,
  ref,
  ...input
}: InputProps & {
  value: string;
  onValue: (text: string) => void;
  /** What Escape does; by default it empties the box. */
  onClear?: () => void;
  className?: string;
  large?: boolean;
  ref?: Ref<HTMLInputElement>;
}) {
  return (
    <label className={['search-field', large ? 'is-large' : '', className ?? ''].filter(Boolean).join(' ')}>
      <Icon name="search" size={large ? 15 : 14} className="search-field-icon" />
      <input
        ref={ref}
        type="search"
        className="text-input"
        spellCheck={false}
        autoComplete="off"
        {...input}
        value={value}
        onChange={(event) => onValue(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && value !== '') {
            event.preventDefault();
            onClear();
          }
        }}
      />
    </label>
  );
}
