import { Alert } from 'design-react-kit';
import { Link } from 'react-router';
import { it } from '../i18n/it';
import { useDocumentTitle } from './use-document-title';

export function NotAuthorized() {
  useDocumentTitle(it.titles.notAuthorized);
  return (
    <>
      <h1>{it.states.notAuthorizedTitle}</h1>
      <Alert color="warning" fade={false} className="my-4">
        {it.states.notAuthorizedText}
      </Alert>
      <Link to="/">{it.states.goHome}</Link>
    </>
  );
}
