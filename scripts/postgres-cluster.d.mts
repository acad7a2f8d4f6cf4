/** The newest installed PostgreSQL's bin folder, or undefined when there is none. */
export function postgresBinDir(): string | undefined;
/** Starts a throwaway cluster: its superuser URL, and `stop`, which stops it and deletes its folder. */
export function startPostgresCluster(): Promise<{ readonly url: string; stop(): void }>;
