import { Fragment, type ReactNode } from 'react';
import { useParams } from 'react-router';

/**
 * Gives a screen a fresh start when its address names another thing (space A → space B):
 * the router keeps an element mounted across such changes, with the old one's state.
 */
export function Keyed({ by, children }: { by: string; children: ReactNode }) {
  const params = useParams();
  return <Fragment key={params[by] ?? ''}>{children}</Fragment>;
}
