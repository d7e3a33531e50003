/** Hash of everything the web bundle is built from (src/web, src/shared, src/domain, package-lock.json). */
export function computeWebStamp(root?: string): string;
/** Whether dist/web was built from exactly the current sources. */
export function isWebBuildCurrent(stamp?: string): boolean;
/** Builds dist/web (only when the sources changed, with ifChanged); resolves true when it built. */
export function buildWeb(options?: { ifChanged?: boolean }): Promise<boolean>;
