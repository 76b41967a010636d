import { createHeadlessEditor } from '@lexical/headless';
import { $isListNode } from '@lexical/list';
import { $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import {
  $getYChangeState,
  createBindingV2__EXPERIMENTAL,
  renderSnapshot__EXPERIMENTAL,
  syncYjsStateToLexicalV2__EXPERIMENTAL,
  type Provider,
} from '@lexical/yjs';
import { $getRoot, $isElementNode, $isLineBreakNode, $isTextNode, type LexicalNode } from 'lexical';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { DOCUMENT_ROOT_NAME, documentNodes } from '../../../shared/editor/nodes';

/**
 * A version, or what changed since it, turned into something the window shows: both are built
 * in scratch documents here, never in the live room's.
 */

/** The binding wants a provider only for awareness; a scratch document has nobody in it. */
function scratchProvider(doc: Y.Doc): Provider {
  const awareness = new Awareness(doc);
  awareness.setLocalState(null);
  return {
    awareness,
    connect: () => undefined,
    disconnect: () => undefined,
    on: () => undefined,
    off: () => undefined,
  } as unknown as Provider;
}

function scratchEditor(doc: Y.Doc) {
  const editor = createHeadlessEditor({
    namespace: 'branchline-version',
    nodes: [...documentNodes],
    onError: (error) => {
      throw error;
    },
  });
  const binding = createBindingV2__EXPERIMENTAL(editor, 'version', doc, new Map([['version', doc]]), {
    rootName: DOCUMENT_ROOT_NAME,
  });
  return { editor, binding };
}

/** A version's content (Yjs update) as a Lexical editor state, for a read-only editor with the same nodes. */
export function versionEditorState(update: Uint8Array): string {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, update);
    const { editor, binding } = scratchEditor(doc);
    syncYjsStateToLexicalV2__EXPERIMENTAL(binding, scratchProvider(doc));
    // Lexical commits an update on a microtask; a discrete one commits it (and those before) now.
    editor.update(() => undefined, { discrete: true });
    return JSON.stringify(editor.getEditorState().toJSON());
  } finally {
    doc.destroy();
  }
}

export type Change = { type: 'added' | 'removed'; user: string | null } | null;
export type ChangeRun = { text: string; change: Change };
export type ChangeBlock = {
  kind: 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' | 'p' | 'li' | 'quote';
  change: Change;
  runs: ChangeRun[];
};

const changeOf = (node: LexicalNode): Change => {
  const state = $getYChangeState<string>(node);
  return state ? { type: state.type, user: state.user } : null;
};

function $runs(node: LexicalNode, inherited: Change, out: ChangeRun[]): void {
  const change = changeOf(node) ?? inherited;
  if ($isTextNode(node)) out.push({ text: node.getTextContent(), change });
  else if ($isLineBreakNode(node)) out.push({ text: '\n', change });
  else if ($isElementNode(node)) for (const child of node.getChildren()) $runs(child, change, out);
}

/** Neighbouring runs with the same change as one: a screen reader then hears "inserted by" once per stretch. */
function joined(runs: ChangeRun[]): ChangeRun[] {
  const out: ChangeRun[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if (last && last.change?.type === run.change?.type && last.change?.user === run.change?.user) last.text += run.text;
    else out.push({ ...run });
  }
  return out.filter((run) => run.text !== '');
}

function $blocks(node: LexicalNode, inherited: Change, out: ChangeBlock[]): void {
  const change = changeOf(node) ?? inherited;
  if ($isListNode(node)) {
    for (const item of node.getChildren()) $blocks(item, change, out);
    return;
  }
  const kind: ChangeBlock['kind'] = $isHeadingNode(node)
    ? node.getTag()
    : $isQuoteNode(node)
      ? 'quote'
      : node.getType() === 'listitem'
        ? 'li'
        : 'p';
  const runs: ChangeRun[] = [];
  $runs(node, change, runs);
  out.push({ kind, change, runs: joined(runs) });
}

/**
 * What changed from a version to now, block by block, each stretch of text marked inserted or
 * deleted with who did it: the server's `gc: false` state holding both, rendered with
 * @lexical/yjs's renderSnapshot between the two snapshots (Yjs's PermanentUserData in the state
 * names the people).
 */
export function changeBlocks(update: Uint8Array, versionSnapshot: Uint8Array, nowSnapshot: Uint8Array): ChangeBlock[] {
  const doc = new Y.Doc({ gc: false });
  try {
    Y.applyUpdate(doc, update);
    const { editor, binding } = scratchEditor(doc);
    renderSnapshot__EXPERIMENTAL(binding, Y.decodeSnapshot(nowSnapshot), Y.decodeSnapshot(versionSnapshot));
    editor.update(() => undefined, { discrete: true });
    return editor.getEditorState().read(() => {
      const blocks: ChangeBlock[] = [];
      for (const child of $getRoot().getChildren()) $blocks(child, null, blocks);
      return blocks;
    });
  } finally {
    doc.destroy();
  }
}
