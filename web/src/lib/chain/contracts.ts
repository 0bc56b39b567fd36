import { deployedContract, type ContractName } from "@agora/contracts";
import { useChainId } from "wagmi";

/** The deployed contract on the app's chain, from the generated module (never a typed address). */
export function useDeployedContract<Name extends ContractName>(name: Name) {
  return deployedContract(useChainId(), name);
}
