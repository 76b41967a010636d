import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildBranchlineApi, type IpcTransport } from '../../shared/ipc/client';

/**
 * Exposes only the contract's functions; ipcRenderer itself never reaches the page. Bundled
 * as CommonJS with its dependencies, because a sandboxed preload can require only 'electron'.
 */
const transport: IpcTransport = {
  invoke: (channel, input) => ipcRenderer.invoke(channel, input),
  subscribe(event, listener) {
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(event, forward);
    return () => void ipcRenderer.removeListener(event, forward);
  },
};

contextBridge.exposeInMainWorld('branchline', buildBranchlineApi(transport));
