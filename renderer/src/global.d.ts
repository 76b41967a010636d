import type { BranchlineApi } from '../../shared/ipc/contract';

declare global {
  interface Window {
    /** The host's API: Electron's preload or the browser host's bridge, built from the shared contract. */
    readonly branchline: BranchlineApi;
  }
}

export {};
