/**
 * The unprivileged account icecast runs as when the agent is root: icecast 2.4
 * refuses to run as root unless its <changeowner> names a user and group to drop
 * to, and it does that itself right after binding its port. We only need the
 * names (for the config) and the numbers (to hand it its log directory), read
 * from /etc/passwd and /etc/group text.
 */

/** A user and group icecast can drop to. */
export interface Account {
  readonly user: string;
  readonly group: string;
  readonly uid: number;
  readonly gid: number;
}

/** Users tried in order when the adaptor config names none: Debian's icecast2 package user, then nobody. */
export const DEFAULT_USERS = ["icecast2", "nobody"] as const;

/** uid and primary gid of user in /etc/passwd text; undefined when not listed. */
export function findUser(passwd: string, user: string): { uid: number; gid: number } | undefined {
  for (const line of passwd.split("\n")) {
    const f = line.split(":");
    if (f[0] === user && f.length >= 4 && /^\d+$/.test(f[2]!) && /^\d+$/.test(f[3]!)) return { uid: Number(f[2]), gid: Number(f[3]) };
  }
  return undefined;
}

/** The group's name by gid, or its gid by name, in /etc/group text. */
export function findGroup(groupText: string, by: { gid: number } | { name: string }): { name: string; gid: number } | undefined {
  for (const line of groupText.split("\n")) {
    const f = line.split(":");
    if (f.length < 3 || !/^\d+$/.test(f[2]!)) continue;
    const g = { name: f[0]!, gid: Number(f[2]) };
    if ("gid" in by ? g.gid === by.gid : g.name === by.name) return g;
  }
  return undefined;
}

/**
 * The account to drop to: the named user (and group, default its primary one),
 * or the first of DEFAULT_USERS that exists. Throws an Error saying what to do.
 */
export function chooseAccount(passwd: string, groupText: string, want: { user?: string; group?: string } = {}): Account {
  const candidates = want.user !== undefined ? [want.user] : DEFAULT_USERS;
  for (const user of candidates) {
    const u = findUser(passwd, user);
    if (!u) continue;
    const g = want.group !== undefined ? findGroup(groupText, { name: want.group }) : findGroup(groupText, { gid: u.gid });
    if (!g) throw new Error(`group ${JSON.stringify(want.group ?? String(u.gid))} of icecast's user ${user} is not in /etc/group; name an existing group in the adaptor's "group" field`);
    return { user, group: g.name, uid: u.uid, gid: g.gid };
  }
  throw new Error(
    `user ${candidates.map((c) => JSON.stringify(c)).join(" or ")} not found in /etc/passwd; icecast will not run as root, so name an unprivileged user in the adaptor's "user" field (or install Debian's icecast2 package, which creates one)`,
  );
}
