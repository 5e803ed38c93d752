/** Lazy components whose code is fetched again when "Try again" is pressed on the panel that failed to load them. */
import { createContext, createElement, lazy, useContext } from 'react';
import type { ComponentProps, ComponentType, LazyExoticComponent } from 'react';

/**
 * A fresh object each time a panel boundary is mounted or retried. Lazy components inside read it
 * to tell "Try again" from React rendering the same attempt once more.
 */
export const RetryAttempt = createContext<object>({});

// `any` as in React's own lazy(): a component of any props, whose props the wrapper then takes.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyComponent = ComponentType<any>;

interface Attempt<T extends AnyComponent> {
  /** The boundary attempt that first rendered this load; null until one has. */
  owner: object | null;
  failed: boolean;
  Lazy: LazyExoticComponent<T>;
}

/**
 * Like React's `lazy`, except that a load that failed is tried again on the enclosing boundary's
 * next attempt. React keeps a lazy component's rejected import for good, so a retry needs a new
 * lazy component around a new call of `load`. Within one attempt the failure is kept: React
 * renders once more after an error before the boundary shows it, and that must not start another
 * load.
 */
export function retryableLazy<T extends AnyComponent>(
  load: () => Promise<{ default: T }>,
): ComponentType<ComponentProps<T>> {
  const begin = (owner: object | null): Attempt<T> => {
    const attempt: Attempt<T> = {
      owner,
      failed: false,
      Lazy: lazy(() =>
        load().catch((error: unknown) => {
          attempt.failed = true;
          throw error;
        }),
      ),
    };
    return attempt;
  };
  const latest = { attempt: begin(null) };
  return function Retryable(props: ComponentProps<T>) {
    const owner = useContext(RetryAttempt);
    if (latest.attempt.failed && latest.attempt.owner !== owner) latest.attempt = begin(owner);
    latest.attempt.owner ??= owner;
    return createElement(latest.attempt.Lazy as ComponentType<ComponentProps<T>>, props);
  };
}
