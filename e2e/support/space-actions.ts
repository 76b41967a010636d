import { expect, type Page } from '@playwright/test';
import type { Account, Person } from './library-network';
import { spaceSections } from './person-actions';

/** What people do with spaces, people and invites; labels live here, so specs read as the flow. */

export type RoleLabel = 'Admin' | 'Moderator' | 'Member' | 'Observer';

/** On the spaces list, as a server admin: makes a space, with a Welsh name where given. */
export async function createSpace(page: Page, name: string, nameCy?: string): Promise<void> {
  await page.getByRole('button', { name: 'New space' }).click();
  await page.getByLabel('Name', { exact: true }).fill(name);
  if (nameCy) await page.getByLabel('Welsh name').fill(nameCy);
  await page.getByRole('button', { name: 'Create space' }).click();
  await expect(page.getByRole('main').getByRole('link', { name, exact: true })).toBeVisible();
}

/** In an open space, goes to one of its sections (links above its screen). */
export async function openSpaceTab(page: Page, tab: 'Documents' | 'People' | 'Invites' | 'Details'): Promise<void> {
  const link = spaceSections(page).getByRole('link', { name: tab, exact: true });
  await link.click();
  await expect(link).toHaveAttribute('aria-current', 'page');
}

/** In an open space, as its admin: makes an invite with a role; returns the link, which is shown once. */
export async function createInvite(page: Page, role: RoleLabel): Promise<string> {
  await openSpaceTab(page, 'Invites');
  await page.getByLabel('Role for the invite').selectOption({ label: role });
  await page.getByRole('button', { name: 'Create invite' }).click();
  const link = page.getByLabel('Invite link');
  await expect(link).toHaveValue(/\/join\//);
  return link.inputValue();
}

/**
 * The link as it reaches someone else. Each person's device reaches the one server through
 * their own network (a proxy of their own), so the server's address differs per person here,
 * where in real use it is the same for everyone.
 */
export function linkAsReachedBy(link: string, person: Person): string {
  const url = new URL(link);
  const own = new URL(person.network.url);
  url.host = own.host;
  return url.toString();
}

/** From the sign-in screen: "Have an invite?", paste the link, and see what it leads to. */
export async function checkInviteBeforeSignIn(page: Page, link: string): Promise<void> {
  await page.getByRole('button', { name: 'Have an invite?' }).click();
  await page.getByLabel('Invite link or code').fill(link);
  await page.getByRole('button', { name: 'Check invite' }).click();
  await expect(page.getByRole('heading', { name: 'You’re invited' })).toBeFocused();
}

/** After checking an invite, with no account yet: makes one with it and joins its space. */
export async function createAccountAndJoin(page: Page, account: Account): Promise<void> {
  await page.getByLabel('Your name').fill(account.name);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Choose a password').fill(account.password);
  await page.getByRole('button', { name: 'Create account and join' }).click();
}

/** On an open space, as its admin: removes someone, confirming in the dialog. */
export async function removeFromSpace(page: Page, name: string): Promise<void> {
  await openSpaceTab(page, 'People');
  await page.getByRole('button', { name: `Remove ${name} from the space` }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: `Removed ${name} from the space.` })).toBeAttached();
}
