import type { DocumentMeta } from '../../../shared/api/schemas';
import { useRef, useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { readVersions, type VersionEntry } from '../../../shared/history/versions';
import type { VersionChanges, VersionContent } from '../../../shared/ipc/contract';
import { historyRoom } from '../../../shared/rooms';
import { useServerRoom } from '../collab/useServerRoom';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { TextField } from '../components/TextField';
import { attempt, host, type FailureCode } from '../data/host';
import { usePeople } from '../data/search';
import { formatDateTime } from '../i18n/format';
import { ChangesView } from './ChangesView';
import { VersionView } from './VersionView';
import { ExportMenu } from '../export/ExportMenu';

type Shown =
  | { kind: 'list' }
  | { kind: 'version'; content: VersionContent }
  | { kind: 'changes'; version: VersionEntry; changes: VersionChanges };

const KIND_LABEL = {
  pause: 'history.kindPause',
  day: 'history.kindDay',
  named: 'history.kindNamed',
  'before-restore': 'history.kindBeforeRestore',
  restored: 'history.kindRestored',
} as const;

/**
 * A document's versions (the synced room `history:<documentId>`, so the list is live and reads
 * offline): name the document as it is now, open a version read only, show what changed since
 * it, rename it, restore it (after a confirmation). Naming, changes and restoring need the server.
 */
export function HistoryPanel({
  serverId,
  document,
  canWrite,
}: {
  serverId: string;
  document: DocumentMeta;
  canWrite: boolean;
}) {
  const documentId = document.id;
  const { t, i18n } = useTranslation();
  const room = useServerRoom(serverId, historyRoom(documentId), readVersions);
  const people = usePeople(serverId);
  const [shown, setShown] = useState<Shown>({ kind: 'list' });
  const [name, setName] = useState('');
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const [restoring, setRestoring] = useState<VersionEntry | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<FailureCode | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const listRef = useRef<HTMLUListElement | null>(null);

  const personName = (userId: string) =>
    people.data?.people.find((person) => person.user.id === userId)?.user.name ?? t('history.someone');
  const when = (version: VersionEntry) => formatDateTime(new Date(version.at).toISOString(), i18n.language);

  async function run<T>(change: () => Promise<{ ok: true; value: T } | { ok: false; error: FailureCode }>) {
    setBusy(true);
    setError(null);
    const outcome = await change();
    setBusy(false);
    if (!outcome.ok) setError(outcome.error);
    return outcome.ok ? outcome.value : null;
  }

  const nameNow = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return;
    const named = await run(() => attempt(() => host().history.name({ serverId, documentId, name: name.trim() })));
    if (named) {
      setName('');
      setAnnouncement(t('history.announceNamed'));
    }
  };
  const rename = async (event: FormEvent) => {
    event.preventDefault();
    if (!renaming || renaming.name.trim() === '') return;
    const done = await run(() =>
      attempt(() =>
        host().history.rename({ serverId, documentId, versionId: renaming.id, name: renaming.name.trim() }),
      ),
    );
    if (done) setRenaming(null);
  };
  const open = async (version: VersionEntry) => {
    const content = await run(() =>
      attempt(() => host().history.open({ serverId, documentId, versionId: version.id })),
    );
    if (content) setShown({ kind: 'version', content });
  };
  const showChanges = async (version: VersionEntry) => {
    const changes = await run(() =>
      attempt(() => host().history.changes({ serverId, documentId, versionId: version.id })),
    );
    if (changes) setShown({ kind: 'changes', version, changes });
  };
  const restore = async () => {
    if (!restoring) return;
    const done = await run(() =>
      attempt(() => host().history.restore({ serverId, documentId, versionId: restoring.id })),
    );
    if (done) {
      setRestoring(null);
      setShown({ kind: 'list' });
      setAnnouncement(t('history.announceRestored'));
    }
  };

  const status = (
    <>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {error && (
        <p role="alert" className="form-error">
          {t(`errors.${error}`)}
        </p>
      )}
    </>
  );

  if (shown.kind !== 'list') {
    const version = shown.kind === 'version' ? shown.content.version : shown.version;
    return (
      <div className="history-panel">
        <Button className="history-back" autoFocus onPress={() => setShown({ kind: 'list' })}>
          {t('history.back')}
        </Button>
        {status}
        {shown.kind === 'version' ? (
          <>
            <h3>{t('history.viewing', { date: when(version) })}</h3>
            {shown.content.fromCache && <p className="note">{t('history.fromCache')}</p>}
            {/* A version leaves the app as the document does: the same formats, from its own content. */}
            <ExportMenu serverId={serverId} document={document} source={shown.content.update} />
            <VersionView update={shown.content.update} />
          </>
        ) : (
          <>
            <h3>{t('history.changesHeading', { date: when(version) })}</h3>
            <ChangesView changes={shown.changes} />
          </>
        )}
        {canWrite && (
          <Button className="danger" onPress={() => setRestoring(version)}>
            {t('history.restore')}
          </Button>
        )}
        {restoring && (
          <ConfirmDialog
            title={t('history.restoreTitle')}
            message={t('history.restoreBody')}
            confirmLabel={t('history.restoreConfirm')}
            busy={busy}
            error={error ? t(`errors.${error}`) : null}
            onConfirm={() => void restore()}
            onCancel={() => setRestoring(null)}
          />
        )}
      </div>
    );
  }

  const versions = room.value ?? [];
  return (
    <div className="history-panel">
      <p className="note">{t('history.intro')}</p>
      {canWrite && (
        <form className="history-name" onSubmit={(event) => void nameNow(event)}>
          <TextField
            label={t('history.nameLabel')}
            hint={t('history.nameHint')}
            value={name}
            onChange={setName}
            maxLength={120}
          />
          <button type="submit" disabled={busy}>
            {t('history.nameNow')}
          </button>
        </form>
      )}
      {status}
      {room.value === null && !room.error && <p>{t('history.loading')}</p>}
      {room.error && (
        <p role="alert" className="form-error">
          {t(`errors.${room.error}`)}
        </p>
      )}
      {room.value !== null && versions.length === 0 && <p>{t('history.empty')}</p>}
      <ul className="history-list" aria-label={t('history.listLabel')} ref={listRef}>
        {versions.map((version) => (
          <li key={version.id} className={version.name ? 'history-item history-item-named' : 'history-item'}>
            <p className="history-item-title">
              {version.name && <span className="history-named-mark">{t('history.namedMark')}: </span>}
              <strong>{version.name ?? t(KIND_LABEL[version.kind])}</strong>
              {' · '}
              <time dateTime={new Date(version.at).toISOString()}>{when(version)}</time>
            </p>
            <p className="history-item-meta">
              {version.name && <>{t(KIND_LABEL[version.kind])} · </>}
              {version.authors.length > 0
                ? t('history.by', { names: version.authors.map(personName).join(', ') })
                : t('history.writers', { count: 0 })}
              {version.namedBy && <> · {t('history.namedBy', { name: personName(version.namedBy) })}</>}
            </p>
            {renaming?.id === version.id ? (
              <form className="history-rename" onSubmit={(event) => void rename(event)}>
                <TextField
                  label={t('history.renameLabel')}
                  value={renaming.name}
                  onChange={(value) => setRenaming({ id: version.id, name: value })}
                  maxLength={120}
                />
                <button type="submit" disabled={busy}>
                  {t('history.saveName')}
                </button>
                <Button onPress={() => setRenaming(null)}>{t('common.cancel')}</Button>
              </form>
            ) : (
              <div
                role="group"
                className="history-actions"
                aria-label={t('history.actionsFor', { date: when(version) })}
              >
                <Button isDisabled={busy} onPress={() => void open(version)}>
                  {t('history.view')}
                </Button>
                <Button isDisabled={busy} onPress={() => void showChanges(version)}>
                  {t('history.showChanges')}
                </Button>
                {canWrite && (
                  <Button isDisabled={busy} onPress={() => setRenaming({ id: version.id, name: version.name ?? '' })}>
                    {t('history.rename')}
                  </Button>
                )}
                {canWrite && (
                  <Button isDisabled={busy} onPress={() => setRestoring(version)}>
                    {t('history.restore')}
                  </Button>
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
      {restoring && (
        <ConfirmDialog
          title={t('history.restoreTitle')}
          message={t('history.restoreBody')}
          confirmLabel={t('history.restoreConfirm')}
          busy={busy}
          error={error ? t(`errors.${error}`) : null}
          onConfirm={() => void restore()}
          onCancel={() => setRestoring(null)}
          fallbackFocus={listRef}
        />
      )}
    </div>
  );
}
