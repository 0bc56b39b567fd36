import { Component, type ReactNode } from "react";

/**
 * Keeps the page when the chart cannot render (its chunk failed to load, say): shows `fallback`
 * instead of handing the error to the route's error page.
 */
export class ChartBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
