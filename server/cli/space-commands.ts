import path from 'node:path';
import { z } from 'zod';
import { Email } from '../../shared/api/schemas';
import { CreateSpaceRequest } from '../../shared/api/spaces';
import { Organisation } from '../../shared/api/schemas';
import { ROLES } from '../../shared/spaces/permissions';
import { AccountsFileError } from '../accounts/accounts';
import { openDirectory } from '../accounts/directory';
import { UsageError, valid, type CliValues } from './usage';

const emails = (value: unknown, what: string) => valid(z.array(Email).default([]), value, what);

export async function spaceCommand(action: string | undefined, values: CliValues): Promise<void> {
  const data = valid(z.string().min(1), values.data, '--data');
  const directory = await openDirectory(path.resolve(data));
  const { accounts, spaces } = directory;
  if (action === 'list') {
    for (const space of directory.file.data.spaces) {
      const people = spaces.members(space.id, (id) => accounts.findUser(id)).map((m) => `${m.user.email}:${m.role}`);
      console.log(`${space.id}\t${space.name}${space.archived ? ' (archived)' : ''}\t${people.join(' ')}`);
    }
    return;
  }
  if (action !== 'add') throw new UsageError(`Unknown space command "${action ?? ''}".`);
  const details = valid(
    CreateSpaceRequest,
    { name: values.name, nameCy: values['name-cy'] ?? null, description: values.description ?? '' },
    '--name',
  );
  // Everyone named must exist before anything is written, so a typo changes nothing.
  const people = ROLES.flatMap((role) =>
    emails(values[role], `--${role}`).map((email) => {
      const user = accounts.findUserByEmail(email);
      if (!user) throw new AccountsFileError(`No user has the email ${email}; add them first with "user add".`);
      return { user, role };
    }),
  );
  const creator =
    people.find((person) => person.role === 'admin')?.user ??
    directory.file.data.users.find((user) => user.serverAdmin);
  if (!creator) throw new UsageError('Name an --admin for the space (or make a server admin first).');
  const space = await spaces.create(details, creator);
  for (const { user, role } of people) await spaces.setRole(space.id, user.id, role);
  console.log(`Added the space "${space.name}" (${space.id}) with ${people.length} people.`);
}

/** `organisation set --name N`: the name people see for this server. */
export async function organisationCommand(action: string | undefined, values: CliValues): Promise<void> {
  if (action !== 'set') throw new UsageError(`Unknown organisation command "${action ?? ''}".`);
  const data = valid(z.string().min(1), values.data, '--data');
  const { name } = valid(Organisation, { name: values.name }, '--name');
  await (await openDirectory(path.resolve(data))).accounts.setOrganisation(name);
  console.log(`The organisation is now called "${name}".`);
}
