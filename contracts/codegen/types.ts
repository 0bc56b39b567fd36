import type { Address } from "viem";

export interface DeployedContract {
  readonly address: Address;
  readonly deployedOnBlock: number;
}

/** Per chain id, the contracts deployed there; a chain need not deploy every contract. */
export type Deployments<Name extends string> = Readonly<
  Record<number, Readonly<Partial<Record<Name, DeployedContract>>>>
>;
