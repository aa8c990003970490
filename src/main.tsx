import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { createAppRouter } from './app/router';
import { queryClient } from './app/query-client';
import { i18n } from './app/i18n';
import './styles.css';

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <I18nextProvider i18n={i18n}>
          <RouterProvider router={createAppRouter()} />
        </I18nextProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}
