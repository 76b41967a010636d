import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, FileTrigger } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { IMPORT_LIMITS } from '../../../shared/api/document-import';
import { paths } from '../app/paths';
import { rememberDocument } from '../data/documents';
import { host } from '../data/host';
import { fileErrorKey } from './file-errors';

const ACCEPTED = [
  '.md',
  '.markdown',
  'text/markdown',
  '.docx',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
];

/**
 * "Import a file": a Markdown or Word file becomes a new document in the space (the server
 * writes its content), which then opens. Needs the server: offline, it says so.
 */
export function ImportDocumentButton({ serverId, spaceId }: { serverId: string; spaceId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState('');
  const [error, setError] = useState<ReturnType<typeof fileErrorKey> | null>(null);
  const [leftOut, setLeftOut] = useState<{ id: string; title: string; count: number } | null>(null);

  const importFile = async (file: File) => {
    setError(null);
    setLeftOut(null);
    // Refused here, before reading a file far too big to be a document.
    if (file.size > IMPORT_LIMITS.maxFileBytes) return setError('export.error.file_too_large');
    setBusy(true);
    setSaid(t('export.importing', { fileName: file.name }));
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const answer = await host().documentFiles.import({ serverId, spaceId, fileName: file.name, bytes });
      if (!answer.ok) {
        setSaid('');
        return setError(fileErrorKey(answer.error));
      }
      const { document, droppedImages } = answer.value;
      rememberDocument(client, serverId, document);
      setSaid(t('export.imported', { title: document.title }));
      // Images left out are said where the person can read it, with the way to the document.
      if (droppedImages > 0) setLeftOut({ id: document.id, title: document.title, count: droppedImages });
      else void navigate(paths.document(serverId, document.id));
    } catch {
      setSaid('');
      setError('errors.unexpected');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="import-document">
      <FileTrigger
        acceptedFileTypes={ACCEPTED}
        onSelect={(files) => {
          const file = files?.[0];
          if (file) void importFile(file);
        }}
      >
        <Button className="quiet" isDisabled={busy}>
          {t('export.importButton')}
        </Button>
      </FileTrigger>
      <span className="visually-hidden" role="status">
        {said}
      </span>
      {leftOut && (
        <p className="note">
          {t('export.importedWithoutImages', { title: leftOut.title, count: leftOut.count })}{' '}
          <Link to={paths.document(serverId, leftOut.id)}>{t('export.openImported', { title: leftOut.title })}</Link>
        </p>
      )}
      {error && (
        <p role="alert" className="form-error">
          {t(error)}
        </p>
      )}
    </div>
  );
}
