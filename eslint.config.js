import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'https',
  'net',
  'url',
  'worker_threads',
  'stream',
  'events',
  'util',
];
const noNode = [
  { group: ['node:*', ...nodeBuiltins, ...nodeBuiltins.map((m) => `${m}/*`)], message: 'No Node API here.' },
];
const noElectron = [
  { group: ['electron', 'electron/*'], message: 'Only electron/main and electron/preload may import Electron.' },
];

/** The walls between folders: each environment imports only what may run there. */
export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'test-results/**', 'playwright-report/**', '.tmp/**'] },
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
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...noNode,
            ...noElectron,
            {
              group: ['react', 'react-dom', '**/renderer/**', '**/server/**', '**/electron/**'],
              message: 'shared/ stands alone.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'process', 'Buffer', 'require'],
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
            ...noNode,
            ...noElectron,
            {
              group: ['**/server/**', '**/electron/**'],
              message: 'The renderer talks to hosts only through window.branchline.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...noElectron,
            { group: ['**/renderer/**', '**/electron/**'], message: 'The server stands alone.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/services/**/*.ts', 'electron/web-host/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...noElectron, { group: ['**/renderer/**'], message: 'Hosts do not import the renderer.' }] },
      ],
    },
  },
  {
    files: ['electron/web-host/bridge/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [...noNode, ...noElectron] }],
    },
  },
);
