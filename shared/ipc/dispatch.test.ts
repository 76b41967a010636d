import { describe, expect, it } from 'vitest';
import { createDispatcher, InvalidIpcInput } from './dispatch';
import { buildBranchlineApi } from './client';
import { listChannels, type HostHandlers } from './contract';

const user = { id: 'user_12345678', email: 'a@b.example', name: 'A B', initials: 'AB', color: '#336699' };

function handlers(calls: Array<[string, unknown]>): HostHandlers {
  const record = (name: string) => async (input: unknown) => {
    calls.push([name, input]);
    return undefined as never;
  };
  return {
    app: { info: async () => ({ host: 'web', version: '0', platform: 'linux', systemLocale: 'en-GB' }) },
    settings: { get: async () => ({ locale: 'system' }), update: async (input) => ({ locale: input.locale ?? 'system' }) },
    servers: {
      list: async () => [],
      signIn: record('servers.signIn'),
      signOut: record('servers.signOut'),
      verify: record('servers.verify'),
      connection: async () => ({ ok: true, value: { syncUrl: 'ws://x/sync', token: 't', user } }),
    },
    documents: { list: record('documents.list'), create: record('documents.create'), rename: record('documents.rename') },
    rooms: { load: async () => null, append: record('rooms.append') },
    shell: { openExternal: record('shell.openExternal') },
  };
}

describe('dispatcher', () => {
  it('routes every contract channel to its handler', () => {
    const dispatcher = createDispatcher(handlers([]));
    for (const { channel } of listChannels()) expect(dispatcher.has(channel)).toBe(true);
  });

  it('passes validated input through', async () => {
    const calls: Array<[string, unknown]> = [];
    const dispatcher = createDispatcher(handlers(calls));
    await dispatcher.dispatch('rooms:append', { serverId: 'local', room: 'doc:abcdefgh', update: new Uint8Array([1]) });
    expect(calls).toHaveLength(1);
    expect(calls[0]![0]).toBe('rooms.append');
  });

  it.each([
    ['rooms:append', { serverId: 'local', room: 'doc:../../x', update: new Uint8Array([1]) }],
    ['rooms:append', { serverId: 'local', room: 'doc:abcdefgh', update: 'not bytes' }],
    ['rooms:load', { serverId: '../etc', room: 'doc:abcdefgh' }],
    ['servers:signIn', { url: 'file:///etc/passwd', email: 'a@b.example', password: 'x' }],
    ['servers:signIn', { url: 'http://x', email: 'not an email', password: 'x' }],
    ['documents:create', { serverId: 'local', title: '' }],
    ['documents:create', { serverId: 'local', title: 'x'.repeat(500) }],
    ['nope:nothing', {}],
  ])('refuses %s with %j before any handler runs', async (channel, input) => {
    const calls: Array<[string, unknown]> = [];
    const dispatcher = createDispatcher(handlers(calls));
    await expect(dispatcher.dispatch(channel, input)).rejects.toBeInstanceOf(InvalidIpcInput);
    expect(calls).toEqual([]);
  });

  it('builds a renderer API whose calls reach the dispatcher over a transport', async () => {
    const dispatcher = createDispatcher(handlers([]));
    const api = buildBranchlineApi({
      invoke: (channel, input) => dispatcher.dispatch(channel, input),
      subscribe: () => () => undefined,
    });
    expect(await api.settings.update({ locale: 'cy' })).toEqual({ locale: 'cy' });
    expect((await api.app.info()).host).toBe('web');
  });
});
