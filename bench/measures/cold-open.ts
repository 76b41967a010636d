import type { Measure } from '../lib/report';
export const coldOpen: Measure = { name: 'cold-open', title: 'cold-open', run: () => Promise.reject(new Error('todo')) };
