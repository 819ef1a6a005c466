// Loaded first by the strict-CSP test page: records every Content-Security-Policy violation of that page.
const violations: string[] = [];
(window as unknown as { __cspViolations: string[] }).__cspViolations = violations;
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
});
