import type { ReactNode } from 'react';

export const metadata = { title: 'Nos offres et les facteurs de santé', icons: '/favicon.svg' };

export default function RootLayout({ children }: { readonly children: ReactNode }) {
  return (
    <html lang="fr">
      <body>{children}</body>
    </html>
  );
}
