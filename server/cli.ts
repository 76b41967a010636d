import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { AccountsFileError } from './accounts/accounts';
import { createBranchlineServer } from './app';
import { organisationCommand, spaceCommand } from './cli/space-commands';
import { UsageError, USAGE, valid } from './cli/usage';
import { userCommand } from './cli/user-commands';
import { seedDemo } from './demo/seed';

/** The server's command line: `serve` (the default), `user …` and `space …` (see USAGE). */

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
      'server-admin': { type: 'boolean' },
      admin: { type: 'string', multiple: true },
      moderator: { type: 'string', multiple: true },
      member: { type: 'string', multiple: true },
      observer: { type: 'string', multiple: true },
      'name-cy': { type: 'string' },
      description: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  return { values, positionals };
}

async function serve(values: Record<string, unknown>): Promise<void> {
  const options = valid(ServeOptions, values, 'Options');
  const dataDir = path.resolve(options.data);
  const server = await createBranchlineServer({ dataDir, host: options.host, port: options.port });
  if (options.demo && (await seedDemo(dataDir, server.directory, server.rooms, server.forum))) {
    console.error('Seeded the demo organisation, people, documents and forums.');
  }
  console.log(`BRANCHLINE_READY ${server.url}`);
  console.error(`Branchline server listening on ${server.url} with data in ${dataDir}`);
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parse(argv);
  if (values.help) return void console.log(USAGE);
  const [command = 'serve', action] = positionals;
  if (command === 'serve') return serve(values);
  if (command === 'user') return userCommand(action, values);
  if (command === 'space') return spaceCommand(action, values);
  if (command === 'organisation') return organisationCommand(action, values);
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
