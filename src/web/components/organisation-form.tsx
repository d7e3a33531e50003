import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ORG_KINDS, type OrgKind } from '../../domain/vocabulary.ts';
import { endpoints } from '../../shared/endpoints/index.ts';
import { ApiError, call } from '../api/client.ts';
import type { Organisation } from '../lib/org-tree.ts';
import { TextField } from './text-field.tsx';

/** Which parent kinds each kind may hang under (the server checks the same rule). */
const PARENT_KINDS: Record<OrgKind, OrgKind[]> = {
  city: [],
  board: ['city'],
  department: ['board', 'department'],
  unit: ['board', 'department'],
  team: ['unit'],
};

interface Props {
  year: number;
  orgs: Organisation[];
  /** Editing an existing organisation; without it the form adds one. */
  current?: Organisation;
  onDone: (message: string) => void;
  onCancel?: () => void;
}

export function OrganisationForm({ year, orgs, current, onDone, onCancel }: Props) {
  const { t } = useTranslation('register');
  const id = useId();
  const [kind, setKind] = useState<OrgKind>(current?.kind ?? 'unit');
  const [name, setName] = useState(current?.name ?? '');
  const [parentId, setParentId] = useState(current?.parentId ?? '');
  const [code, setCode] = useState(current?.externalId ?? '');
  const [validFrom, setValidFrom] = useState(current?.validFrom ?? `${year}-01-01`);
  const [validTo, setValidTo] = useState(current?.validTo ?? '');
  const [movedOn, setMovedOn] = useState(`${year}-01-01`);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);
  const parents = orgs.filter((o) => PARENT_KINDS[kind].includes(o.kind) && o.id !== current?.id);
  const moving = current && parentId !== (current.parentId ?? '');

  const save = async () => {
    setPending(true);
    setErrors({});
    const values = {
      kind,
      name,
      parentId: parentId || null,
      externalId: code.trim() || null,
      validFrom,
      validTo: validTo || null,
    };
    try {
      if (current) {
        await call(endpoints.updateOrganisation, {
          params: { id: current.id },
          body: { ...values, version: current.version, ...(moving ? { movedOn } : {}) },
        });
        onDone(t('form.saved', { name }));
      } else {
        await call(endpoints.createOrganisation, { body: values });
        setName('');
        setCode('');
        onDone(t('form.added', { name }));
      }
    } catch (e) {
      const fields = e instanceof ApiError ? e.fieldErrors : {};
      setErrors({ ...fields, ...(Object.keys(fields).length ? {} : { form: (e as Error).message }) });
    } finally {
      setPending(false);
    }
  };

  return (
    <form
      className="org-form"
      aria-labelledby={`${id}-h`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2 id={`${id}-h`}>{current ? t('form.editHeading', { name: current.name }) : t('form.addHeading')}</h2>
      <div className="org-form-grid">
        <div className="field">
          <label className="field-label" htmlFor={`${id}-kind`}>
            {t('form.kind')}
          </label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as OrgKind)}>
            {ORG_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <TextField label={t('form.name')} value={name} onChange={setName} error={errors.name} required />
        {kind !== 'city' && (
          <div className="field">
            <label className="field-label" htmlFor={`${id}-parent`}>
              {t('form.parent')}
            </label>
            <select
              id={`${id}-parent`}
              value={parentId}
              onChange={(e) => setParentId(e.target.value)}
              aria-invalid={errors.parentId ? true : undefined}
              aria-describedby={errors.parentId ? `${id}-parent-error` : undefined}
            >
              <option value="">–</option>
              {parents.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
            {errors.parentId && (
              <span className="field-error" id={`${id}-parent-error`}>
                {errors.parentId}
              </span>
            )}
          </div>
        )}
        <TextField
          label={t('form.code')}
          hint={t('form.codeHint')}
          value={code}
          onChange={setCode}
          error={errors.externalId}
        />
        <TextField
          type="date"
          label={t('form.validFrom')}
          value={validFrom}
          onChange={setValidFrom}
          error={errors.validFrom}
        />
        {current && (
          <TextField
            type="date"
            label={t('form.validTo')}
            hint={t('form.validToHint')}
            value={validTo}
            onChange={setValidTo}
            error={errors.validTo}
          />
        )}
        {moving && (
          <TextField
            type="date"
            label={t('form.movedOn')}
            hint={t('form.movedOnHint')}
            value={movedOn}
            onChange={setMovedOn}
            error={errors.movedOn}
          />
        )}
      </div>
      {errors.form && (
        <p className="field-error" role="alert">
          {errors.form}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button primary" disabled={pending}>
          {current ? t('form.save') : t('form.add')}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('form.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
