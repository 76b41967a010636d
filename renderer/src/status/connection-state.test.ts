import { describe, expect, it } from 'vitest';
import { nextConnectionState } from './connection-state';

describe('nextConnectionState', () => {
  it('goes connecting → online → offline and stays offline through retries', () => {
    let state = nextConnectionState('connecting', 'connecting', true);
    expect(state).toBe('connecting');
    state = nextConnectionState(state, 'connected', true);
    expect(state).toBe('online');
    state = nextConnectionState(state, 'disconnected', true);
    expect(state).toBe('offline');
    state = nextConnectionState(state, 'connecting', true);
    expect(state).toBe('offline');
    expect(nextConnectionState(state, 'connected', true)).toBe('online');
  });

  it('is offline when the browser says the network is gone', () => {
    expect(nextConnectionState('connecting', 'connecting', false)).toBe('offline');
  });
});
