/** Placeholder while the forum is being built (issue 13); its helper replaces this file. */
export function NotificationsScreen() {
  return null;
}
