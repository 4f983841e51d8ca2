import { Component, type ReactNode } from 'react';
import { Alert } from './Alert';

interface Props {
  /** What failed, for the message: "this view". */
  what: string;
  /** A change here (another view, another prospect) clears the error and tries again. */
  resetKey: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
  key: string;
}

/**
 * Keeps one failing part of the window from blanking the whole app: it shows the error in place
 * and tries again when the user moves on (resetKey) or asks to.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="error-boundary" role="alert">
        <Alert title={`Something went wrong in ${this.props.what}`} message={error.message} />
        <button type="button" className="button button-small" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
