import { CheckListPlugin } from '@lexical/react/LexicalCheckListPlugin';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { $createQuoteNode } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, CLEAR_HISTORY_COMMAND, type LexicalEditor } from 'lexical';
import {
  useCallback,
  useId,
  useImperativeHandle,
  useRef,
  useState,
  type CSSProperties,
  type ReactNode,
  type Ref,
} from 'react';
import { Button } from 'react-aria-components';
import { UNSAFE_PortalProvider } from 'react-aria/PortalProvider';
import { useTranslation } from 'react-i18next';
import { documentNodes } from '../../../../shared/editor/nodes';
import { readPostBody, type PostBody } from '../../../../shared/forum/post-body';
import type { DraftKey } from '../../../../shared/ipc/forum-changes';
import { normaliseLinkUrl } from '../../editor/link-url';
import { CheckListSemanticsPlugin } from '../../editor/plugins/CheckListSemanticsPlugin';
import { ToolbarPlugin } from '../../editor/plugins/ToolbarPlugin';
import { editorTheme } from '../../editor/theme';
import { ComposerMarkdownPlugin, SubmitShortcutPlugin } from './ComposerPlugins';
import { DraftPlugin } from './DraftPlugin';
import { useDraftWriter } from './drafts';
import type { Mentionable } from './mention-match';
import { MentionNode } from './MentionNode';
import { MentionsPlugin } from './MentionsPlugin';
import { useHostPlatform } from '../../editor/useHostPlatform';

/** The composer's nodes: the document editor's, and mentions. */
export const composerNodes = [...documentNodes, MentionNode];

export type ComposerHandle = {
  /** Adds a quote of `text` at the end, and a paragraph after it to write in. */
  insertQuote: (text: string) => void;
  /** Empties the composer and forgets its draft (after sending). */
  clear: () => void;
  focus: () => void;
};

const cssString = (text: string): string => `"${text.replace(/["\\]/g, '\\$&').replace(/\n/g, ' ')}"`;

/**
 * A post's editor: the document editor's toolbar, Markdown shortcuts, links and check lists,
 * with Lexical's own history, @mentions, a draft kept on the device as one types, and Send
 * (also Ctrl/⌘+Enter). What it sends is `editorState.toJSON()`, read with the server's
 * `readPostBody` first, so a body the server would refuse (empty, too long) is said here.
 */
