import { $insertGeneratedNodes } from '@lexical/clipboard';
import { $generateNodesFromDOM } from '@lexical/html';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import { INSERT_TABLE_COMMAND } from '@lexical/table';
import { mergeRegister } from '@lexical/utils';
import {
  $getRoot,
  $getSelection,
  $insertNodes,
  COMMAND_PRIORITY_HIGH,
  DROP_COMMAND,
  PASTE_COMMAND,
  SELECTION_CHANGE_COMMAND,
  COMMAND_PRIORITY_LOW,
} from 'lexical';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Button, Toolbar } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { $createImageNode, imageSrc } from '../../../../shared/editor/image-node';
import type { MessageKey } from '../../i18n/en';
import { AltTextDialog, type AltTextChoice } from './AltTextDialog';
import { fileBytes, IMAGE_ACCEPT, imageFiles, putImage } from './image-files';
import { installImageDrawing } from './ImageView';
import { InsertTableDialog, type TableSize } from './InsertTableDialog';
import { setImagePlace, type ImagePlace } from './media-context';
import { inlineImages, needsOwnImport, normaliseWordHtml } from './paste-html';
import { $runTableAction, $selectedCell, type TableAction } from './table-commands';
import { TableMenu } from './TableMenu';
import './media.css';

installImageDrawing();

/** What the person is told about the image being added (a status message), in words. */
type Notice = string | null;

/** Asks for alt text, one image at a time; resolves with the choice, or null if the person cancelled. */
function useAltTextPrompt() {
  const [asking, setAsking] = useState<((choice: AltTextChoice | null) => void) | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const ask = useCallback((): Promise<AltTextChoice | null> => {
    const next = queue.current.then(() => new Promise<AltTextChoice | null>((resolve) => setAsking(() => resolve)));
    queue.current = next;
    return next;
  }, []);
  const answer = (choice: AltTextChoice | null) => {
    asking?.(choice);
    setAsking(null);
  };
  return { ask, isOpen: asking !== null, answer };
}

/**
 * Tables and images in the document: the Insert toolbar (table, image, and the table menu when
 * the caret is in a table), images pasted, dropped or chosen (each described, or marked
 * decorative, before it goes in), and HTML pasted from Word or a web page.
 */
