import { useState } from 'react';
import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import * as Y from 'yjs';
import type { DocumentMeta } from '../../../shared/api/schemas';
import type { ExportFormat } from '../../../shared/ipc/export-contract';
import { host } from '../data/host';
import { fileErrorKey } from './file-errors';
import { saveFile } from './save-file';

const FORMATS: ExportFormat[] = ['markdown', 'html', 'docx', 'pdf'];

/** The name of the person who made the document, when this device knows it (offline too). */
async function authorsOf(serverId: string, document: DocumentMeta): Promise<string[]> {
  const people = await host().people.list({ serverId });
  const creator = people.ok ? people.value.people.find((person) => person.user.id === document.createdBy) : undefined;
  return creator ? [creator.user.name] : [];
}

/**
 * "Export": the document (or a version, given its scratch doc) as Markdown, a web page, Word
 * or PDF. The host makes the file from the Yjs state; it is saved as a download.
 */
export function ExportMenu({
  serverId,
  document,
  source,
}: {
  serverId: string;
  document: DocumentMeta;
  /** The open document, or a version's content (its Yjs update). */
  source: Y.Doc | Uint8Array;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState('');
  const [error, setError] = useState<ReturnType<typeof fileErrorKey> | null>(null);

  const run = async (format: ExportFormat) => {
    setBusy(true);
    setError(null);
    setSaid(t('export.working', { format: t(`export.format.${format}`) }));
    try {
      const answer = await host().documentFiles.export({
        state: source instanceof Uint8Array ? source : Y.encodeStateAsUpdate(source),
        format,
        title: document.title,
        authors: await authorsOf(serverId, document),
        language: document.language,
        imagesFrom: { serverId, spaceId: document.spaceId },
      });
      if (!answer.ok) {
        setSaid('');
        setError(fileErrorKey(answer.error));
        return;
      }
      saveFile(answer.value);
      setSaid(t('export.done', { fileName: answer.value.fileName }));
    } catch {
      setSaid('');
      setError('errors.unexpected');
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <MenuTrigger>
        <Button className="quiet" isDisabled={busy}>
          {t('export.button')}
        </Button>
        <Popover className="menu-popover" placement="bottom end">
          <Menu className="menu" onAction={(key) => void run(key as ExportFormat)}>
            {FORMATS.map((format) => (
              <MenuItem key={format} id={format} textValue={t(`export.format.${format}`)}>
                {t(`export.format.${format}`)}
              </MenuItem>
            ))}
          </Menu>
        </Popover>
      </MenuTrigger>
      <span className="visually-hidden" role="status">
        {said}
      </span>
      {error && (
        <p role="alert" className="form-error">
          {t(error)}
        </p>
      )}
    </>
  );
}
