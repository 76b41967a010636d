import { describe, expect, it } from 'vitest';
import { PROFILE_COLOURS } from '../../../shared/api/schemas';
import { en } from '../i18n/en';
import { asProfileColour, colourName } from './profile-colours';

describe('profile colours', () => {
  it('each have a name in the catalogue', () => {
    for (const colour of PROFILE_COLOURS) expect(en[colourName(colour)]).toBeTruthy();
  });

  it('are recognised whatever the letter case, and others are not', () => {
    expect(asProfileColour('#1D6FA5')).toBe('#1d6fa5');
    expect(asProfileColour('#123456')).toBeUndefined();
  });
});
