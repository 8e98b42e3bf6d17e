import { Link } from 'react-router';
import { useDocumentTitle } from '../components/use-document-title';
import { it } from '../i18n/it';

export function NotFoundPage() {
  useDocumentTitle(it.titles.notFound);
  return (
    <>
      <h1>{it.notFound.title}</h1>
      <p className="lead">{it.notFound.text}</p>
      <Link to="/" className="btn btn-primary">
        {it.states.goHome}
      </Link>
    </>
  );
}
