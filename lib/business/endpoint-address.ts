import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";

/**
 * Which addresses the desk's server may call for a business's endpoint. An admin types the URL,
 * so without this the server would fetch whatever it is pointed at: cloud metadata services and
 * other link-local addresses are never called; private networks and this machine only when the
 * workspace's connector settings say its shop lives there (a self-hoster's LAN).
 */

const NEVER = new BlockList();
NEVER.addSubnet("169.254.0.0", 16, "ipv4");
NEVER.addSubnet("0.0.0.0", 8, "ipv4");
NEVER.addSubnet("fe80::", 10, "ipv6");
NEVER.addAddress("fd00:ec2::254", "ipv6");
NEVER.addAddress("::", "ipv6");

const PRIVATE = new BlockList();
PRIVATE.addSubnet("10.0.0.0", 8, "ipv4");
PRIVATE.addSubnet("172.16.0.0", 12, "ipv4");
PRIVATE.addSubnet("192.168.0.0", 16, "ipv4");
PRIVATE.addSubnet("127.0.0.0", 8, "ipv4");
PRIVATE.addSubnet("100.64.0.0", 10, "ipv4");
PRIVATE.addAddress("::1", "ipv6");
PRIVATE.addSubnet("fc00::", 7, "ipv6");

/** Why the desk will not call this IP address, or null when it may. */
export function refusedAddress(address: string, allowPrivateNetworks: boolean): string | null {
  const family = isIP(address) === 6 ? "ipv6" : "ipv4";
  if (NEVER.check(address, family)) return "a link-local or cloud-metadata address, which the desk never calls";
  if (!allowPrivateNetworks && PRIVATE.check(address, family)) {
    return "on a private network or this machine; allow private networks in the connector settings if the shop runs there";
  }
  return null;
}

/** Every address the URL's host resolves to must be allowed: a name with one bad address is refused. */
export async function endpointAddressProblem(url: string, allowPrivateNetworks: boolean): Promise<string | null> {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "");
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
  } catch (error) {
    return `${host} could not be resolved (${(error as Error).message})`;
  }
  for (const address of addresses) {
    const refused = refusedAddress(address, allowPrivateNetworks);
    if (refused) return host === address ? `${address} is ${refused}` : `${host} resolves to ${address}, ${refused}`;
  }
  return null;
}
