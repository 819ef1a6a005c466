import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Offers } from './offers.js';

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <Offers />
    </StrictMode>,
  );
