import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../i18n/format';
import { translate } from '../../i18n/message';
import { relativeTime } from '../../forum/relative-time';
import { useNow } from '../../forum/useNow';

/** When something happened: "5 min ago" for the last week, else its date; the exact time as the element's datetime and tooltip. */
export function ForumTime({ iso }: { iso: string }) {
  const { t, i18n } = useTranslation();
  const relative = relativeTime(iso, useNow());
  return (
    <time dateTime={iso} title={formatDateTime(iso, i18n.language)}>
      {relative ? translate(t, relative) : formatDate(iso, i18n.language)}
    </time>
  );
}
