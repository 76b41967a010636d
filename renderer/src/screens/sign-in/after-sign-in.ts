/** What the app does once someone has signed in from an invite: open the space they joined, or join it first. */
export type AfterSignIn = { openSpaceId: string } | { acceptCode: string };
