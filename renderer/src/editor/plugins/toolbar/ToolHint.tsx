import { useTranslation } from 'react-i18next';
import { shortcutLabels } from './shortcut-keys';
import type { ToolSpec } from './tools';

/** A tool's tooltip: its name and shortcut ("Bold (Ctrl+B)"), and the Markdown that does the same. */
export function ToolHint({ tool, platform }: { tool: ToolSpec; platform: string | null }) {
  const { t } = useTranslation();
  const keys = shortcutLabels(tool, platform);
  const markdown = tool.markdown;
  return (
    <>
      <span className="tool-tip-name">
        {t(tool.label)}
        {keys.length > 0 && (
          <>
            {' ('}
            <kbd>{keys.join(', ')}</kbd>
            {')'}
          </>
        )}
      </span>
      {markdown && (
        <span className="tool-tip-markdown">
          {markdown.kind === 'block'
            ? t('editor.typeBlock', { marker: markdown.marker })
            : markdown.kind === 'wrap'
              ? t('editor.typeWrapped', { marker: markdown.marker })
              : t('editor.typeLink')}
        </span>
      )}
    </>
  );
}
