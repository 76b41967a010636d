import { buildBranchlineApi } from '../../../shared/ipc/client';
import { IPC_SOCKET_PATH, KEY_PARAM } from './messages';
import { createWsTransport } from './ws-transport';

/**
 * Runs before the app's own script: takes the launch key from the address (keeping it for
 * reloads in this tab only), hides it from the address bar, and defines `window.branchline`.
 */
const STORAGE_KEY = 'branchline.hostKey';
const address = new URL(location.href);
const fromAddress = address.searchParams.get(KEY_PARAM);
if (fromAddress) {
  sessionStorage.setItem(STORAGE_KEY, fromAddress);
  address.searchParams.delete(KEY_PARAM);
  history.replaceState(history.state, '', address.pathname + address.search + address.hash);
}
const key = sessionStorage.getItem(STORAGE_KEY) ?? '';
const socketUrl = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${IPC_SOCKET_PATH}?${KEY_PARAM}=${encodeURIComponent(key)}`;

Object.defineProperty(window, 'branchline', {
  value: buildBranchlineApi(createWsTransport(socketUrl)),
  writable: false,
  configurable: false,
  enumerable: true,
});
