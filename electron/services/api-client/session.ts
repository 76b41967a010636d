import { ApiRoutes, LoginResponse, MeResponse, type ProfileUpdate } from '../../../shared/api/schemas';
import { SignupResponse, type SignupRequest } from '../../../shared/api/spaces';
import type { ApiRequest } from './request';

/** Signing in and out, one's own account, and signing up with an invite. */
export function sessionApi(request: ApiRequest) {
  return {
    login: (email: string, password: string) =>
      request.json('POST', ApiRoutes.session, LoginResponse, { body: { email, password } }),
    logout: (token: string) => request.empty('DELETE', ApiRoutes.session, { token }),
    me: (token: string) => request.json('GET', ApiRoutes.me, MeResponse, { token }),
    updateMe: (token: string, changes: ProfileUpdate) =>
      request.json('PATCH', ApiRoutes.me, MeResponse, { token, body: changes }),
    /** No session: the invite code is the credential. */
    signUp: (code: string, body: SignupRequest) =>
      request.json('POST', ApiRoutes.signup(code), SignupResponse, { body }),
  };
}
