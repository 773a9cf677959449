import { expect, test } from "bun:test";
import { moduleName, parseBuiltin, parseModulesDep, selectModules } from "./modules.ts";

const DEP = `kernel/drivers/net/virtio_net.ko: kernel/drivers/net/net_failover.ko kernel/net/core/failover.ko
kernel/drivers/net/net_failover.ko: kernel/net/core/failover.ko
kernel/net/core/failover.ko:
kernel/drivers/net/ethernet/intel/e1000e/e1000e.ko: kernel/drivers/ptp/ptp.ko kernel/drivers/pps/pps_core.ko
kernel/drivers/ptp/ptp.ko: kernel/drivers/pps/pps_core.ko
kernel/drivers/pps/pps_core.ko:
kernel/drivers/net/ethernet/realtek/8139cp.ko: kernel/drivers/net/mii.ko
kernel/drivers/net/mii.ko:
garbage line
`;

test.each([
  ["kernel/drivers/net/ethernet/realtek/8139cp.ko", "8139cp"],
  ["kernel/drivers/net/ne2k-pci.ko.xz", "ne2k_pci"],
  ["a/b/hv_netvsc.ko.zst", "hv_netvsc"],
])("moduleName(%p) = %p", (path, name) => expect(moduleName(path)).toBe(name));

test.each([
  [["virtio_net"], ["kernel/drivers/net/net_failover.ko", "kernel/drivers/net/virtio_net.ko", "kernel/net/core/failover.ko"], [], []],
  [["e1000e", "virtio-pci"], ["kernel/drivers/net/ethernet/intel/e1000e/e1000e.ko", "kernel/drivers/pps/pps_core.ko", "kernel/drivers/ptp/ptp.ko"], ["virtio_pci"], []],
  [["8139cp", "nosuch"], ["kernel/drivers/net/ethernet/realtek/8139cp.ko", "kernel/drivers/net/mii.ko"], [], ["nosuch"]],
])("selectModules(%p)", (wanted, files, builtin, missing) => {
  const sel = selectModules(parseModulesDep(DEP), parseBuiltin("kernel/drivers/virtio/virtio_pci.ko\n"), wanted);
  expect(sel).toEqual({ files, builtin, missing });
});

test("parseModulesDep skips malformed lines", () => {
  expect([...parseModulesDep(DEP).keys()].sort()).toEqual(["8139cp", "e1000e", "failover", "mii", "net_failover", "pps_core", "ptp", "virtio_net"]);
});
