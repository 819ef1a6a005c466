/** Deep links (`url-state`), loaded only by a flower that asks for them (see LazyModuleController). */
export { UrlStateController } from '../../controllers/url-state-controller.js';