export function Composer({
  serverId,
  draftKey,
  label,
  initialState,
  extras,
  people,
  submitLabel,
  busy,
  error,
  onSubmit,
  onCancel,
  handleRef,
  above,
}: {
  serverId: string;
  draftKey: DraftKey;
  label: string;
  /** A serialized editor state to start from (a draft, or the post being edited). */
  initialState: string | null;
  /** Kept in the draft with the text: a new thread's title, the post a reply answers. */
  extras: { title: string; replyTo: string | null };
  people: readonly Mentionable[];
  submitLabel: string;
  busy: boolean;
  error: string | null;
  onSubmit: (body: PostBody) => void;
  onCancel?: () => void;
  handleRef?: Ref<ComposerHandle>;
  above?: ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  const editorRef = useRef<LexicalEditor | null>(null);
  const [overlays, setOverlays] = useState<HTMLDivElement | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const writer = useDraftWriter(serverId, draftKey);
  const platform = useHostPlatform();
  const [initialConfig] = useState(() => ({
    namespace: 'branchline-post',
    nodes: composerNodes,
    theme: editorTheme,
    onError: (failure: Error) => console.error('Composer error', failure),
    editorState: (editor: LexicalEditor) => {
      if (!initialState) return;
      // A draft that no longer reads (another version wrote it) starts the composer empty.
      try {
        editor.setEditorState(editor.parseEditorState(initialState));
      } catch {
        editor.update(() => $getRoot().clear().append($createParagraphNode()));
      }
    },
  }));

  const submit = useCallback(() => {
    const editor = editorRef.current;
    if (!editor || busy) return;
    const read = readPostBody(editor.getEditorState().toJSON());
    if (!read.ok) {
      setProblem(t(`composer.problem.${read.problem}`));
      return;
    }
    setProblem(null);
    onSubmit(read.body);
  }, [busy, onSubmit, t]);

  useImperativeHandle(
    handleRef,
    () => ({
      insertQuote: (text: string) => {
        const editor = editorRef.current;
        if (!editor) return;
        editor.update(() => {
          const root = $getRoot();
          const last = root.getLastChild();
          // An empty first paragraph gives way to the quote, so a reply does not start with a blank line.
          if (root.getChildrenSize() === 1 && last && last.getTextContent() === '') last.remove();
          const quote = $createQuoteNode().append($createTextNode(text));
          const after = $createParagraphNode();
          root.append(quote, after);
          after.select();
        });
        editor.focus();
      },
      clear: () => {
        const editor = editorRef.current;
        editor?.update(() => $getRoot().clear().append($createParagraphNode()));
        editor?.dispatchCommand(CLEAR_HISTORY_COMMAND, undefined);
        writer.clear();
        setProblem(null);
      },
      focus: () => {
        const editor = editorRef.current;
        // Lexical's focus moves its selection in; an empty editor has none to move, so the box takes focus itself.
        editor?.focus();
        editor?.getRootElement()?.focus();
      },
    }),
    [writer],
  );

  const openLink = (event: React.MouseEvent) => {
    const anchor = (event.target as HTMLElement).closest('a');
    if (!anchor) return;
    event.preventDefault();
    const url = normaliseLinkUrl(anchor.getAttribute('href') ?? '');
    if (url && (event.ctrlKey || event.metaKey)) void window.branchline.shell.openExternal({ url }); // eng-disable OPEN_EXTERNAL_JS_CHECK
  };

  const checkMarkLabels = {
    '--ed-checked-label': cssString(t('editor.checked')),
    '--ed-unchecked-label': cssString(t('editor.unchecked')),
  } as CSSProperties;
  const shown = problem ?? error;
  const sendKeys = platform === 'darwin' ? '⌘+Enter' : 'Ctrl+Enter';

  return (
    <UNSAFE_PortalProvider getContainer={() => overlays}>
      <div className="composer">
        {above}
        <LexicalComposer initialConfig={initialConfig}>
          <EditorRefPlugin editorRef={editorRef} />
          <ToolbarPlugin readOnly={false} />
          <div className="editor-frame composer-frame" style={checkMarkLabels} onClick={openLink}>
            <RichTextPlugin
              contentEditable={
                <ContentEditable
                  id={`${id}-text`}
                  className="editor-content composer-content"
                  data-testid="composer"
                  aria-label={label}
                  aria-multiline
                  aria-describedby={`${id}-hint${shown ? ` ${id}-error` : ''}`}
                  aria-invalid={shown ? true : undefined}
                  role="textbox"
                  spellCheck
                  aria-placeholder={t('composer.placeholder')}
                  placeholder={
                    <div className="editor-placeholder" aria-hidden="true">
                      {t('composer.placeholder')}
                    </div>
                  }
                />
              }
              ErrorBoundary={LexicalErrorBoundary}
            />
          </div>
          <HistoryPlugin />
          <ListPlugin />
          <CheckListPlugin />
          <CheckListSemanticsPlugin />
          <ComposerMarkdownPlugin />
          <LinkPlugin validateUrl={(url) => normaliseLinkUrl(url) !== null} />
          <MentionsPlugin people={people} parent={overlays} />
          <SubmitShortcutPlugin onSubmit={submit} />
          <DraftPlugin extras={extras} onChange={writer.save} />
        </LexicalComposer>
        <div ref={setOverlays} className="editor-overlays composer-overlays" />
        <p id={`${id}-hint`} className="field-hint composer-hint">
          {t('composer.hint', { keys: sendKeys })}
        </p>
        {shown && (
          <p id={`${id}-error`} role="alert" className="form-error">
            {shown}
          </p>
        )}
        <div className="composer-actions">
          {onCancel && (
            <Button type="button" onPress={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
          <Button type="button" className="primary" isDisabled={busy} onPress={submit}>
            {busy ? t('common.working') : submitLabel}
          </Button>
        </div>
      </div>
    </UNSAFE_PortalProvider>
  );
}
