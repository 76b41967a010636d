import { useState } from 'react';
import type { InviteInfo } from '../../../../shared/ipc/contract';
import type { AfterSignIn } from './after-sign-in';
import { InviteArrival } from './InviteArrival';
import { SignInForm } from './SignInForm';

/** Sign-in, or joining by invite instead; each is its own screen with its own heading. */
export function SignInScreen({
  defaultUrl,
  adding,
  sessionEnded,
  serverIdForCode,
  initialInvite,
  onSignedIn,
  onCancel,
}: {
  defaultUrl: string;
  /** Signing in to another server while signed in to one: says so, and can be cancelled. */
  adding: boolean;
  sessionEnded: boolean;
  /** The server a bare invite code is for: the one this screen signs in to, if the device knows it. */
  serverIdForCode: string | null;
  /** An invite checked on the spaces screen for a server this device is not signed in to. */
  initialInvite?: InviteInfo;
  onSignedIn: (serverId: string, then?: AfterSignIn) => void;
  onCancel?: () => void;
}) {
  const [withInvite, setWithInvite] = useState(Boolean(initialInvite));
  if (withInvite) {
    return (
      <InviteArrival
        initialInfo={initialInvite ?? null}
        serverIdForCode={serverIdForCode}
        onSignedIn={onSignedIn}
        onBack={() => setWithInvite(false)}
      />
    );
  }
  return (
    <SignInForm
      defaultUrl={defaultUrl}
      adding={adding}
      sessionEnded={sessionEnded}
      onSignedIn={(serverId) => onSignedIn(serverId)}
      onHaveInvite={() => setWithInvite(true)}
      onCancel={onCancel}
    />
  );
}
