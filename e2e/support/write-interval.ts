/**
 * The local store's promise (electron/README.md): a keystroke is fsynced on the device within
 * this many milliseconds. `write-interval.spec.ts` measures it; `app-killed-while-typing.spec.ts`
 * holds the app to it when it is killed.
 */
export const WRITE_INTERVAL_BOUND_MS = 100;

/** Steady typing of plain words: nothing Lexical turns into formatting. */
export const SENTENCE = 'Every branch runs the Summer Reading Challenge with its volunteers and schools. ';
