import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import type { AppLinkValue } from '../../../shared/ipc/contract';
import { paths } from '../app/paths';
import { host } from '../data/host';
import { linkText } from './resolve-link';

/**
 * A link that opened the desktop app (`branchline://open?link=…`) is followed like a pasted
 * one: now, if the window is listening, or once at start, if it came before the window did.
 */
export function useFollowAppLinks(): void {
  const navigate = useNavigate();
  useEffect(() => {
    const api = host();
    let live = true;
    const follow = (link: AppLinkValue) => void navigate(paths.open(linkText(link)));
    const stop = api.on('app:open-link', ({ link }) => follow(link));
    void api.links.takePending().then((pending) => live && pending && follow(pending.link));
    return () => {
      live = false;
      stop();
    };
  }, [navigate]);
}
