// The result desk issues the survey token of a dossier: it goes to the survey on the screen or the kiosk, and into
// the QR code the citizen scans to vote on their phone.
import { staffAuthorization } from './staff-session.js';

/** @type {Readonly<Record<string, string>>} */
const refusals = {
  'dossier-not-finished': 'Hồ sơ chưa có kết quả nên chưa mời đánh giá được.',
  'survey-period-over': 'Đã quá hạn đánh giá của hồ sơ này.',
  'not-found': 'Không tìm thấy hồ sơ này trong đơn vị của Ông/Bà.',
};

/**
 * Issues the survey token of a dossier with a result, as the signed-in staff user.
 * @param {string} dossierId
 * @returns {Promise<{ token: string, expiresAt: string }>}
 */
export async function issueSurveyToken(dossierId) {
  const authorization = await staffAuthorization();
  const response = await fetch('/api/v1/survey-tokens', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...(authorization && { Authorization: authorization }) },
    body: JSON.stringify({ dossierId }),
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const code = body?.error?.code;
    throw new Error(refusals[code] ?? `Không cấp được mã khảo sát (HTTP ${response.status}).`);
  }
  return body;
}
