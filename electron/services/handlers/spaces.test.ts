import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ann, startTempServer } from '../../../server/testing/temp-server';
import { saved, startTestHost, tempDir, unwrap } from '../testing/host';

type Started = Awaited<ReturnType<typeof startTempServer>>;
type Host = Awaited<ReturnType<typeof startTestHost>>;
const cai = { email: 'cai@ceredigion.example', name: 'Cai Morgan', password: 'a long library password' };

let started: Started;
let admin: Host;
let person: Host;
let adminId: string;
let personId: string;
let caiUserId: string;

beforeAll(async () => {
  started = await startTempServer();
  caiUserId = (await started.server.accounts.addUser(cai)).id;
  await started.server.directory.spaces.setRole(started.spaceId, caiUserId, 'member');
  [admin, person] = await Promise.all([
    startTestHost(await tempDir('spaces-admin')),
    startTestHost(await tempDir('spaces-person')),
  ]);
  adminId = unwrap(
    await admin.handlers.servers.signIn({ url: started.server.url, email: ann.email, password: ann.password }),
  ).id;
  personId = unwrap(
    await person.handlers.servers.signIn({ url: started.server.url, email: cai.email, password: cai.password }),
  ).id;
});

afterAll(async () => {
  await Promise.all([admin, person].map((host) => host?.services.close()));
  await started?.cleanup();
});

describe('spaces, people and documents through the host', () => {
  it('lets a server admin create and change spaces, and nobody else create them', async () => {
    expect((await admin.handlers.servers.list(undefined))[0]).toMatchObject({ serverAdmin: true });
    const made = unwrap(
      await admin.handlers.spaces.create({
        serverId: adminId,
        space: { name: 'Reading Offer network', nameCy: 'Rhwydwaith y Cynnig Darllen' },
      }),
    );
    expect(made).toMatchObject({
      name: 'Reading Offer network',
      description: '',
      nameCy: 'Rhwydwaith y Cynnig Darllen',
      myRole: 'admin',
      archived: false,
    });
    const changed = unwrap(
      await admin.handlers.spaces.update({
        serverId: adminId,
        spaceId: made.id,
        changes: { description: 'What works for the Universal Offers.' },
      }),
    );
    expect(changed.description).toBe('What works for the Universal Offers.');
    expect(admin.services.store.caches.peek(adminId)?.spaces.find((space) => space.id === made.id)?.description).toBe(
      'What works for the Universal Offers.',
    );
    expect(await person.handlers.spaces.create({ serverId: personId, space: { name: 'Mine' } })).toEqual({
      ok: false,
      error: 'forbidden',
    });
    expect(
      unwrap(await admin.handlers.spaces.update({ serverId: adminId, spaceId: made.id, changes: { archived: true } }))
        .archived,
    ).toBe(true);
  });

  it('lists people and changes roles; the last admin stays', async () => {
    const members = unwrap(await admin.handlers.members.list({ serverId: adminId, spaceId: started.spaceId }));
    expect(members.map((member) => [member.user.email, member.role])).toEqual([
      [ann.email, 'admin'],
      [cai.email, 'member'],
    ]);
    expect(
      unwrap(
        await admin.handlers.members.setRole({
          serverId: adminId,
          spaceId: started.spaceId,
          userId: caiUserId,
          role: 'moderator',
        }),
      ).role,
    ).toBe('moderator');
    const annId = members[0]!.user.id;
    expect(
      await admin.handlers.members.setRole({
        serverId: adminId,
        spaceId: started.spaceId,
        userId: annId,
        role: 'member',
      }),
    ).toEqual({ ok: false, error: 'conflict' });
    expect(
      await person.handlers.members.setRole({
        serverId: personId,
        spaceId: started.spaceId,
        userId: caiUserId,
        role: 'admin',
      }),
    ).toEqual({ ok: false, error: 'forbidden' });
  });

  it('moves a document between spaces and keeps the access it answers with', async () => {
    const target = unwrap(
      await admin.handlers.spaces.create({ serverId: adminId, space: { name: 'Children’s Promise' } }),
    );
    const document = saved(
      await person.handlers.documents.create({
        serverId: personId,
        spaceId: started.spaceId,
        title: 'Volunteer induction',
      }),
    );
    expect(
      saved(
        await person.handlers.documents.rename({
          serverId: personId,
          documentId: document.id,
          title: 'Volunteer induction checklist',
        }),
      ).title,
    ).toBe('Volunteer induction checklist');
    expect(
      await person.handlers.documents.move({ serverId: personId, documentId: document.id, spaceId: target.id }),
    ).toEqual({ ok: false, error: 'forbidden' });
    const moved = unwrap(
      await admin.handlers.documents.move({ serverId: adminId, documentId: document.id, spaceId: target.id }),
    );
    expect(moved.spaceId).toBe(target.id);
    expect(
      unwrap(await admin.handlers.documents.list({ serverId: adminId, spaceId: target.id })).documents.map((d) => d.id),
    ).toEqual([document.id]);
    expect(
      unwrap(await admin.handlers.documents.list({ serverId: adminId, spaceId: started.spaceId })).documents.map(
        (d) => d.id,
      ),
    ).not.toContain(document.id);
    // Cai is not in the target space: the document is out of his reach, and his device forgets it.
    expect(person.services.store.caches.peek(personId)?.access[document.id]).toBe('write');
    expect(await person.handlers.documents.access({ serverId: personId, documentId: document.id })).toEqual({
      ok: false,
      error: 'forbidden',
    });
    expect(person.services.store.caches.peek(personId)?.access[document.id]).toBeUndefined();
    expect(person.services.store.caches.peek(personId)?.documents.map((d) => d.id)).not.toContain(document.id);
  });

  it('leaves a space: gone from the server and from this device’s cache', async () => {
    unwrap(await person.handlers.spaces.list({ serverId: personId }));
    expect(person.services.store.caches.peek(personId)?.spaces.map((space) => space.id)).toEqual([started.spaceId]);
    expect(
      await person.handlers.members.remove({ serverId: personId, spaceId: started.spaceId, userId: caiUserId }),
    ).toEqual({ ok: true, value: null });
    expect(person.services.store.caches.peek(personId)?.spaces).toEqual([]);
    expect(person.services.store.caches.peek(personId)?.documents.filter((d) => d.spaceId === started.spaceId)).toEqual(
      [],
    );
    expect(await person.handlers.spaces.get({ serverId: personId, spaceId: started.spaceId })).toEqual({
      ok: false,
      error: 'forbidden',
    });
    expect(unwrap(await person.handlers.spaces.list({ serverId: personId })).spaces).toEqual([]);
  });
});
