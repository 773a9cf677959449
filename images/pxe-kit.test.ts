import { expect, test } from "bun:test";
import { renderGrubCfg } from "./iso.ts";
import { renderDnsmasqDhcp, renderDnsmasqProxy, renderIpxeScript } from "./pxe-kit.ts";

test("boot.ipxe over HTTP with baked-in lama args (golden)", () => {
  expect(renderIpxeScript({ httpBase: "http://198.18.0.1:8080/", lamaArgs: ["lama.role=web", "lama.attr=rack=a7"] })).toMatchSnapshot();
});

test("boot.ipxe without an HTTP base fetches relative to itself", () => {
  const s = renderIpxeScript({ httpBase: "", lamaArgs: [] });
  expect(s).toContain("kernel vmlinuz initrd=initramfs.img console=tty0 console=ttyS0,115200n8");
  expect(s).toContain("initrd initramfs.img ||");
  expect(s.startsWith("#!ipxe\n")).toBe(true);
});

test("dnsmasq full DHCP configuration (golden)", () => {
  expect(renderDnsmasqDhcp({ interface: "br0", tftpRoot: "/srv/lama/tftp", range: "198.18.0.100,198.18.0.199,255.255.255.0,1h", router: "198.18.0.1" })).toMatchSnapshot();
});

test("dnsmasq proxy-DHCP configuration hands out no addresses (golden)", () => {
  const c = renderDnsmasqProxy({ interface: "eth1", tftpRoot: "/srv/lama/tftp", range: "198.18.0.0" });
  expect(c).toContain("dhcp-range=198.18.0.0,proxy");
  expect(c).not.toContain("option:router");
  expect(c).toMatchSnapshot();
});

test("grub.cfg boots the same kernel line, and a rescue-only entry", () => {
  const g = renderGrubCfg(["lama.role=web"]);
  expect(g).toContain("linux /boot/vmlinuz console=tty0 console=ttyS0,115200n8 quiet loglevel=3 panic=10 lama.role=web\n");
  expect(g).toContain("lama.role=web lama.agent=off");
  expect(g).toMatchSnapshot();
});
