import type { DeploymentFile } from "@agora/contracts/deployments";

/**
 * The local stack is a list of services. A service is one small entry: `start` launches it (or
 * runs a one-off step such as a deploy) and resolves once it is ready; the handle stops it.
 */
export interface StackPorts {
  anvil: number;
  ipfs: number;
  graphHttp: number;
  graphAdmin: number;
  graphIndex: number;
  graphMetrics: number;
  postgres: number;
  web: number;
}

export interface StackContext {
  /** Repository root. */
  readonly root: string;
  /** The one folder holding all local state (`.devnet/` for `npm start`, a temp dir in tests). */
  readonly stateDir: string;
  /** Where each service's log file goes. */
  readonly logDir: string;
  readonly ports: StackPorts;
  /** Echo service output to the terminal. */
  readonly echo: boolean;
  /** Filled in as services come up (e.g. `rpc`, `ipfs`, `graphql`, `web`), read by later ones. */
  readonly urls: Record<string, string>;
  /** The local chain's contracts, set by the deploy service for the services after it. */
  deployment?: DeploymentFile;
}

export interface ServiceHandle {
  stop(): Promise<void>;
}

export interface Service {
  readonly name: string;
  start(ctx: StackContext): Promise<ServiceHandle | void>;
}

export interface RunningStack {
  readonly ctx: StackContext;
  /** Stops every started service, last started first. */
  stop(): Promise<void>;
}

/** Starts services in order; if one fails, stops those already running and rethrows. */
export async function startStack(services: readonly Service[], ctx: StackContext): Promise<RunningStack> {
  const running: { name: string; handle: ServiceHandle }[] = [];
  const stop = async () => {
    for (const { name, handle } of running.reverse()) {
      await handle.stop().catch((error: unknown) => console.error(`stopping ${name} failed:`, error));
    }
    running.length = 0;
  };
  try {
    for (const service of services) {
      const handle = await service.start(ctx);
      if (handle) running.push({ name: service.name, handle });
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { ctx, stop };
}
