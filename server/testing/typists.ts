import type { Client } from './clients';

/**
 * Writers for convergence tests: each types unique marks ("⟨writer.n⟩") at random places
 * between earlier marks (never inside one), and remembers every mark it typed, so a test can
 * check that each arrives everywhere exactly once.
 */
export type Typist = { marks: string[]; stop(): Promise<void> };

function boundaries(text: string): number[] {
  const places = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '⟩') places.push(i + 1);
  return places;
}

export function startTyping(
  client: Client,
  name: string,
  random: () => number,
  pauseMs: { min: number; max: number },
): Typist {
  const marks: string[] = [];
  let typing = true;
  const done = (async () => {
    for (let n = 0; typing; n++) {
      const places = boundaries(client.text.toString());
      const mark = `⟨${name}.${n}⟩`;
      client.text.insert(places[Math.floor(random() * places.length)]!, mark);
      marks.push(mark);
      await new Promise((resolve) => setTimeout(resolve, pauseMs.min + random() * (pauseMs.max - pauseMs.min)));
    }
  })();
  return {
    marks,
    async stop() {
      typing = false;
      await done;
    },
  };
}

/** Every problem with `text` against the marks typed: missing, doubled, or anything else in it. Empty when all is well. */
export function markProblems(text: string, marks: readonly string[]): string[] {
  const problems: string[] = [];
  let rest = text;
  for (const mark of marks) {
    const count = text.split(mark).length - 1;
    if (count !== 1) problems.push(`${mark} appears ${count} times`);
    rest = rest.replace(mark, '');
  }
  if (rest.length > 0) problems.push(`unexpected text: ${rest.slice(0, 100)}`);
  return problems;
}
