/** Keeps a failure inside one panel: the panel says what broke and offers a retry; the page goes on. */
import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { RetryAttempt } from './retryableLazy';
import { t } from '../i18n/catalogue';

interface Props {
  /** The panel's name in the language on show, as the failure notice says it: "loss chart". */
  name: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
  /** New on each Try again, so a lazy panel whose code failed to load fetches it again. */
  attempt: object;
}

export class PanelBoundary extends Component<Props, State> {
  override state: State = { error: null, attempt: {} };

  static getDerivedStateFromError(error: Error): Pick<State, 'error'> {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn(`The ${this.props.name} panel failed:`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) {
      return (
        <RetryAttempt.Provider value={this.state.attempt}>
          {this.props.children}
        </RetryAttempt.Provider>
      );
    }
    return (
      <div className="panel-error" role="alert">
        <p>{t('ui.panel.failed', { name: this.props.name, message: this.state.error.message })}</p>
        <button type="button" onClick={() => this.setState({ error: null, attempt: {} })}>
          {t('ui.panel.retry')}
        </button>
      </div>
    );
  }
}
