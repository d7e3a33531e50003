import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOGO_MAX_BYTES } from '../../domain/logo.ts';
import { endpoints } from '../../shared/endpoints/index.ts';
import { ApiError, call } from '../api/client.ts';
import { municipalityKey, uploadLogo } from '../api/municipality.ts';
import { keys } from '../api/queries.ts';
import { TextField } from './text-field.tsx';

/** The first-run form: name, optional logo and first planning year. */
export function SetupForm() {
  const { t } = useTranslation('setup');
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [logo, setLogo] = useState<File>();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);

  const submit = async () => {
    setPending(true);
    setErrors({});
    try {
      await call(endpoints.setUpMunicipality, { body: { name, firstYear: Number(year) } });
      if (logo) {
        try {
          await uploadLogo(logo);
        } catch (e) {
          // The municipality exists now; the logo can be chosen again on the next page.
          setErrors({ logo: (e as Error).message });
        }
      }
      await client.invalidateQueries({ queryKey: municipalityKey });
      await client.invalidateQueries({ queryKey: keys.years });
    } catch (e) {
      const fields = e instanceof ApiError ? e.fieldErrors : {};
      setErrors(Object.keys(fields).length ? fields : { form: (e as Error).message });
    } finally {
      setPending(false);
    }
  };

  return (
    <form
      className="stack"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <TextField
        label={t('form.name')}
        hint={t('form.nameHint')}
        value={name}
        onChange={setName}
        error={errors.name}
        required
        autoComplete="organization"
      />
      <LogoInput file={logo} onChange={setLogo} error={errors.logo} />
      <TextField
        label={t('form.firstYear')}
        hint={t('form.firstYearHint')}
        value={year}
        onChange={setYear}
        error={errors.firstYear}
        inputMode="numeric"
        maxLength={4}
        required
      />
      {errors.form && (
        <p className="field-error" role="alert">
          {errors.form}
        </p>
      )}
      <div>
        <button type="submit" className="button primary" disabled={pending}>
          {pending ? t('form.saving') : t('form.submit')}
        </button>
      </div>
    </form>
  );
}

export function LogoInput(props: {
  file?: File;
  onChange: (file?: File) => void;
  error?: string;
  label?: string;
}) {
  const { t } = useTranslation('setup');
  const id = useId();
  const [tooLarge, setTooLarge] = useState(false);
  const error = tooLarge ? t('form.logoTooLarge') : props.error;
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {props.label ?? t('form.logo')}
      </label>
      <span className="field-hint" id={`${id}-hint`}>
        {t('form.logoHint')}
      </span>
      <input
        id={id}
        type="file"
        accept="image/png,image/svg+xml,.png,.svg"
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          const file = e.target.files?.[0];
          const big = Boolean(file && file.size > LOGO_MAX_BYTES);
          setTooLarge(big);
          props.onChange(big ? undefined : file);
        }}
      />
      {error && (
        <span className="field-error" id={`${id}-error`}>
          <span aria-hidden="true">⚠ </span>
          {error}
        </span>
      )}
    </div>
  );
}
