/** A round badge of initials on a person's or server's colour; decorative, since a name always sits beside it. */
export function Avatar({
  initials,
  colour,
  size = 'normal',
}: {
  initials: string;
  colour: string;
  size?: 'normal' | 'large';
}) {
  return (
    <span
      className={size === 'large' ? 'avatar avatar-large' : 'avatar'}
      style={{ backgroundColor: colour }}
      aria-hidden="true"
    >
      {initials}
    </span>
  );
}
