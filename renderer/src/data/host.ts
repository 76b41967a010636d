import type { ErrorCode } from '../../../shared/api/schemas';
import type { BranchlineApi, Result } from '../../../shared/ipc/contract';

/** A failure to show the person: the host's error code, or `unexpected` when the call itself broke. */
export type FailureCode = ErrorCode | 'unexpected';

/** The host's API (Electron's preload or the browser bridge): the one door the renderer has. */
export function host(): BranchlineApi {
  return window.branchline;
}

/** Thrown by query functions for a failed Result, so queries carry the host's code as their error. */
export class HostFailure extends Error {
  constructor(readonly code: FailureCode) {
    super(`host answered ${code}`);
  }
}

/** A Result's value, or a HostFailure: for query functions. */
export async function valueOf<T>(answer: Promise<Result<T>>): Promise<T> {
  const result = await answer;
  if (!result.ok) throw new HostFailure(result.error);
  return result.value;
}

/** The code to show for whatever a query or mutation failed with. */
export function failureCode(error: unknown): FailureCode | null {
  if (error === null || error === undefined) return null;
  return error instanceof HostFailure ? error.code : 'unexpected';
}

/** A change's result as the window sees it: the host's Result, or `unexpected` when the call itself broke. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: FailureCode };

/** Runs a change and answers its Outcome, whatever happens on the way. */
export async function attempt<T>(change: () => Promise<Result<T>>): Promise<Outcome<T>> {
  try {
    return await change();
  } catch {
    return { ok: false, error: 'unexpected' };
  }
}
