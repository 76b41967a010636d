import { z } from 'zod';
import { SpaceId } from '../ids';
import { Role } from '../spaces/permissions';
import { PublicUser } from './schemas';

/**
 * GET /api/people: the people the signed-in person shares at least one space with (a server
 * admin: everyone with an account), each with the spaces they share and their role in each.
 * For quick find and a person's page, kept on the device for offline use.
 */
export const SharedSpace = z.object({ spaceId: SpaceId, role: Role });
export type SharedSpace = z.infer<typeof SharedSpace>;

export const Person = z.object({ user: PublicUser, spaces: z.array(SharedSpace) });
export type Person = z.infer<typeof Person>;

export const PeopleResponse = z.object({ people: z.array(Person) });
export type PeopleResponse = z.infer<typeof PeopleResponse>;
