import type { z } from 'zod';

export const USAGE = `Usage:
  branchline-server [serve] [--host 127.0.0.1] [--port 4455] [--data .data/server] [--demo]
  branchline-server user add --data DIR --email E --name "N" [--password P] [--server-admin]
  branchline-server user reset-password --data DIR --email E [--password P]
  branchline-server user set-admin | unset-admin --data DIR --email E
  branchline-server user list --data DIR
  branchline-server space add --data DIR --name "N" [--name-cy "N"] [--description "D"]
                    [--admin E]… [--moderator E]… [--member E]… [--observer E]…
  branchline-server space list --data DIR
  branchline-server organisation set --data DIR --name "N"
Server admins create spaces and manage every space. Stop the server before running user or
space commands: it keeps accounts in memory and would not see the change.`;

export class UsageError extends Error {}

export function valid<T extends z.ZodType>(schema: T, value: unknown, what: string): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new UsageError(`${what}: ${result.error.issues[0]?.message ?? 'invalid'}`);
  return result.data;
}

export type CliValues = Record<string, string | boolean | string[] | undefined>;
