// Loaded first by the strict-CSP test pages: records every Content-Security-Policy violation of that page, and
// every error or rejection nobody caught (an export that fails must fail politely).
const violations: string[] = [];
const uncaught: string[] = [];
(window as unknown as { __cspViolations: string[]; __uncaught: string[] }).__cspViolations = violations;
(window as unknown as { __uncaught: string[] }).__uncaught = uncaught;
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
});
window.addEventListener('error', (event) => uncaught.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => uncaught.push(String(event.reason)));
// Every fleur-error of the page, as `code source` (composed events reach the document).
const fleurErrors: string[] = [];
(window as unknown as { __fleurErrors: string[] }).__fleurErrors = fleurErrors;
document.addEventListener('fleur-error', (event) => {
  const detail = (event as CustomEvent<{ issues: readonly { code: string }[]; source: string }>).detail;
  fleurErrors.push(`${detail.issues.map((issue) => issue.code).join(',')} ${detail.source}`);
});
