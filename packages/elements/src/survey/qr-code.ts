import qrcode from 'qrcode-generator';
import { svg, type SVGTemplateResult } from 'lit';

/** The quiet zone around a QR code, in modules, as the standard asks. */
const quietZone = 4;

/**
 * The survey's address for a dossier from an integrator's template: `{dossierId}` and `{surveyToken}` are replaced,
 * encoded (`{surveyToken}` by '' without a token); a template without `{surveyToken}` gets a known token as the
 * search parameter `survey-token`. Only `https:` addresses are used; anything else gives `undefined`.
 */
export function surveyUrlOf(template: string, dossierId: string, surveyToken?: string): string | undefined {
  let url: URL;
  try {
    url = new URL(template.replaceAll('{dossierId}', encodeURIComponent(dossierId)).replaceAll('{surveyToken}', encodeURIComponent(surveyToken ?? '')));
  } catch {
    return undefined;
  }
  if (surveyToken && !template.includes('{surveyToken}')) url.searchParams.set('survey-token', surveyToken);
  return url.protocol === 'https:' ? url.href : undefined;
}

/** A drawn QR code: its size in modules (with the quiet zone) and the SVG content. */
export interface QrDrawing {
  readonly size: number;
  readonly content: SVGTemplateResult;
}

/**
 * Draws `text` (an ASCII URL: `URL.href` is percent-encoded) as a QR code from the module matrix: one path of
 * unit squares, never generated markup. `undefined` when the text is too long for a QR code.
 */
export function drawQrCode(text: string): QrDrawing | undefined {
  const code = qrcode(0, 'M');
  try {
    code.addData(text, 'Byte');
    code.make();
  } catch {
    return undefined;
  }
  const count = code.getModuleCount();
  const size = count + 2 * quietZone;
  let d = '';
  for (let row = 0; row < count; row += 1) {
    for (let col = 0; col < count; col += 1) {
      if (code.isDark(row, col)) d += `M${col + quietZone} ${row + quietZone}h1v1h-1z`;
    }
  }
  return {
    size,
    content: svg`<rect width=${size} height=${size} fill="#fff"></rect><path d=${d} fill="#000"></path>`,
  };
}
