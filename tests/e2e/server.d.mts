export function build(): void;
export function hasBuild(): boolean;
export function startServer(): Promise<{ baseURL: string; stop: () => Promise<unknown> }>;
