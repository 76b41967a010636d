import { useCallback } from 'react';
import { useNavigate } from 'react-router';

/**
 * "Close" or "Cancel" on a screen one came to from another: back to where one was, or to
 * `fallback` when this screen was the first (opened from a link, or after a reload).
 */
export function useGoBack(fallback: string): () => void {
  const navigate = useNavigate();
  return useCallback(() => {
    const index = (window.history.state as { idx?: number } | null)?.idx ?? 0;
    if (index > 0) void navigate(-1);
    else void navigate(fallback, { replace: true });
  }, [navigate, fallback]);
}
