export { FleurPleineSante, type FleurPleineSanteEvents, type FleurPleineSanteProps } from './fleur-pleine-sante.js';
export type {
  FleurErrorDetail,
  FleurErrorEvent,
  FleurFilterDetail,
  FleurFilterEvent,
  FleurPleineSante as FleurPleineSanteElement,
  FleurSelectDetail,
  FleurSelectEvent,
  FleurZoomDetail,
  FleurZoomEvent,
} from 'fleur-pleine-sante';
