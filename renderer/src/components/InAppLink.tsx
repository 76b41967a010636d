import type { ReactNode } from 'react';

/**
 * A link to another screen of the app. It is a real link (so it is announced and listed as
 * one), but the app, not the page, does the navigating.
 */
export function InAppLink({
  href,
  onNavigate,
  className,
  lang,
  children,
}: {
  href: string;
  onNavigate: () => void;
  className?: string;
  lang?: string;
  children: ReactNode;
}) {
  return (
    <a
      href={href}
      className={className}
      lang={lang}
      onClick={(event) => {
        event.preventDefault();
        onNavigate();
      }}
    >
      {children}
    </a>
  );
}
