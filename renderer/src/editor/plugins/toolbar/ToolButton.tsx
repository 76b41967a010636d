import { Button, ToggleButton, Tooltip, TooltipTrigger } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ToolHint } from './ToolHint';
import type { ToolSpec } from './tools';

export type ToolState = { pressed?: boolean; disabled?: boolean };

/** How long the pointer rests on a tool before its tooltip shows; keyboard focus shows it at once. */
export const TOOLTIP_DELAY_MS = 400;

/**
 * One toolbar button with its tooltip. A button that is on says so (`aria-pressed`); one that
 * cannot act now (undo with nothing to undo) stays focusable and says it is unavailable. A
 * mouse press leaves the focus in the text, so the selection it acts on stays where it was.
 */
export function ToolButton({
  tool,
  state,
  platform,
  onRun,
}: {
  tool: ToolSpec;
  state: ToolState;
  platform: string | null;
  onRun: () => void;
}) {
  const { t } = useTranslation();
  const className = `tool tool-${tool.id}`;
  // The name is text, not aria-label, so it never contradicts the visible glyph ("H1").
  const content = (
    <>
      <span aria-hidden="true">{tool.glyph}</span>
      <span className="visually-hidden">{t(tool.label)}</span>
    </>
  );
  return (
    <TooltipTrigger delay={TOOLTIP_DELAY_MS}>
      {state.pressed === undefined ? (
        <Button
          className={className}
          preventFocusOnPress
          aria-disabled={state.disabled || undefined}
          onPress={() => !state.disabled && onRun()}
        >
          {content}
        </Button>
      ) : (
        <ToggleButton className={className} preventFocusOnPress isSelected={state.pressed} onChange={onRun}>
          {content}
        </ToggleButton>
      )}
      <Tooltip className="tool-tip" placement="bottom" offset={6}>
        <ToolHint tool={tool} platform={platform} />
      </Tooltip>
    </TooltipTrigger>
  );
}
