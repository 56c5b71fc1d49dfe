export function build(): void;
export function hasBuild(): boolean;
export function startServer(options?: { dir?: string }): Promise<{ baseURL: string; stop: () => Promise<unknown> }>;
