import { Link } from 'react-router-dom';
import type { PlanTree } from '../../shared/schemas/plan-tree.ts';
import { PLAN_STATUS_LABEL } from '../../shared/vocabulary.ts';
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
  return (
    <div className="editor-head">
      <h1>
        {heading} <span className="h-sub">{tree.organisation.name}</span>
      </h1>
      <div className="editor-tools">
        <span className={`status status-${tree.plan.status}`}>{PLAN_STATUS_LABEL[tree.plan.status]}</span>
        <OverallSaveStatus />
        <button type="button" className="button" aria-pressed={preview} onClick={onTogglePreview}>
          Förhandsgranskning
        </button>
        {/* Plain links: the server names the file, and the browser's own download handling applies. */}
        <a className="button" href={`/api/v1/plans/${tree.plan.id}/document.pdf`} download>
          Ladda ner PDF
        </a>
        <a className="button" href={`/api/v1/plans/${tree.plan.id}/document.docx`} download>
          Ladda ner Word
        </a>
        <Link className="button" to={paths.history(tree.plan.year, tree.organisation.id, tree.plan.id)}>
          Historik
        </Link>
      </div>
    </div>
  );
}
