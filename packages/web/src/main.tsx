import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@fontsource/noto-sans-khmer/400.css';
import '@fontsource/noto-sans-khmer/500.css';
import '@fontsource/noto-sans-khmer/600.css';
import '@fontsource/noto-sans-khmer/700.css';
import './app/styles.css';
import './lib/i18n';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppRouter } from './app/router';
import { theme } from './app/theme';
import { forgetSession, meQueryKey } from './features/auth/session';
import { onApiError } from './lib/api';
import { createQueryClient } from './lib/queryClient';

const queryClient = createQueryClient();
const router = createAppRouter(queryClient);

// A session can end while the app is open (idle on the server, deactivated, signed out in
// another tab): the next refused call returns everyone to sign-in. A person who must still
// change their password or set up two-factor is sent there.
onApiError((error, path) => {
  if (path.startsWith('/auth/') || path === '/me') return;
  if (error.code === 'auth.unauthenticated') forgetSession(queryClient, 'expired');
  else if (error.code === 'auth.password_change_required' || error.code === 'auth.two_factor_required') {
    void queryClient.invalidateQueries({ queryKey: meQueryKey });
  }
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Notifications position="top-center" limit={3} />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
