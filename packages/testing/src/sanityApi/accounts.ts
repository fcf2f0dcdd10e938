/** A Sanity user the stand-in knows, and the token that signs them in. */
export interface StandInUser {
  id: string;
  name: string;
  email: string;
  token: string;
  role: "administrator" | "editor" | "viewer";
}

export const DEFAULT_USERS: readonly StandInUser[] = [
  { id: "p-editor", name: "Alex Editor", email: "alex.editor@example.org", token: "stand-in-token", role: "editor" },
];

const ROLE_TITLES = { administrator: "Administrator", editor: "Editor", viewer: "Viewer" };

/** The permissions the dataset ACL gives each role, in the shape the Studio's grants store reads. */
const ROLE_PERMISSIONS = {
  administrator: ["read", "create", "history", "update", "manage"],
  editor: ["read", "create", "history", "update"],
  viewer: ["read", "history"],
};

function publicUser(user: StandInUser) {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    profileImage: null,
    provider: "sanity",
    role: user.role,
    roles: [{ name: user.role, title: ROLE_TITLES[user.role] }],
  };
}

/**
 * Answers the account and project requests the Studio makes when it starts:
 * `undefined` when `path` is not one of them, `null` for "not signed in"
 * (401), otherwise the answer.
 */
export function accountAnswer(
  path: string,
  user: StandInUser | null,
  users: readonly StandInUser[],
  project: { projectId: string; dataset: string },
): unknown {
  const projectPath = `projects/${project.projectId}`;
  if (path === "users/me") return user ? publicUser(user) : null;
  if (path.startsWith("users/me/")) return [];
  if (path.startsWith("users/")) {
    const ids = decodeURIComponent(path.slice("users/".length)).split(",");
    const found = users.filter((candidate) => ids.includes(candidate.id)).map(publicUser);
    return ids.length === 1 ? (found[0] ?? null) : found;
  }
  if (path === projectPath)
    return {
      id: project.projectId,
      displayName: "Patient education (stand-in)",
      organizationId: null,
      isBlocked: false,
      isDisabled: false,
      members: users.map((member) => ({
        id: member.id,
        role: member.role,
        roles: [{ name: member.role, title: ROLE_TITLES[member.role] }],
        isRobot: false,
        isCurrentUser: member.id === user?.id,
      })),
      features: [],
      metadata: {},
    };
  if (path === `${projectPath}/datasets`) return [{ name: project.dataset, aclMode: "private" }];
  if (path === `${projectPath}/datasets/${project.dataset}/acl`)
    return user ? [{ filter: '_id in path("**")', permissions: ROLE_PERMISSIONS[user.role] }] : null;
  if (path === `${projectPath}/grants` || path === `${projectPath}/user-applications` || path === "features")
    return path.endsWith("grants") ? {} : [];
  return undefined;
}
