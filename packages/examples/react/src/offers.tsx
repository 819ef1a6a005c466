import { FleurPleineSante } from 'fleur-pleine-sante-react';
import { useState } from 'react';
// A JSON import needs no cast: the element validates the catalogue when it receives it.
import catalogue from './catalogue.json';

/** The flower of offers, and the one a reader chose, named under it. */
export function Offers() {
  const [selected, setSelected] = useState<string | undefined>();
  const chosen = catalogue.items.find((item) => item.id === selected);
  return (
    <main>
      <h1>Offers acting on health</h1>
      <FleurPleineSante
        catalogue={catalogue}
        lang="en"
        selected={selected}
        onFleurSelect={(event) => setSelected(event.detail.id ?? undefined)}
      />
      <p>
        Chosen offer: <output id="selection">{chosen ? chosen.title.en : 'none'}</output>
      </p>
    </main>
  );
}
