import { ConnectorFailure, type ActionCall, type ActionResult, type BusinessConnector, type ConnectorAction } from "./connector";
import { readConnectorSettings, routeOf } from "./connector-settings";
import { demoStoreActions, type DemoScope } from "./demo-connector";
import { callHttpEndpoint } from "./http-connector";

/**
 * A workspace's connector: each action goes where its connector settings send it (the demo
 * store, the business's endpoint, or nowhere). Settings are read per turn, so a change in the
 * admin pages applies to the next message without a restart.
 */
export function workspaceConnector(scope: DemoScope & { stored: unknown; env?: Record<string, string | undefined> }): BusinessConnector {
  const { settings, problem } = readConnectorSettings(scope.stored);
  const demo = demoStoreActions(scope);
  return {
    kindOf: (action) => routeOf(settings, action).type,
    run<A extends ConnectorAction>(action: A, call: ActionCall<A>): Promise<ActionResult<A>> {
      const route = routeOf(settings, action);
      if (route.type === "demo") return (demo[action] as (call: ActionCall<A>) => Promise<ActionResult<A>>)(call);
      if (route.type === "http") return callHttpEndpoint(action, route, call, scope.env, settings.allowPrivateNetworks);
      const why = problem ? `the connector settings are invalid (${problem})` : "no business system is connected for this action";
      return Promise.reject(new ConnectorFailure(action, "not_configured", why, 0));
    },
  };
}
