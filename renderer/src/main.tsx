import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <main>
        <h1>Aurora teleQ</h1>
      </main>
    </StrictMode>,
  );
}
