import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../hooks/use-document-title.ts';

export function NotFoundPage() {
  useDocumentTitle('Sidan finns inte');
  return (
    <div className="page">
      <h1>Sidan finns inte</h1>
      <p>Adressen kan vara felskriven, eller så har sidan flyttats.</p>
      <p>
        <Link to="/">Gå till startsidan</Link>
      </p>
    </div>
  );
}
