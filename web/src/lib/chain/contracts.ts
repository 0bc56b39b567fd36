import { deployedContract, type ContractName } from "@agora/contracts";
import { useAppConfig } from "../../config/ConfigContext";

/** The deployed contract on the chain the site is on, from the generated module (never a typed address). */
export function useDeployedContract<Name extends ContractName>(name: Name) {
  return deployedContract(useAppConfig().chainId, name);
}

/**
 * The deployed contract on the site's chain (config.chainId), for writes; throws a clear error when
 * the generated module has no deployment there (a misconfigured site).
 */
export function siteContract<Name extends ContractName>(chainId: number, name: Name) {
  const contract = deployedContract(chainId, name);
  if (!contract) throw new Error(`${name} is not deployed on chain ${chainId} (config.json chainId)`);
  return contract;
}
