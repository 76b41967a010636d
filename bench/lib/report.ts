/** What a measure hands back: tables, goals, and how it measured, for the console and RESULTS.md. */
export type Table = { caption?: string; headers: string[]; rows: string[][] };
export type Goal = { text: string; met: boolean; detail: string };
export type Section = { title: string; method: string[]; tables: Table[]; goals: Goal[]; notes: string[] };

export type Measure = {
  /** What `npm run bench -- <name>` runs. */
  name: string;
  title: string;
  run(): Promise<Section>;
};

export function tableToText(table: Table): string {
  const widths = table.headers.map((_, column) =>
    Math.max(...[table.headers, ...table.rows].map((row) => (row[column] ?? '').length)),
  );
  const line = (row: string[]) => row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ');
  return [line(table.headers), widths.map((width) => '-'.repeat(width)).join('-|-'), ...table.rows.map(line)].join(
    '\n',
  );
}

export function tableToMarkdown(table: Table): string {
  const line = (row: string[]) => `| ${row.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(table.headers), line(table.headers.map(() => '---')), ...table.rows.map(line)].join('\n');
}

export function goalLine(goal: Goal): string {
  return `${goal.met ? 'MET' : 'NOT MET'}: ${goal.text} (${goal.detail})`;
}

export function sectionToText(section: Section): string {
  const parts = [`== ${section.title} ==`];
  for (const table of section.tables) parts.push(`${table.caption ? `${table.caption}\n` : ''}${tableToText(table)}`);
  if (section.goals.length > 0) parts.push(section.goals.map(goalLine).join('\n'));
  if (section.notes.length > 0) parts.push(section.notes.map((note) => `note: ${note}`).join('\n'));
  return parts.join('\n\n');
}

export function sectionToMarkdown(section: Section): string {
  const parts = [`## ${section.title}`];
  for (const table of section.tables)
    parts.push(`${table.caption ? `${table.caption}\n\n` : ''}${tableToMarkdown(table)}`);
  if (section.goals.length > 0)
    parts.push(
      section.goals.map((goal) => `- **${goal.met ? 'Met' : 'Not met'}**: ${goal.text} (${goal.detail})`).join('\n'),
    );
  parts.push(`Method:\n\n${section.method.map((line) => `- ${line}`).join('\n')}`);
  if (section.notes.length > 0) parts.push(`Notes:\n\n${section.notes.map((line) => `- ${line}`).join('\n')}`);
  return parts.join('\n\n');
}
