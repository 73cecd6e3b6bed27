/** Bundles one TypeScript entry of this repository into a single ES module; returns its path. */
export function bundle(entry: string, outDir?: string): Promise<string>
