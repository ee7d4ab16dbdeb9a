// A new passphrase with its confirmation and a strength hint, for creating a vault, recovering
// one and changing the passphrase. `newPassphraseProblem` gives the reason it cannot be used.
import type { JSX } from 'preact';
import { Field } from '../src/ui/components/Field';
import { t, type MessageKey } from '../src/ui/i18n';
import { passphraseStrength, type Strength } from '../src/ui/passphrase';
import { MIN_PASSPHRASE_LENGTH } from '../src/vault/limits';

const STRENGTH_LABELS: Record<Strength, MessageKey> = {
  weak: 'strength_weak',
  fair: 'strength_fair',
  good: 'strength_good',
  strong: 'strength_strong',
};

/** Returns the translated reason the pair cannot be used, or null when it can. */
export function newPassphraseProblem(passphrase: string, confirmation: string): string | null {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) return t('passphrase_tooShort', MIN_PASSPHRASE_LENGTH);
  if (passphrase !== confirmation) return t('passphrase_mismatch');
  return null;
}

interface NewPassphraseFieldsProps {
  idPrefix: string;
  /** The confirmation input's id; defaults to `<idPrefix>-confirm`. */
  confirmId?: string;
  passphrase: string;
  confirmation: string;
  disabled: boolean;
  onPassphrase: (value: string) => void;
  onConfirmation: (value: string) => void;
}

export function NewPassphraseFields(props: NewPassphraseFieldsProps): JSX.Element {
  const strength = passphraseStrength(props.passphrase);
  const confirmId = props.confirmId ?? `${props.idPrefix}-confirm`;
  return (
    <>
      <div class="field">
        <label for={props.idPrefix}>{t('passphrase_new')}</label>
        <input
          id={props.idPrefix}
          type="password"
          autocomplete="new-password"
          value={props.passphrase}
          disabled={props.disabled}
          aria-describedby={`${props.idPrefix}-strength`}
          onInput={(event) => props.onPassphrase(event.currentTarget.value)}
        />
        <p class="hint" id={`${props.idPrefix}-strength`} data-strength={props.passphrase ? strength : undefined}>
          {t('passphrase_rules', MIN_PASSPHRASE_LENGTH)}{' '}
          {props.passphrase && t('passphrase_strength', t(STRENGTH_LABELS[strength]))}
        </p>
      </div>
      <Field
        id={confirmId}
        label={t('passphrase_confirm')}
        type="password"
        autocomplete="new-password"
        value={props.confirmation}
        disabled={props.disabled}
        onValue={props.onConfirmation}
      />
    </>
  );
}
