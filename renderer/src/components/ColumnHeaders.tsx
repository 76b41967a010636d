import type { ReactNode } from 'react';

/**
 * The header row of a table whose rows stack into cards at narrow widths (`.stacking`, see
 * tables.css). Its roles are written out, as the rows' must be: the stacking CSS changes the
 * cells' display, which would otherwise lose the table's semantics for screen readers.
 */
export function ColumnHeaders({ columns }: { columns: ReactNode[] }) {
  return (
    <thead role="rowgroup">
      <tr role="row">
        {columns.map((label, column) => (
          <th key={column} scope="col" role="columnheader">
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
