#!/bin/sh
# sysinit of the LAMA boot image: file systems, NIC drivers, settings, pool key.
# Settings come from /etc/lama/cmdline (baked in when the image was built) and then
# /proc/cmdline (the kernel command line), which wins: lama.key=, lama.role=a,b,
# lama.attr=k=v (repeatable), lama.grand=host:port (repeatable), lama.hostname=,
# lama.id=, lama.agent=off, lama.controller=ctl-pub:... (grand's public controller key, repeatable).
. /etc/lama/lib.sh
export PATH=/sbin:/usr/sbin:/bin:/usr/bin
mount -t proc -o nosuid,nodev,noexec proc /proc
mount -t sysfs -o nosuid,nodev,noexec sysfs /sys
mount -t devtmpfs -o nosuid,mode=0755 devtmpfs /dev 2>/dev/null
mkdir -p /dev/pts /dev/shm
mount -t devpts -o nosuid,noexec,gid=5,mode=620 devpts /dev/pts
mount -t tmpfs -o nosuid,nodev,mode=1777 tmpfs /dev/shm
mount -t tmpfs -o nosuid,nodev,mode=1777 tmpfs /tmp
mount -t tmpfs -o nosuid,nodev,mode=0755 tmpfs /run
mkdir -p "$RUN/net" && chmod 0700 "$RUN"
ln -sf /proc/self/fd /dev/fd
ip link set lo up
# The kernel's part of the boot, from its own log (seconds since it started).
kt() { dmesg | grep -m 1 -e "$1" | sed -n 's/^\[ *\([0-9]*\.[0-9]*\)\].*/\1/p'; }
mark "kernel unpacked the initramfs from $(kt 'Trying to unpack rootfs') to $(kt 'Freeing initrd memory') s and ran /init at $(kt 'Run /init as init process') s; rc.boot started"
say "LAMA boot image: $(cat /etc/lama/version)"
say "machine: $(grep -c ^processor /proc/cpuinfo) x$(grep -m 1 '^model name' /proc/cpuinfo | cut -d: -f2), $(awk '/MemTotal/ { print int($2 / 1024) }' /proc/meminfo) MB"

# --- settings: baked first, kernel command line second (it wins) -------------
key=""; key_src=""; roles_img=""; roles_cmd=""; attrs=""; grands=""; ctls=""; host=""; sid=""; agent=on
apply() {
  w=$(echo "$2" | tr -d '"')
  case "$w" in
    lama.key=*) key=${w#lama.key=}; key_src=$1 ;;
    lama.role=*|lama.roles=*) if [ "$1" = image ]; then roles_img="$roles_img,${w#*=}"; else roles_cmd="$roles_cmd,${w#*=}"; fi ;;
    lama.attr=*) attrs="$attrs ${w#lama.attr=}" ;;
    lama.grand=*) grands="$grands,${w#lama.grand=}" ;;
    lama.controller=*) ctls="$ctls ${w#lama.controller=}" ;;
    lama.hostname=*) host=${w#lama.hostname=} ;;
    lama.id=*) sid=${w#lama.id=} ;;
    lama.agent=*) agent=${w#lama.agent=} ;;
  esac
}
for w in $(cat /etc/lama/cmdline 2>/dev/null); do apply image "$w"; done
for w in $(cat /proc/cmdline); do apply "kernel command line (lama.key=)" "$w"; done
roles=${roles_cmd:-$roles_img}
{
  for r in $(echo "$roles" | tr , ' '); do echo --role; echo "$r"; done
  for a in $attrs; do echo --attr; echo "$a"; done
  for g in $(echo "$grands" | tr , ' '); do echo --grand; echo "$g"; done
  for k in $ctls; do echo --controller-key; echo "$k"; done
  if [ -n "$sid" ]; then echo --service-id; echo "$sid"; fi
} > "$RUN/args"
# A kernel short of memory stops unpacking the initramfs half-way and boots on:
# lama would then be a truncated file. Say so instead of restarting it forever.
if dmesg | grep -q "Initramfs unpacking failed"; then
  say "THE IMAGE DID NOT UNPACK COMPLETELY ($(dmesg | grep -m 1 -o 'Initramfs unpacking failed.*'))."
  say "  Usually too little memory: this image needs about 400 MB of RAM. lama is not started; press Enter for the rescue shell."
  agent=unpack-failed
fi
echo "$agent" > "$RUN/agent"

# --- pool key: the command line's wins over the baked one ---------------------
umask 077
if [ -n "$key" ] && [ "$key_src" != image ]; then
  printf '%s\n' "$key" > "$RUN/pool.key"; echo "$key_src" > "$RUN/key-source"
elif [ -s /etc/lama/pool.key ]; then
  cp /etc/lama/pool.key "$RUN/pool.key"; echo "this image (/etc/lama/pool.key)" > "$RUN/key-source"
elif [ -n "$key" ]; then
  printf '%s\n' "$key" > "$RUN/pool.key"; echo "this image's settings (/etc/lama/cmdline)" > "$RUN/key-source"
fi
umask 022
key=""

# --- NIC drivers: by the devices present, else every driver in the image -------
# Hyper-V's NICs sit on VMBus, which its ACPI device announces: load the bus so they show up.
grep -qs -e '^VMBUS' -e '^VMBus' /sys/bus/acpi/devices/*/hid && modprobe -q hv_vmbus 2>/dev/null
# One modprobe for all devices (it reads the module index once); pass 2 catches the
# devices pass 1 created (virtio_pci -> virtio bus, hv_vmbus -> VMBus).
for pass in 1 2; do
  modprobe -qa $(cat /sys/bus/pci/devices/*/modalias /sys/bus/virtio/devices/*/modalias /sys/bus/vmbus/devices/*/modalias 2>/dev/null) 2>/dev/null
done
nics() { for d in /sys/class/net/*; do [ -e "$d/device" ] && [ "$(cat "$d/type")" = 1 ] && echo "${d##*/}"; done; }
if [ -z "$(nics)" ]; then
  say "no NIC matched by device id; loading every NIC driver in the image"
  for m in $(cat /etc/lama/nic-modules); do modprobe -q "$m" 2>/dev/null; done
fi
for i in $(nics); do
  drv=$(readlink "/sys/class/net/$i/device/driver"); say "net $i: $(cat "/sys/class/net/$i/address") driver ${drv##*/}"
done
[ -z "$(nics)" ] && say "no wired network interface found yet (no driver for this NIC in the image?); will keep looking"

# --- hostname: lama.hostname=, else DHCP's, else lama-<first MAC> --------------
if [ -n "$host" ]; then
  hostname "$host"; : > "$RUN/hostname-fixed"
else
  first=$(nics | head -n 1)
  if [ -n "$first" ]; then hostname "lama-$(tr -d : < "/sys/class/net/$first/address")"; else hostname lama; fi
fi
say "hostname $(hostname); press Enter on this console for a rescue shell at any time"
mark "file systems, settings and NIC drivers ready"
