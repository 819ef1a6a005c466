'use client';

import { useEffect, useState } from 'react';

/**
 * The server's markup, as it is (React does not touch what `dangerouslySetInnerHTML` holds), and the element's
 * registration once the page is interactive: the element then takes the drawing over. The page names the offer the
 * reader chose, from `fleur-select`.
 */
export function Flower({ markup }: { readonly markup: string }) {
  const [chosen, setChosen] = useState('');
  useEffect(() => {
    void import('fleur-pleine-sante/fleur-pleine-sante.js');
    const onSelect = (event: Event) => {
      const { item } = (event as CustomEvent<{ item?: { title: string | Record<string, string> } }>).detail;
      const title = item?.title;
      setChosen(typeof title === 'string' ? title : (title?.fr ?? ''));
    };
    document.addEventListener('fleur-select', onSelect);
    return () => document.removeEventListener('fleur-select', onSelect);
  }, []);
  return (
    <>
      <div style={{ width: 664 }} dangerouslySetInnerHTML={{ __html: markup }} />
      <p>
        Offre choisie : <output id="selection">{chosen}</output>
      </p>
    </>
  );
}
