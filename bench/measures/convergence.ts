import type { Measure } from '../lib/report';
export const convergence: Measure = { name: 'convergence', title: 'convergence', run: () => Promise.reject(new Error('todo')) };
