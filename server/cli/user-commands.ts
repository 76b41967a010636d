import path from 'node:path';
import { z } from 'zod';
import { DisplayName, Email, Password } from '../../shared/api/schemas';
import { openDirectory } from '../accounts/directory';
import { generatePassword } from '../accounts/passwords';
import { UsageError, valid, type CliValues } from './usage';

export async function userCommand(action: string | undefined, values: CliValues): Promise<void> {
  const data = valid(z.string().min(1), values.data, '--data');
  const { accounts } = await openDirectory(path.resolve(data));
  if (action === 'list') {
    for (const person of accounts.listUsers()) {
      const admin = accounts.findUser(person.id)?.serverAdmin ? '\tserver admin' : '';
      console.log(`${person.email}\t${person.name}\t${person.id}${admin}`);
    }
    return;
  }
  const email = valid(Email, values.email, '--email');
  if (action === 'set-admin' || action === 'unset-admin') {
    await accounts.setServerAdmin(email, action === 'set-admin');
    console.log(`${email} is ${action === 'set-admin' ? 'now' : 'no longer'} a server admin.`);
    return;
  }
  const generated = values.password === undefined;
  const password = generated ? generatePassword() : valid(Password, values.password, '--password');
  if (action === 'add') {
    const created = await accounts.addUser({
      email,
      name: valid(DisplayName, values.name, '--name'),
      password,
      serverAdmin: values['server-admin'] === true,
    });
    console.log(
      `Added ${created.email} (${created.name})${values['server-admin'] ? ' as a server admin' : ''}.${generated ? ` Password: ${password}` : ''}`,
    );
  } else if (action === 'reset-password') {
    await accounts.resetPassword(email, password);
    console.log(
      `Reset the password of ${email}; their sessions were ended.${generated ? ` New password: ${password}` : ''}`,
    );
  } else {
    throw new UsageError(`Unknown user command "${action ?? ''}".`);
  }
}
