import { $isLinkNode } from '@lexical/link';
import {
  BOLD_ITALIC_STAR,
  BOLD_ITALIC_UNDERSCORE,
  BOLD_STAR,
  BOLD_UNDERSCORE,
  CHECK_LIST,
  CODE,
  HEADING,
  INLINE_CODE,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
  LINK,
  ORDERED_LIST,
  QUOTE,
  STRIKETHROUGH,
  UNORDERED_LIST,
  type ElementTransformer,
  type TextMatchTransformer,
  type Transformer,
} from '@lexical/markdown';
import { normaliseLinkUrl } from './link-url';

/** `# `, `## ` and `### ` only: the toolbar offers three heading levels, so typing offers the same. */
export const HEADING_1_TO_3: ElementTransformer = { ...HEADING, regExp: /^(#{1,3})\s/ };

/**
 * `[text](url)` becomes a link only for the addresses the link dialog accepts (web and mail,
 * made absolute the same way); anything else stays as the text that was typed.
 */
export const SAFE_LINK: TextMatchTransformer = {
  ...LINK,
  replace: (textNode, match) => {
    // The destination is the pointy (`<…>`) or the raw group of Lexical's pattern; a backslash escapes one character.
    const typed = (match[2] ?? match[3] ?? '').replace(/\\(.)/g, '$1');
    const url = normaliseLinkUrl(typed);
    if (!url) return;
    const linkText = LINK.replace?.(textNode, match);
    const link = linkText?.getParent();
    if ($isLinkNode(link)) link.setURL(url);
    return linkText;
  },
};

/**
 * The Markdown a person may type to format as they write. Every node these make is in
 * `shared/editor/nodes.ts` (the server checks documents against that list). Order matters:
 * check items before bullets (`- [ ] `), inline code before the marks (nothing inside code is
 * formatted), longer markers before shorter (`**` before `*`). No highlight: the toolbar has none.
 */
export const MARKDOWN_SHORTCUTS: Transformer[] = [
  HEADING_1_TO_3,
  QUOTE,
  CHECK_LIST,
  UNORDERED_LIST,
  ORDERED_LIST,
  CODE,
  INLINE_CODE,
  BOLD_ITALIC_STAR,
  BOLD_ITALIC_UNDERSCORE,
  BOLD_STAR,
  BOLD_UNDERSCORE,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
  STRIKETHROUGH,
  SAFE_LINK,
];
