import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InviteInfo } from '../../../../shared/ipc/contract';
import { inviteLink } from '../../../../shared/spaces/invite-link';
import { useWindowTitle } from '../../app/navigation/useWindowTitle';
import { useScreenHeading } from '../../app/useScreenHeading';
import { InviteCheckForm } from '../invites/InviteCheckForm';
import { InvitePreviewCard } from '../invites/InvitePreviewCard';
import type { AfterSignIn } from './after-sign-in';
import { SignInToJoin } from './SignInToJoin';
import { SignUpToJoin } from './SignUpToJoin';

/**
 * "Have an invite?": paste it, see where it leads, then make an account there with it, or
 * sign in with an account one already has.
 */
export function InviteArrival({
  initialInfo,
  initialLink = '',
  initialError = null,
  serverIdForCode,
  onSignedIn,
  onBack,
}: {
  initialInfo: InviteInfo | null;
  /** A link that arrived with the address (already checked: `initialInfo`, or `initialError` saying why not). */
  initialLink?: string;
  initialError?: string | null;
  serverIdForCode: string | null;
  onSignedIn: (serverId: string, then: AfterSignIn) => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const heading = useScreenHeading<HTMLHeadingElement>();
  useWindowTitle(t('inviteArrival.title'));
  const [info, setInfo] = useState(initialInfo);
  const [hasAccount, setHasAccount] = useState(false);
  const formTop = useRef<HTMLDivElement>(null);

  // Switching between "new account" and "I have one" replaces the form; its first field is where to carry on.
  const switchTo = (existing: boolean) => {
    setHasAccount(existing);
    requestAnimationFrame(() => formTop.current?.querySelector('input')?.focus());
  };

  return (
    <section className="screen narrow" aria-labelledby="invite-arrival-title">
      <h1 id="invite-arrival-title" ref={heading} tabIndex={-1}>
        {t('inviteArrival.title')}
      </h1>
      <p>{t('inviteArrival.intro')}</p>
      <InviteCheckForm
        serverIdForCode={serverIdForCode}
        initial={initialInfo ? inviteLink(initialInfo.serverUrl, initialInfo.code) : initialLink}
        onChecked={setInfo}
      />
      {!info && initialError && (
        <p role="alert" className="form-error">
          {initialError}
        </p>
      )}
      {info && (
        <>
          <InvitePreviewCard info={info} headingLevel={2} />
          <div ref={formTop}>
            {hasAccount ? (
              <SignInToJoin info={info} onSignedIn={onSignedIn} onNeedAccount={() => switchTo(false)} />
            ) : (
              <SignUpToJoin info={info} onSignedIn={onSignedIn} onHaveAccount={() => switchTo(true)} />
            )}
          </div>
        </>
      )}
      <p className="alternative">
        <button type="button" className="quiet" onClick={onBack}>
          {t('inviteArrival.back')}
        </button>
      </p>
    </section>
  );
}
