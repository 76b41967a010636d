import { useLayoutEffect, useState } from 'react';
import { toolsThatFit } from './tools';

/**
 * How many of `total` tools fit in one row of the toolbar element, kept up to date as it is
 * resized. Tools are all one width (CSS), so the first one's width stands for every one.
 */
export function useToolbarFit(total: number): { setToolbar: (element: HTMLElement | null) => void; count: number } {
  const [toolbar, setToolbar] = useState<HTMLElement | null>(null);
  const [count, setCount] = useState(total);
  useLayoutEffect(() => {
    if (!toolbar) return;
    const measure = () => {
      const tool = toolbar.querySelector('.tool');
      if (!tool) return;
      const style = getComputedStyle(toolbar);
      const available = toolbar.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const gap = parseFloat(style.columnGap) || 0;
      setCount(toolsThatFit(available, tool.getBoundingClientRect().width, gap, total));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(toolbar);
    return () => observer.disconnect();
  }, [toolbar, total]);
  return { setToolbar, count };
}