export function MediaPlugins({ readOnly, place }: { readOnly: boolean; place: ImagePlace | null }) {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  setImagePlace(editor, place);
  const [tableOpen, setTableOpen] = useState(false);
  const [inTable, setInTable] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const chooser = useRef<HTMLInputElement>(null);
  const prompt = useAltTextPrompt();
  const { ask } = prompt;

  const failed = useCallback(
    (error: string) =>
      setNotice(
        error === 'invalid_request'
          ? t('media.errorNotImage')
          : error === 'payload_too_large'
            ? t('media.errorTooBig')
            : t('media.errorOther', {
                reason: t(error === 'unexpected' ? 'errors.internal' : (`errors.${error}` as MessageKey)),
              }),
      ),
    [t],
  );

  /** Stores each image, asks for its description, then puts it in at the caret. */
  const addImages = useCallback(
    async (files: File[]) => {
      if (!place) return;
      for (const file of files) {
        setNotice(t('media.uploading'));
        const stored = await putImage(place, await fileBytes(file));
        if (!stored.ok) {
          failed(stored.error);
          continue;
        }
        setNotice(stored.queued ? t('media.queued') : null);
        const choice = await ask();
        if (!choice) continue;
        editor.update(() => {
          const image = $createImageNode({ src: imageSrc(stored.hash), altText: choice.altText });
          if ($getSelection()) $insertNodes([image]);
          else $getRoot().selectEnd().insertNodes([image]);
        });
      }
    },
    [place, editor, ask, failed, t],
  );

  /** HTML from Word or a page holding its own images: cleaned, its images stored, then imported. */
  const pasteHtml = useCallback(
    async (html: string) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      normaliseWordHtml(doc);
      for (const { element, bytes } of inlineImages(doc)) {
        const stored = place ? await putImage(place, bytes) : null;
        if (!stored?.ok) {
          if (stored) failed(stored.error);
          element.remove();
          continue;
        }
        if (stored.queued) setNotice(t('media.queued'));
        element.setAttribute('src', imageSrc(stored.hash));
        if (!element.hasAttribute('alt')) {
          const choice = await ask();
          if (!choice) {
            element.remove();
            continue;
          }
          element.setAttribute('alt', choice.altText);
        }
      }
      editor.update(() => {
        const nodes = $generateNodesFromDOM(editor, doc);
        const selection = $getSelection() ?? $getRoot().selectEnd();
        $insertGeneratedNodes(editor, nodes, selection);
      });
    },
    [place, editor, ask, failed, t],
  );

  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          PASTE_COMMAND,
          (event) => {
            const data = 'clipboardData' in event ? event.clipboardData : null;
            if (!data || !editor.isEditable()) return false;
            // A copy inside the app is Lexical's own (with every node whole): left to it.
            if (data.types.includes('application/x-lexical-editor')) return false;
            const html = data.getData('text/html');
            if (html && needsOwnImport(html)) {
              event.preventDefault();
              void pasteHtml(html);
              return true;
            }
            const files = imageFiles(data.files);
            if (!html && files.length > 0) {
              event.preventDefault();
              void addImages(files);
              return true;
            }
            return false;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerCommand(
          DROP_COMMAND,
          (event) => {
            const files = imageFiles(event.dataTransfer?.files);
            if (files.length === 0 || !editor.isEditable()) return false;
            event.preventDefault();
            void addImages(files);
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerUpdateListener(({ editorState }) =>
          setInTable(editorState.read(() => $selectedCell() !== null)),
        ),
        editor.registerCommand(
          SELECTION_CHANGE_COMMAND,
          () => (setInTable(editor.getEditorState().read(() => $selectedCell() !== null)), false),
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor, pasteHtml, addImages],
  );

  const insertTable = (size: TableSize | null) => {
    setTableOpen(false);
    if (size) {
      // The toolbar may be reached before the text ever had the caret: the table then goes at the end.
      editor.update(() => void ($getSelection() ?? $getRoot().selectEnd()), { discrete: true });
      editor.dispatchCommand(INSERT_TABLE_COMMAND, {
        rows: String(size.rows),
        columns: String(size.columns),
        includeHeaders: { rows: size.headerRow, columns: false },
      });
    }
    editor.focus();
  };
  const runTableAction = (action: TableAction) => {
    editor.update(() => $runTableAction(action));
    editor.focus();
  };

  return (
    <>
      <TablePlugin hasCellMerge={false} hasCellBackgroundColor={false} hasTabHandler />
      {!readOnly && (
        <div className="toolbar-frame media-toolbar-frame">
          <Toolbar className="toolbar media-toolbar" aria-label={t('media.toolbar')}>
            <Button className="tool media-tool" preventFocusOnPress onPress={() => setTableOpen(true)}>
              {t('media.insertTable')}
            </Button>
            <Button
              className="tool media-tool"
              preventFocusOnPress
              isDisabled={!place}
              onPress={() => chooser.current?.click()}
            >
              {t('media.insertImage')}
            </Button>
            {inTable && <TableMenu onAction={runTableAction} />}
          </Toolbar>
          <input
            ref={chooser}
            type="file"
            accept={IMAGE_ACCEPT}
            multiple
            hidden
            data-testid="image-file"
            onChange={(event) => {
              const files = imageFiles(event.currentTarget.files);
              event.currentTarget.value = '';
              void addImages(files);
            }}
          />
          <p className="media-notice" role="status">
            {notice ?? ''}
          </p>
        </div>
      )}
      <InsertTableDialog isOpen={tableOpen} onDone={insertTable} />
      <AltTextDialog isOpen={prompt.isOpen} initial={null} editing={false} onDone={prompt.answer} />
    </>
  );
}
