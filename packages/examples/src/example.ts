import { fileURLToPath } from 'node:url';
import type { ExampleProject } from './example-project.js';

/** What a test needs to open an example: the folder a web server serves, with which headers, at which page. */
export interface ExampleSite {
  /** Absolute path of the folder served at `/`. */
  readonly root: string;
  /** The page to open, a path under the site (`/index.html`). */
  readonly page: string;
  /** Headers sent with every response (a Content-Security-Policy, for an intranet). */
  readonly headers: Readonly<Record<string, string>>;
  /**
   * An npm CDN the page loads packages from, emulated by the test: a request for
   * `<origin>/<package>@<range>/<path>` is answered with that file of the package installed in the project.
   */
  readonly cdnOrigin?: string;
  /**
   * Whether the page loads the drop-in (`fleur-pleine-sante.js` and its lazy parts beside it); an app bundles the
   * packages instead.
   */
  readonly dropIn?: boolean;
  /**
   * Whether the page comes with the flower drawn in its HTML (a declarative shadow root from `renderFleurHtml`),
   * which the element must take over without redrawing.
   */
  readonly serverRendered?: boolean;
}

/**
 * One example page and how it is built from a project where the packed tarballs are installed. Adding an example
 * (a React app, built with a bundler in `build`) is one more of these.
 */
export interface Example {
  /** Its folder under packages/examples, and its name in test titles. */
  readonly name: string;
  /** What a reader of the example should know about it, for test titles. */
  readonly summary: string;
  /** Assembles the site inside `project` (copy files, run a bundler) and says how to serve it. */
  build(project: ExampleProject): Promise<ExampleSite>;
}

/** The folder of an example's own files (HTML, scripts) in the repository. */
export const exampleSource = (name: string): string => fileURLToPath(new URL(`../${name}/`, import.meta.url));
