import { buildBranchlineApi } from '../../../shared/ipc/client';
import { IPC_SOCKET_PATH, KEY_PARAM } from './messages';
import { createWsTransport } from './ws-transport';

/**
 * Runs before the app's own script: takes the launch key from the address and defines
 * `window.branchline`. The key stays in the address (the app's own routes are in the hash):
 * the host gives the app's page only to a request that carries it, so a reload needs it.
 */
const key = new URL(location.href).searchParams.get(KEY_PARAM) ?? '';
const socketUrl = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${IPC_SOCKET_PATH}?${KEY_PARAM}=${encodeURIComponent(key)}`;

Object.defineProperty(window, 'branchline', {
  value: buildBranchlineApi(createWsTransport(socketUrl)),
  writable: false,
  configurable: false,
  enumerable: true,
});
