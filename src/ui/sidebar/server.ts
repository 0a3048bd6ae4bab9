/**
 * A typed promise wrapper around google.script.run, so the rest of the sidebar is async/await.
 * Every endpoint answers a ServerResult; `{ok:false}` and transport failures both reject with a
 * SidebarError that already holds the Vietnamese message and hint to show.
 */
import type { EndpointName, ServerResult, SidebarEndpoints } from '../contract';
import { SidebarError, errorFromFailure, errorFromResult, badResponseError, noServerError } from './errors';

export type Result<K extends EndpointName> = SidebarEndpoints[K]['result'];

function isServerResult(value: unknown): value is ServerResult<unknown> {
  if (!value || typeof value !== 'object') return false;
  const v = value as { ok?: unknown; message?: unknown };
  return v.ok === true ? 'data' in v : v.ok === false && typeof v.message === 'string';
}

export function call<K extends EndpointName>(name: K, ...args: SidebarEndpoints[K]['args']): Promise<Result<K>> {
  return new Promise<Result<K>>((resolve, reject) => {
    const run = typeof google !== 'undefined' && google.script && google.script.run;
    if (!run) {
      reject(noServerError());
      return;
    }
    const runner = run
      .withSuccessHandler((value) => {
        if (!isServerResult(value)) reject(badResponseError());
        else if (value.ok) resolve(value.data as Result<K>);
        else reject(errorFromResult(value.message, value.hint, value.link));
      })
      .withFailureHandler((error) => reject(errorFromFailure(error)));
    // The mapped type cannot narrow per K here; the public signature above keeps calls typed.
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}

/** Any rejection reason as a SidebarError (a bug in our own code still shows as a clean message). */
export function asSidebarError(reason: unknown): SidebarError {
  return reason instanceof SidebarError ? reason : errorFromFailure(reason);
}
