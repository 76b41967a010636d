import { describe, expect, it } from 'vitest';
import { langAttribute, spaceDescription, spaceName } from './space-text';

const bilingual = {
  name: 'North West Reading Network',
  nameCy: 'Rhwydwaith Darllen y Gogledd Orllewin',
  description: 'Plans',
  descriptionCy: 'Cynlluniau',
};
const englishOnly = { name: 'Leeds Reading Group', nameCy: null, description: 'Minutes', descriptionCy: null };

describe('space text', () => {
  it('uses the Welsh name and description in a Welsh UI when the space has them', () => {
    expect(spaceName(bilingual, 'cy')).toEqual({ text: 'Rhwydwaith Darllen y Gogledd Orllewin', lang: 'cy' });
    expect(spaceDescription(bilingual, 'cy')).toEqual({ text: 'Cynlluniau', lang: 'cy' });
    expect(spaceName(bilingual, 'en').text).toBe('North West Reading Network');
  });

  it('falls back to the English text, marked as English, when there is no Welsh', () => {
    const name = spaceName(englishOnly, 'cy');
    expect(name).toEqual({ text: 'Leeds Reading Group', lang: 'en' });
    expect(langAttribute(name, 'cy')).toBe('en');
    expect(langAttribute(name, 'en')).toBeUndefined();
    expect(spaceDescription({ description: '', descriptionCy: '' }, 'cy').text).toBe('');
  });
});
