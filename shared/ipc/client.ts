import { ipcContract, channelName, type BranchlineApi, type EventName, type EventPayload } from './contract';

/** How a host transports calls: the preload uses ipcRenderer, the browser bridge a WebSocket. */
export interface IpcTransport {
  invoke(channel: string, input: unknown): Promise<unknown>;
  subscribe(event: EventName, listener: (payload: unknown) => void): () => void;
}

/** Builds the renderer-facing API, one named function per contract method. */
export function buildBranchlineApi(transport: IpcTransport): BranchlineApi {
  const api: Record<string, unknown> = {};
  for (const [namespace, methods] of Object.entries(ipcContract)) {
    const functions: Record<string, (input?: unknown) => Promise<unknown>> = {};
    for (const name of Object.keys(methods)) {
      const channel = channelName(namespace, name);
      functions[name] = (input?: unknown) => transport.invoke(channel, input);
    }
    api[namespace] = Object.freeze(functions);
  }
  api.on = <E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) =>
    transport.subscribe(event, listener as (payload: unknown) => void);
  return Object.freeze(api) as BranchlineApi;
}
