import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * The walls between folders: each process imports only what may run there. The compiler holds
 * them too (each process has its own tsconfig with its own libs); lint names the rule broken.
 */

const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));
// As a regex, not a glob: a glob `buffer` would match any path ending in it (lib0/buffer).
const noNode = {
  regex: `^(node:.*|(${nodeBuiltins.map((name) => name.replace('/', '\\/')).join('|')})(\\/.*)?)$`,
  message: 'No Node API here.',
};
const noElectron = {
  group: ['electron', 'electron/*'],
  message: 'Only electron/main and electron/preload import Electron.',
};
const notFrom = (folders, message) => ({ group: folders.map((folder) => `**/${folder}/**`), message });

const es = new Set(Object.keys(globals.builtin));
/** Globals Node has and the page has not (process, Buffer, require…). */
const nodeOnlyGlobals = Object.keys(globals.node).filter((name) => !(name in globals.browser) && !es.has(name));
/** Globals of the page (the DOM, window…), Node's among them: shared/ may use only these few, which every process has. */
const universal = new Set([
  'URL',
  'URLSearchParams',
  'TextEncoder',
  'TextDecoder',
  'queueMicrotask',
  'structuredClone',
]);
const hostGlobals = [...new Set([...Object.keys(globals.browser), ...Object.keys(globals.node)])].filter(
  (name) => !es.has(name) && !universal.has(name),
);
const restrictGlobals = (names, why) => names.map((name) => ({ name, message: why }));

const tests = ['**/*.test.ts', '**/*.test.tsx', '**/testing/**'];

export default tseslint.config(
  {
    ignores: ['node_modules/**', 'out/**', 'dist/**', 'test-results/**', 'playwright-report/**', '.tmp/**', '.data/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals.builtin } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noNode,
            noElectron,
            { group: ['react', 'react-dom', 'react/*'], message: 'shared/ has no UI.' },
            notFrom(
              ['renderer', 'server', 'electron'],
              'shared/ stands alone: every process imports it, it imports none.',
            ),
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...restrictGlobals(hostGlobals, 'shared/ runs in every process: no DOM or Node globals.'),
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noNode,
            noElectron,
            notFrom(['server', 'electron'], 'The renderer talks to its host only through window.branchline.'),
          ],
        },
      ],
      'no-restricted-globals': ['error', ...restrictGlobals(nodeOnlyGlobals, 'The page has no Node globals.')],
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [noElectron, notFrom(['renderer', 'electron'], 'The server stands alone.')] },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    languageOptions: { globals: { ...globals.builtin } },
    rules: {
      // A sandboxed preload can require only 'electron'; everything else is bundled from shared/.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noNode,
            notFrom(
              ['renderer', 'server', 'main', 'services', 'web-host'],
              'The preload builds window.branchline from shared/ipc and nothing else.',
            ),
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...restrictGlobals(nodeOnlyGlobals, 'A sandboxed preload has no Node globals.'),
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            notFrom(
              ['renderer', 'preload', 'web-host'],
              'Main composes the services; it does not reach into the page or the browser host.',
            ),
            {
              group: ['**/server/**'],
              message: 'Main runs the embedded server as its own process (out/main/server.js).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/services/**/*.ts'],
    ignores: tests,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noElectron,
            notFrom(['renderer', 'main', 'preload', 'web-host'], 'Services run in both hosts: they import neither.'),
            {
              regex: '(^|/)server/(?!storage/|process/)',
              message: 'Services share only the server’s storage formats and its process launcher.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/web-host/**/*.ts'],
    ignores: ['electron/web-host/bridge/**', ...tests],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noElectron,
            notFrom(['renderer', 'main', 'preload'], 'The browser host runs the services without Electron.'),
            {
              regex: '(^|/)server/(?!process/)',
              message: 'The browser host starts the server as its own process.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/web-host/bridge/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noNode,
            noElectron,
            notFrom(['renderer', 'server', 'main', 'services'], 'The bridge runs in the page.'),
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...restrictGlobals(nodeOnlyGlobals, 'The bridge runs in the page: no Node globals.'),
      ],
    },
  },
);
