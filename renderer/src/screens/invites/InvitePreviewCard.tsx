import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { InviteInfo } from '../../../../shared/ipc/contract';
import { formatDateTime } from '../../i18n/format';
import { useLocale } from '../../i18n/useLocale';
import { langAttribute, spaceName } from '../../spaces/space-text';

/**
 * What an invite leads to, before anyone acts on it: organisation, space, role, expiry. Its
 * heading takes focus when it appears, so a screen reader reads the answer to "Check invite".
 */
export function InvitePreviewCard({
  info,
  headingLevel,
  children,
}: {
  info: InviteInfo;
  headingLevel: 2 | 3;
  children?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const name = spaceName({ name: info.preview.space.name, nameCy: info.preview.space.nameCy }, locale);

  useEffect(() => heading.current?.focus(), [info.code]);

  return (
    <section className="invite-preview" aria-labelledby={headingId}>
      <Heading id={headingId} ref={heading} tabIndex={-1}>
        {t('invites.previewHeading')}
      </Heading>
      <dl className="facts">
        <dt>{t('invites.organisation')}</dt>
        <dd>{info.preview.organisation.name}</dd>
        <dt>{t('invites.space')}</dt>
        <dd lang={langAttribute(name, locale)}>{name.text}</dd>
        <dt>{t('invites.role')}</dt>
        <dd>{t(`roles.${info.preview.role}`)}</dd>
        <dt>{t('invites.expires')}</dt>
        <dd>{formatDateTime(info.preview.expiresAt, i18n.language)}</dd>
      </dl>
      {children}
    </section>
  );
}
