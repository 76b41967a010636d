import type { EventName, EventPayload } from '../../shared/ipc/contract';

/** How services tell the renderer something happened; each host forwards these its own way. */
export type HostEmitter = <E extends EventName>(event: E, payload: EventPayload<E>) => void;
