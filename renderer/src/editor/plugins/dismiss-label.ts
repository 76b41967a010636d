/**
 * React Aria's modal overlays end with hidden "Dismiss" buttons for screen readers, named from
 * React Aria's own strings, which have no Welsh. Called from the overlay's ref, this names them
 * from our catalogue instead (React leaves the attribute alone afterwards: its prop never changes).
 */
export function nameDismissButtons(overlay: HTMLElement | null, label: string): void {
  overlay
    ?.querySelectorAll<HTMLButtonElement>('button[aria-label][tabindex="-1"]')
    .forEach((button) => button.setAttribute('aria-label', label));
}
