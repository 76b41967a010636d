import { PROFILE_COLOURS } from '../../../shared/api/schemas';
import type { MessageKey } from '../i18n/en';

type ProfileColour = (typeof PROFILE_COLOURS)[number];

/** The name people read for each colour of the palette, so a colour is never told by sight alone. */
const COLOUR_NAMES: Record<ProfileColour, MessageKey> = {
  '#1d6fa5': 'colours.blue',
  '#a23b72': 'colours.plum',
  '#2e7d32': 'colours.green',
  '#b35c00': 'colours.orange',
  '#6a4c93': 'colours.purple',
  '#00796b': 'colours.teal',
  '#c62828': 'colours.red',
  '#4e5d6c': 'colours.slate',
};

export function colourName(colour: ProfileColour): MessageKey {
  return COLOUR_NAMES[colour];
}

/** The palette's colour that `value` is (whatever its letter case), or undefined for one outside it. */
export function asProfileColour(value: string): ProfileColour | undefined {
  return PROFILE_COLOURS.find((colour) => colour === value.toLowerCase());
}
