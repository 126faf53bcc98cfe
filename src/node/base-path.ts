/**
 * The base path a build serves its portal under: PORTAL_BASE (which `npm run build -- --base`
 * sets) when given, else the path of the province's site address ("/" for most). Either is
 * checked against BASE_PATH (src/lib/safety/names.ts) before it reaches a URL or a file.
 */
import { basePathOrThrow } from '../lib/safety/names.ts';
import { basePathOfSite } from '../lib/paths.ts';
import { messageOf } from './error-message.ts';

export function portalBase(province: { id: string; site: string }, fromEnv = process.env.PORTAL_BASE): string {
  if (fromEnv) {
    try {
      return basePathOrThrow(fromEnv);
    } catch (error) {
      throw new Error(`PORTAL_BASE: ${messageOf(error)}`, { cause: error });
    }
  }
  try {
    return basePathOrThrow(basePathOfSite(province.site));
  } catch (error) {
    throw new Error(
      `content/${province.id}/province.yaml: site (Địa chỉ cổng thông tin): phần đường dẫn của địa chỉ là ${messageOf(error)}`,
      {
        cause: error,
      },
    );
  }
}
