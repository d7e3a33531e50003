import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { paths } from '../lib/paths.ts';

/** One box in the header that searches goals, indicators, activities and plan text of the year. */
export function SearchBox({ year }: { year: number }) {
  const { t } = useTranslation('search');
  const id = useId();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  useEffect(() => setQ(params.get('q') ?? ''), [params]);
  return (
    <search>
      <form
        className="search-box"
        onSubmit={(e) => {
          e.preventDefault();
          if (q.trim()) navigate(paths.search(year, q.trim()));
        }}
      >
        <label htmlFor={`${id}-q`} className="visually-hidden">
          {t('label', { year })}
        </label>
        <input
          id={`${id}-q`}
          type="search"
          value={q}
          maxLength={200}
          placeholder={t('placeholder')}
          onChange={(e) => setQ(e.target.value)}
        />
        <button type="submit" className="button">
          {t('submit')}
        </button>
      </form>
    </search>
  );
}
