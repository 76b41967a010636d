import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalEditable } from '@lexical/react/useLexicalEditable';
import { $getNodeByKey, type NodeKey } from 'lexical';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { $isImageNode, setImageDrawing, type ImageNode } from '../../../../shared/editor/image-node';
import { AltTextDialog } from './AltTextDialog';
import { useImagePlace } from './media-context';
import { useImageUrl } from './useImageUrl';

/**
 * An image in the document, its bytes from the host. Decorative images (alt '') are hidden from
 * screen readers; one that cannot be shown (offline and never read here) says so, with its
 * description. Where the person may write, its description can be changed.
 */
function ImageView({
  nodeKey,
  src,
  altText,
  width,
  height,
}: {
  nodeKey: NodeKey;
  src: string;
  altText: string;
  width: number | undefined;
  height: number | undefined;
}) {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const editable = useLexicalEditable();
  const image = useImageUrl(useImagePlace(), src);
  const [editing, setEditing] = useState(false);

  const save = (choice: { altText: string } | null) => {
    setEditing(false);
    if (choice)
      editor.update(() => {
        const node = $getNodeByKey(nodeKey);
        if ($isImageNode(node)) node.setAltText(choice.altText);
      });
  };

  return (
    <span className="editor-image-frame" data-testid="document-image">
      {image.state === 'shown' ? (
        <img src={image.url} alt={altText} width={width} height={height} draggable={false} />
      ) : (
        <span className={`editor-image-placeholder editor-image-${image.state}`}>
          {image.state === 'loading'
            ? t('media.imageLoading')
            : altText
              ? t('media.imageMissing', { alt: altText })
              : t('media.imageMissingDecorative')}
        </span>
      )}
      {editable && (
        <Button className="editor-image-alt" onPress={() => setEditing(true)}>
          {t('media.editAlt')}
        </Button>
      )}
      {editable && <AltTextDialog isOpen={editing} initial={altText} editing onDone={save} />}
    </span>
  );
}

/** Installs the renderer's drawing of image nodes (the node class is shared with the server, which draws none). */
export function installImageDrawing(): void {
  setImageDrawing((node: ImageNode) => (
    <ImageView
      nodeKey={node.__key}
      src={node.__src}
      altText={node.__altText}
      width={node.__width}
      height={node.__height}
    />
  ));
}
