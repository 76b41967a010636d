/**
 * What the browser host shows at its address without the launch key (or with the key of an
 * earlier launch): how to get in, in English and Welsh, instead of an app that cannot reach
 * its host. The renderer's catalogue is not loaded here (the app itself never is), so the two
 * languages are written out below; the one the browser prefers comes first.
 */

const sections = {
  en: {
    heading: 'Open Branchline from its address',
    how: 'Open Branchline from the address shown where you started it (the terminal running <code>npm start</code> or <code>npm run web</code>); it carries a key that keeps other pages on this computer out.',
    stale: 'Each start makes a new key, so an address from an earlier start no longer works.',
  },
  cy: {
    heading: 'Agorwch Branchline o’i gyfeiriad',
    how: 'Agorwch Branchline o’r cyfeiriad a ddangoswyd lle gwnaethoch chi ei gychwyn (y derfynell sy’n rhedeg <code>npm start</code> neu <code>npm run web</code>); mae’n cynnwys allwedd sy’n cadw tudalennau eraill ar y cyfrifiadur hwn allan.',
    stale:
      'Mae allwedd newydd bob tro y bydd yn cychwyn, felly dydy cyfeiriad o gychwyn blaenorol ddim yn gweithio mwyach.',
  },
} as const;

type Language = keyof typeof sections;

/** Welsh first when the browser asks for Welsh before English; otherwise English first. */
export function preferredLanguage(acceptLanguage: string | undefined): Language {
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.split(';')[0]!.trim().toLowerCase();
    if (tag === 'cy' || tag.startsWith('cy-')) return 'cy';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return 'en';
}

const STYLE = `
  :root { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif; font-size: 16px;
    line-height: 1.5; color: #1c2430; background: #f3f5f8; }
  body { margin: 0; }
  main { max-width: 40rem; margin: 0 auto; padding: 1.5rem 1rem; }
  h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 1rem; color: #0b5cab; }
  h2 { font-size: 1.15rem; margin: 0 0 0.5rem; }
  section { background: #ffffff; border: 1px solid #c9d1dc; border-radius: 6px; padding: 1rem; margin: 0 0 1rem; }
  p { margin: 0 0 0.75rem; overflow-wrap: break-word; }
  p:last-child { margin-bottom: 0; }
  code { font-size: 0.95em; background: #f3f5f8; padding: 0 0.2em; border-radius: 3px; white-space: nowrap; }
`;

export function keyPage(acceptLanguage: string | undefined): string {
  const first = preferredLanguage(acceptLanguage);
  const order: Language[] = first === 'cy' ? ['cy', 'en'] : ['en', 'cy'];
  const section = (language: Language) => {
    const text = sections[language];
    return `<section lang="${language}" aria-labelledby="heading-${language}">
      <h2 id="heading-${language}">${text.heading}</h2>
      <p>${text.how}</p>
      <p>${text.stale}</p>
    </section>`;
  };
  return `<!doctype html>
<html lang="${first}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <title>${sections[order[0]!].heading} · ${sections[order[1]!].heading}</title>
    <style>${STYLE}</style>
  </head>
  <body>
    <main>
      <h1>Branchline</h1>
      ${order.map(section).join('\n      ')}
    </main>
  </body>
</html>
`;
}
