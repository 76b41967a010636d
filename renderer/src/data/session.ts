import { useMutation } from '@tanstack/react-query';
import { attempt, host } from './host';
import { useServers } from './servers';

type SignIn = { url: string; email: string; password: string };
type SignUp = { url: string; code: string; email: string; name: string; password: string };

/** Signs in on a server (adding it to the device if new); the device's servers follow. */
export function useSignIn() {
  const { apply } = useServers();
  return useMutation({
    mutationFn: (input: SignIn) => attempt(() => host().servers.signIn(input)),
    onSuccess: async (result) => result.ok && apply(await host().servers.list()),
  });
}

/** Makes an account with an invite, joins its space and signs in there. */
export function useSignUp() {
  const { apply } = useServers();
  return useMutation({
    mutationFn: (input: SignUp) => attempt(() => host().servers.signUp(input)),
    onSuccess: async (result) => result.ok && apply(await host().servers.list()),
  });
}
