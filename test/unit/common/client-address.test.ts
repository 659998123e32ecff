import { describe, expect, it } from "vitest";
import { clientAddress } from "../../../src/common/http/client-address";

const request = (remoteAddress: string, forwardedFor?: string | string[]) => ({
  socket: { remoteAddress },
  headers: forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor },
});

describe("the address a limit counts by", () => {
  it("is the connection's own address when no proxy of this machine stands in front", () => {
    expect(clientAddress(request("203.0.113.7", "198.51.100.1"))).toBe("203.0.113.7");
  });

  it("behind the local proxy, is the address the proxy appended, never what the client wrote before it", () => {
    expect(clientAddress(request("127.0.0.1", "10.0.0.9, 198.51.100.23"))).toBe("198.51.100.23");
    expect(clientAddress(request("::ffff:127.0.0.1", ["10.0.0.9", "198.51.100.24"]))).toBe("198.51.100.24");
    expect(clientAddress(request("::1", "198.51.100.25"))).toBe("198.51.100.25");
  });

  it("from loopback without a proxy's header, is loopback", () => {
    expect(clientAddress(request("127.0.0.1"))).toBe("127.0.0.1");
  });
});
