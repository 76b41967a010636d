import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { DisplayName, Email, Password } from '../shared/api/schemas';
import { Accounts, AccountsFileError } from './accounts/accounts';
import { generatePassword } from './accounts/passwords';
import { createBranchlineServer } from './app';
import { seedDemo } from './demo/seed';

/** The server's command line: `serve` (the default), and `user add | reset-password | list`. */

const USAGE = `Usage:
  branchline-server [serve] [--host 127.0.0.1] [--port 4455] [--data .data/server] [--demo]
  branchline-server user add --data DIR --email E --name "N" [--password P]
  branchline-server user reset-password --data DIR --email E [--password P]
  branchline-server user list --data DIR
Stop the server before changing users: it keeps accounts in memory and would not see the change.`;

class UsageError extends Error {}

const ServeOptions = z.object({
  host: z.string().min(1).default('127.0.0.1'),
  port: z.coerce.number().int().min(0).max(65535).default(4455),
  data: z.string().min(1).default('.data/server'),
  demo: z.boolean().default(false),
});

function parse(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      host: { type: 'string' },
      port: { type: 'string' },
      data: { type: 'string' },
      demo: { type: 'boolean' },
      email: { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  return { values, positionals };
}

function valid<T extends z.ZodType>(schema: T, value: unknown, what: string): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new UsageError(`${what}: ${result.error.issues[0]?.message ?? 'invalid'}`);
  return result.data;
}

async function serve(values: Record<string, unknown>): Promise<void> {
  const options = valid(ServeOptions, values, 'Options');
  const dataDir = path.resolve(options.data);
  const server = await createBranchlineServer({ dataDir, host: options.host, port: options.port });
  if (options.demo && (await seedDemo(dataDir, server.accounts, server.rooms))) {
    console.error('Seeded the demo organisation, people and documents.');
  }
  console.log(`BRANCHLINE_READY ${server.url}`);
  console.error(`Branchline server listening on ${server.url} with data in ${dataDir}`);
  const stop = () => {
    server.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function user(action: string | undefined, values: Record<string, unknown>): Promise<void> {
  const data = valid(z.string().min(1), values.data, '--data');
  const accounts = await Accounts.open(path.resolve(data));
  if (action === 'list') {
    for (const person of accounts.listUsers()) console.log(`${person.email}\t${person.name}\t${person.id}`);
    return;
  }
  const email = valid(Email, values.email, '--email');
  const generated = values.password === undefined;
  const password = generated ? generatePassword() : valid(Password, values.password, '--password');
  if (action === 'add') {
    const created = await accounts.addUser({ email, name: valid(DisplayName, values.name, '--name'), password });
    console.log(`Added ${created.email} (${created.name}).${generated ? ` Password: ${password}` : ''}`);
  } else if (action === 'reset-password') {
    await accounts.resetPassword(email, password);
    console.log(`Reset the password of ${email}; their sessions were ended.${generated ? ` New password: ${password}` : ''}`);
  } else {
    throw new UsageError(`Unknown user command "${action ?? ''}".`);
  }
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parse(argv);
  if (values.help) return void console.log(USAGE);
  const [command = 'serve', action] = positionals;
  if (command === 'serve') return serve(values);
  if (command === 'user') return user(action, values);
  throw new UsageError(`Unknown command "${command}".`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError || (error instanceof TypeError && 'code' in error)) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (error instanceof AccountsFileError) {
    console.error(error.message);
    process.exit(1);
  }
  console.error(`Branchline server failed: ${(error as Error).message}`);
  process.exit(1);
});
