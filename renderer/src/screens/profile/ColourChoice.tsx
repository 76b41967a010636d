import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PROFILE_COLOURS } from '../../../../shared/api/schemas';
import { colourName } from '../../people/profile-colours';

type ProfileColour = (typeof PROFILE_COLOURS)[number];

/** The palette as radio buttons: each a visible swatch with its name, arrow keys move between them. */
export function ColourChoice({ value, onChange }: { value: string; onChange: (colour: ProfileColour) => void }) {
  const { t } = useTranslation();
  const name = useId();
  const hintId = useId();
  return (
    <fieldset className="colour-choice" aria-describedby={hintId}>
      <legend>{t('profile.colour')}</legend>
      <p id={hintId} className="field-hint">
        {t('profile.colourHint')}
      </p>
      <div className="colour-options">
        {PROFILE_COLOURS.map((colour) => (
          <label key={colour} className="colour-option">
            <input
              type="radio"
              name={name}
              value={colour}
              checked={value.toLowerCase() === colour}
              onChange={() => onChange(colour)}
            />
            <span className="swatch" style={{ backgroundColor: colour }} aria-hidden="true" />
            <span>{t(colourName(colour))}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
