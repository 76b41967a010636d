import { PeopleResponse } from '../../../shared/api/people';
import { ApiRoutes } from '../../../shared/api/schemas';
import { pick, type ApiRequest } from './request';

/** The people one shares a space with (a server admin: everyone with an account). */
export function peopleApi(request: ApiRequest) {
  return {
    listPeople: async (token: string) =>
      pick(await request.json('GET', ApiRoutes.people, PeopleResponse, { token }), 'people'),
  };
}
