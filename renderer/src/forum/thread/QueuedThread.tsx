import type { ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * A thread written on this device that the server does not have yet, shown from the outbox: its
 * title and category. `children`: what follows (what waits in the outbox, the reply box, since
 * replies can follow it there, and the live region).
 */
export function QueuedThread({
  title,
  category,
  headingRef,
  children,
}: {
  title: string;
  /** The category's name in the UI's language and its address, if this device knows it. */
  category: { name: string; path: string } | null;
  headingRef: RefObject<HTMLHeadingElement | null>;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section className="thread-screen">
      <div className="thread-header">
        <h2 ref={headingRef} tabIndex={-1} className="thread-title">
          {title}
        </h2>
        {category && (
          <p className="thread-meta">
            <Link to={category.path}>{t('forumThread.inCategory', { category: category.name })}</Link>
          </p>
        )}
      </div>
      {children}
    </section>
  );
}
