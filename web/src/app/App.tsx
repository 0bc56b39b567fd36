import { ConnectButton } from "@rainbow-me/rainbowkit";
import { ContractStatus } from "../features/status/ContractStatus";

export function App() {
  return (
    <main>
      <header>
        <h1>Agora</h1>
        <ConnectButton />
      </header>
      <p>A marketplace with no middleman: escrowed payments, IPFS listings, reputation from real purchases.</p>
      <ContractStatus />
    </main>
  );
}
