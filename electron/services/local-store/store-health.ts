import type { StoreDamage, StoreHealth, StoreWriteProblem } from '../../../shared/ipc/contract';

/** Maps a file-system error to the kind of problem the person is told about. */
export function writeProblemFromError(error: unknown, target: string): StoreWriteProblem {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const kind =
    code === 'EROFS' || code === 'EACCES' || code === 'EPERM'
      ? 'read-only'
      : code === 'ENOSPC' || code === 'EDQUOT'
        ? 'disk-full'
        : 'io';
  return { kind, detail: `${target}: ${error instanceof Error ? error.message : String(error)}` };
}

/** How often a failing write is tried again while nothing new arrives to trigger it. */
export const WRITE_RETRY_MS = 2_000;

/**
 * The one place that knows what is wrong with this device's store. Each file or room whose
 * writes fail is tracked until one succeeds, so the person sees one message per run of
 * failures (not one per keystroke) and sees it go away; damaged files found are kept in the
 * list until the person dismisses them. Every change is announced to the windows.
 */
export function createStoreHealth(options: {
  announce: (health: StoreHealth) => void;
  log: (message: string) => void;
}) {
  const failing = new Map<string, StoreWriteProblem>();
  let damaged: StoreDamage[] = [];
  let announcedKind: string | null = null;

  function snapshot(): StoreHealth {
    // The most serious write problem speaks for all: a full disk or read-only folder says what to do.
    const problems = [...failing.values()];
    const writing =
      problems.find((p) => p.kind === 'disk-full') ??
      problems.find((p) => p.kind === 'read-only') ??
      problems[0] ??
      null;
    return { writing, damaged: [...damaged] };
  }

  /** Windows hear of a change in what the person is told: a new kind of write problem, its end, or damage. */
  function announce(force: boolean): void {
    const health = snapshot();
    const kind = health.writing?.kind ?? null;
    if (!force && kind === announcedKind) return;
    announcedKind = kind;
    options.announce(health);
  }

  return {
    get: snapshot,

    /** A write (or read) of `target` failed; true when it was working until now. */
    failed(target: string, error: unknown): boolean {
      const problem = writeProblemFromError(error, target);
      const before = failing.get(target);
      failing.set(target, problem);
      if (before?.kind === problem.kind) return false;
      options.log(
        `Branchline could not save to ${target} on this device (${problem.kind}): ${problem.detail}. It keeps the changes in memory and tries again.`,
      );
      announce(false);
      return before === undefined;
    },

    succeeded(target: string): void {
      if (!failing.delete(target)) return;
      options.log(`Branchline can save to ${target} again.`);
      announce(false);
    },

    isFailing: (target: string) => failing.has(target),

    damaged(damage: StoreDamage): void {
      options.log(damage.detail);
      damaged = [...damaged, damage];
      announce(true);
    },

    dismissDamage(): StoreHealth {
      if (damaged.length > 0) {
        damaged = [];
        announce(true);
      }
      return snapshot();
    },
  };
}

export type StoreHealthTracker = ReturnType<typeof createStoreHealth>;
