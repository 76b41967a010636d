import { describe, expect, it } from 'vitest';
import { createDispatcher, InvalidIpcInput } from './dispatch';
import { buildBranchlineApi } from './client';
import { listChannels, type HostHandlers } from './contract';

const user = {
  id: 'user_12345678',
  email: 'a@b.example',
  name: 'A B',
  initials: 'AB',
  color: '#336699',
  service: '',
  region: '',
};

/** Every channel records its call; a few answer with a value the tests read. */
function handlers(calls: Array<[string, unknown]>): HostHandlers {
  const all: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
  for (const { namespace, method } of listChannels()) {
    (all[namespace] ??= {})[method] = async (input: unknown) => {
      calls.push([`${namespace}.${method}`, input]);
      return undefined;
    };
  }
  all.app!.info = async () => ({ host: 'web', version: '0', platform: 'linux', systemLocale: 'en-GB' });
  all.servers!.connection = async () => ({ ok: true, value: { syncUrl: 'ws://x/sync', token: 't', user } });
  all.rooms!.load = async () => null;
  all.settings!.update = async (input) => ({ locale: (input as { locale?: string }).locale ?? 'system' });
  return all as unknown as HostHandlers;
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
