import { CheckListPlugin } from '@lexical/react/LexicalCheckListPlugin';
import { LexicalCollaboration } from '@lexical/react/LexicalCollaborationContext';
import { CollaborationPluginV2__EXPERIMENTAL } from '@lexical/react/LexicalCollaborationPlugin';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import type { Provider } from '@lexical/yjs';
import { useMemo, useRef, useState, type CSSProperties, type MouseEvent, type ReactNode } from 'react';
import { UNSAFE_PortalProvider } from 'react-aria/PortalProvider';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_ROOT_NAME, documentNodes } from '../../../shared/editor/nodes';
import type { RoomSession } from '../collab/room-session';
import { CheckListSemanticsPlugin } from './plugins/CheckListSemanticsPlugin';
import { EditablePlugin } from './plugins/EditablePlugin';
import { LocalCopyPlugin } from './plugins/LocalCopyPlugin';
import { MarkdownPlugin } from './plugins/MarkdownPlugin';
import { RemoteCursorLabels } from './plugins/RemoteCursorLabels';
import { ToolbarPlugin } from './plugins/ToolbarPlugin';
import type { ImagePlace } from './media/media-context';
import { MediaPlugins } from './media/MediaPlugins';
import { normaliseLinkUrl } from './link-url';
import { SpellingPlugin } from './spelling/SpellingPlugin';
import { editorTheme } from './theme';

/** A CSS string literal holding `text`. */
const cssString = (text: string): string => `"${text.replace(/["\\]/g, '\\$&').replace(/\n/g, ' ')}"`;

/**
 * The co-writing editor. Its content lives only in the room's Y.Doc: `editorState: null`
 * and no bootstrap, because the server writes every document's first content. When the person
 * may only read, it is not editable and offers no toolbar, but still shows others' changes live.
 */
export function DocumentEditor({
  roomName,
  session,
  editable,
  children,
  language = 'en',
  imagePlace = null,
}: {
  roomName: string;
  session: RoomSession;
  editable: boolean;
  /** Parts that work on the editor from outside its text (comments, renderer/src/comments). */
  children?: ReactNode;
  /** The document's language: spelling is checked in it. */
  language?: 'en' | 'cy';
  /** Where the document's images are stored (its server and space). */
  imagePlace?: ImagePlace | null;
}) {
  const { t } = useTranslation();
  const cursors = useRef<HTMLDivElement | null>(null);
  // The plugin reads the cursors container when it first renders, so it waits for the element.
  const [cursorsElement, setCursorsElement] = useState<HTMLDivElement | null>(null);
  const cursorsReady = cursorsElement !== null;
  // Tooltips, the More formatting menu and the link dialog go here, inside the page's main landmark,
  // rather than at the end of <body> where React Aria puts them by default (axe: content outside landmarks).
  const [overlays, setOverlays] = useState<HTMLDivElement | null>(null);
  const awarenessData = useMemo(
    () => ({ initials: session.user.initials, service: session.user.service }),
    [session.user.initials, session.user.service],
  );
  // Read once, when the composer is made; later changes go through EditablePlugin.
  const [initialConfig] = useState(() => ({
    namespace: 'branchline-document',
    editable,
    editorState: null,
    nodes: [...documentNodes],
    theme: editorTheme,
    onError: (error: Error) => console.error('Editor error', error),
  }));

  // What a check item's mark says to screen readers (editor.css), in the UI's language.
  const checkMarkLabels = {
    '--ed-checked-label': cssString(t('editor.checked')),
    '--ed-unchecked-label': cssString(t('editor.unchecked')),
  } as CSSProperties;

  // Links open in the system browser (after a scheme check in the host), with Ctrl/Cmd+click.
  const openLink = (event: MouseEvent) => {
    const anchor = (event.target as HTMLElement).closest('a');
    if (!anchor) return;
    event.preventDefault();
    const url = normaliseLinkUrl(anchor.getAttribute('href') ?? '');
    // Our IPC method, not Electron's shell: main checks the scheme before the system sees it (Electronegativity matches the name).
    if (url && (event.ctrlKey || event.metaKey)) void window.branchline.shell.openExternal({ url }); // eng-disable OPEN_EXTERNAL_JS_CHECK
  };

  return (
    <UNSAFE_PortalProvider getContainer={() => overlays}>
      <LexicalCollaboration>
        <LexicalComposer initialConfig={initialConfig}>
          <EditablePlugin editable={editable} />
          <ToolbarPlugin readOnly={!editable} />
          <MediaPlugins readOnly={!editable} place={imagePlace} />
          <div className="editor-frame" style={checkMarkLabels} onClick={openLink}>
            <RichTextPlugin
              contentEditable={
                <ContentEditable
                  id="document-content"
                  className="editor-content"
                  data-testid="editor"
                  aria-label={t('editor.content')}
                  aria-multiline
                  role="textbox"
                  // Screen readers speak the text in its own language, whatever the UI's.
                  lang={language === 'cy' ? 'cy' : 'en-GB'}
                  // Our own checker (SpellingPlugin) knows Welsh offline; Chromium's would mark every Welsh word.
                  spellCheck={false}
                  // Read-only, it stays reachable by Tab, so keyboard users can scroll, select and copy.
                  tabIndex={0}
                  aria-placeholder={editable ? t('editor.placeholder') : ''}
                  placeholder={(isEditable) =>
                    isEditable ? (
                      <div className="editor-placeholder" aria-hidden="true">
                        {t('editor.placeholder')}
                      </div>
                    ) : null
                  }
                />
              }
              ErrorBoundary={LexicalErrorBoundary}
            />
            <div
              ref={(element) => {
                cursors.current = element;
                if (element) setCursorsElement(element);
              }}
              className="remote-cursors"
              data-testid="remote-cursors"
              aria-hidden="true"
            />
          </div>
          <SpellingPlugin language={language} editable={editable} />
          <ListPlugin />
          <CheckListPlugin />
          <CheckListSemanticsPlugin />
          <MarkdownPlugin doc={session.doc} />
          <LinkPlugin validateUrl={(url) => normaliseLinkUrl(url) !== null} />
          {cursorsReady && (
            <CollaborationPluginV2__EXPERIMENTAL
              id={roomName}
              doc={session.doc}
              provider={session.provider as unknown as Provider}
              __shouldBootstrapUnsafe={false}
              username={session.user.name}
              cursorColor={session.user.color}
              cursorsContainerRef={cursors}
              awarenessData={awarenessData}
              rootName={DOCUMENT_ROOT_NAME}
            />
          )}
          {cursorsReady && <LocalCopyPlugin session={session} />}
          {children}
          {cursorsElement && (
            <RemoteCursorLabels container={cursorsElement} awareness={session.provider.awareness} doc={session.doc} />
          )}
        </LexicalComposer>
      </LexicalCollaboration>
      <div ref={setOverlays} className="editor-overlays" />
    </UNSAFE_PortalProvider>
  );
}
