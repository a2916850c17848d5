import { z } from 'zod';

/** POST /api/v1/webhook-secret/rotate takes no fields: an empty body or `{}`. */
export const WebhookSecretRotateSchema = z.strictObject({});
