import { Type } from 'typebox';

export const EmailMode = Type.Enum(['immediate', 'daily', 'weekly', 'off']);
export const Settings = Type.Object({ emailMode: EmailMode });
export const Notification = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  text: Type.String(),
  link: Type.String(),
  createdAt: Type.String(),
  read: Type.Boolean(),
});
export const NotificationList = Type.Object({ items: Type.Array(Notification), unread: Type.Integer() });
export const UnsubscribeQuery = Type.Object({ token: Type.String({ maxLength: 200 }) });
