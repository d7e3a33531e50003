import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { PlanTree } from '../../shared/schemas/plan-tree.ts';

import { paths } from '../lib/paths.ts';
import { OverallSaveStatus } from './save-status.tsx';

interface Props {
  tree: PlanTree;
  heading: string;
  preview: boolean;
  onTogglePreview: () => void;
}

/** Title, status, the overall save state, the preview toggle and the document downloads; sticks to the top while writing. */
export function EditorHeader({ tree, heading, preview, onTogglePreview }: Props) {
  const { t } = useTranslation(['plan', 'vocabulary']);
  return (
    <div className="editor-head">
      <h1>
        {heading} <span className="h-sub">{tree.organisation.name}</span>
      </h1>
      <div className="editor-tools">
        <span className={`status status-${tree.plan.status}`}>
          {t(`vocabulary:planStatus.${tree.plan.status}`)}
        </span>
        <OverallSaveStatus />
        <button type="button" className="button" aria-pressed={preview} onClick={onTogglePreview}>
          {t('editor.preview')}
        </button>
        {/* Plain links: the server names the file, and the browser's own download handling applies. */}
        <a className="button" href={`/api/v1/plans/${tree.plan.id}/document.pdf`} download>
          {t('editor.downloadPdf')}
        </a>
        <a className="button" href={`/api/v1/plans/${tree.plan.id}/document.docx`} download>
          {t('editor.downloadWord')}
        </a>
        <Link className="button" to={paths.history(tree.plan.year, tree.organisation.id, tree.plan.id)}>
          {t('editor.history')}
        </Link>
      </div>
    </div>
  );
}
