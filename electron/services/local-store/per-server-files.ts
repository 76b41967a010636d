import path from 'node:path';
import type { z } from 'zod';
import type { StoreDamage } from '../../../shared/ipc/contract';
import { describeIssues, openJsonFile, type JsonFile } from './json-file';
import type { StoreHealthTracker } from './store-health';

export type PerServerFilesOptions<T> = {
  root: string;
  /** The file's name inside `servers/<serverId>/`. */
  name: string;
  schema: z.ZodType<T>;
  /** Reads a file an older version wrote as the current shape (null: not an older version either). */
  upgrade?: (raw: unknown) => T | null;
  defaults: () => T;
  what: StoreDamage['what'];
  /** What happens instead when a server's file is set aside. */
  fallback: (serverId: string) => string;
  health: StoreHealthTracker;
  log: (message: string) => void;
};

export function perServerFile(root: string, serverId: string, name: string): string {
  return path.join(root, 'servers', serverId, name);
}

/**
 * One validated JSON file per server (`servers/<serverId>/<name>`), opened once and then kept
 * in memory, so callers can read it synchronously once it has been opened.
 */
export function createPerServerFiles<T>(options: PerServerFilesOptions<T>) {
  const opening = new Map<string, Promise<JsonFile<T>>>();
  const loaded = new Map<string, JsonFile<T>>();

  function open(serverId: string): Promise<JsonFile<T>> {
    let found = opening.get(serverId);
    if (!found) {
      found = openJsonFile({
        file: perServerFile(options.root, serverId, options.name),
        read: (raw) => {
          const parsed = options.schema.safeParse(raw);
          if (parsed.success) return { ok: true, value: parsed.data, upgraded: false };
          const upgraded = options.upgrade?.(raw);
          if (upgraded) return { ok: true, value: upgraded, upgraded: true };
          return { ok: false, reason: `it does not match the expected shape (${describeIssues(parsed.error.issues)})` };
        },
        check: (value) => options.schema.parse(value),
        defaults: options.defaults,
        what: options.what,
        fallback: options.fallback(serverId),
        health: options.health,
        log: options.log,
      }).then((file) => {
        loaded.set(serverId, file);
        return file;
      });
      opening.set(serverId, found);
    }
    return found;
  }

  return {
    open,
    /** The file's content if it has been opened, else null (nothing known yet). */
    peek(serverId: string): T | null {
      return loaded.get(serverId)?.get() ?? null;
    },
    async flush(): Promise<void> {
      await Promise.all([...opening.values()].map(async (file) => (await file).flush()));
    },
  };
}
