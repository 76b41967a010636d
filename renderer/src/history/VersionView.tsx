import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentNodes } from '../../../shared/editor/nodes';
import { editorTheme } from '../editor/theme';
import { versionEditorState } from './version-state';

/** A version, read only: a second Lexical editor with the document's nodes over the version's content (a scratch Y.Doc). */
export function VersionView({ update }: { update: Uint8Array }) {
  const { t } = useTranslation();
  const [initialConfig] = useState(() => ({
    namespace: 'branchline-version',
    editable: false,
    editorState: versionEditorState(update),
    nodes: [...documentNodes],
    theme: editorTheme,
    onError: (error: Error) => console.error('Version view error', error),
  }));
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="editor-frame history-version">
        <RichTextPlugin
          contentEditable={
            <ContentEditable
              className="editor-content"
              data-testid="version-content"
              aria-label={t('history.versionContent')}
              aria-readonly
              aria-multiline
              role="textbox"
              tabIndex={0}
            />
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
      </div>
      <ListPlugin />
    </LexicalComposer>
  );
}
