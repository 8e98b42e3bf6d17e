import 'bootstrap-italia/dist/css/bootstrap-italia.min.css';
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { GraphqlProvider } from './app/graphql-client';
import { router } from './app/router';
import { AuthProvider } from './features/auth/auth-provider';

const container = document.getElementById('root');
if (!container) throw new Error('#root non trovato in index.html');

createRoot(container).render(
  <StrictMode>
    <GraphqlProvider>
      <AuthProvider>
        <RouterProvider router={router} />
      </AuthProvider>
    </GraphqlProvider>
  </StrictMode>,
);
