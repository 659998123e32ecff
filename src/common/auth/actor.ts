import type { InstanceKind } from "../../instances/instance.entity";
import type { UserRole } from "../../instances/user.entity";

/** The authenticated caller, as the permission rules see it. */
export interface Actor {
  userId: number;
  email: string;
  role: UserRole;
  instanceId: number | null;
  instanceCode: string | null;
  instanceKind: InstanceKind | null;
}
