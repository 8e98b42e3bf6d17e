import { Container } from 'design-react-kit';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { it } from '../i18n/it';

function RouteErrorContent() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : it.errors.unknown;
  return (
    <>
      <h1>{it.errors.title}</h1>
      <div className="alert alert-danger my-4" role="alert">
        {message}
      </div>
      <Link to="/">{it.states.goHome}</Link>
    </>
  );
}

/** A page that crashed, shown inside the layout. */
export function RouteError() {
  return <RouteErrorContent />;
}

/** The layout itself crashed: still a page, in Italian, with a way back. */
export function RootError() {
  return (
    <main id="main">
      <Container className="py-5">
        <RouteErrorContent />
      </Container>
    </main>
  );
}
