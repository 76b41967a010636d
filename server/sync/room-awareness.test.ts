import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { RoomLog } from '../storage/room-log';
import { Room, type Peer } from './room';

/** The room's own sweep of unrenewed awareness states, which stands in for y-protocols' timer per room. */
describe('Room awareness expiry', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  async function openRoom(): Promise<{ room: Room; frames: Uint8Array[] }> {
    const directory = await mkdtemp(path.join(tmpdir(), 'branchline-room-'));
    const { log, state } = await RoomLog.open('doc:expiry', {
      directory,
      compactAfterRecords: 100,
      compactAfterBytes: 1e6,
      warn: () => undefined,
    });
    const room = new Room('doc:expiry', log, state);
    cleanups.push(async () => {
      room.abandon(1000, 'test over');
      await rm(directory, { recursive: true, force: true });
    });
    const frames: Uint8Array[] = [];
    const peer: Peer = { send: (frame) => frames.push(frame), close: () => undefined, canWrite: true };
    room.join(peer);
    return { room, frames };
  }

  /** An awareness update from a client of its own, as a browser would send it. */
  function stateOf(name: string): { update: Uint8Array; clientId: number } {
    const awareness = new awarenessProtocol.Awareness(new Y.Doc());
    awareness.setLocalState({ name });
    const update = awarenessProtocol.encodeAwarenessUpdate(awareness, [awareness.clientID]);
    awareness.destroy();
    return { update, clientId: awareness.clientID };
  }

  it('has no timer of its own, and drops only states not renewed within the timeout', async () => {
    const timers = () => process.getActiveResourcesInfo().filter((resource) => resource === 'Timeout').length;
    const before = timers();
    const { room, frames } = await openRoom();
    expect(timers()).toBe(before);
    const peer: Peer = { send: () => undefined, close: () => undefined, canWrite: true };
    const stale = stateOf('Ann');
    const fresh = stateOf('Bryn');
    room.applyAwareness(peer, stale.update);
    room.applyAwareness(peer, fresh.update);
    // Bryn renewed lately; Ann last spoke longer ago than the timeout.
    room.awareness.meta.get(stale.clientId)!.lastUpdated = Date.now() - awarenessProtocol.outdatedTimeout - 1;
    const sentBefore = frames.length;
    room.expireAwareness();
    expect([...room.awareness.getStates().keys()]).toEqual([fresh.clientId]);
    // Everyone in the room is told the state went.
    expect(frames.length).toBe(sentBefore + 1);
    room.expireAwareness();
    expect(frames.length).toBe(sentBefore + 1);
  });
});
