import type { Locale, LunarDate } from '@cqtt/core';

const stems = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'];
const branches = ['Tý', 'Sửu', 'Dần', 'Mão', 'Thìn', 'Tỵ', 'Ngọ', 'Mùi', 'Thân', 'Dậu', 'Tuất', 'Hợi'];
const monthNames = ['Giêng', 'Hai', 'Ba', 'Tư', 'Năm', 'Sáu', 'Bảy', 'Tám', 'Chín', 'Mười', 'Mười Một', 'Chạp'];

/**
 * The parts of a lunar date as people say them: "mùng 4", "Giêng", "Bính Ngọ" in Vietnamese; numbers in English, but
 * the year's name in the sexagenary cycle (2026 → "Bính Ngọ") in both.
 */
export function lunarParts(lunar: LunarDate, locale: Locale): { day: string; month: string; year: string } {
  const year = `${stems[(((lunar.year + 6) % 10) + 10) % 10]} ${branches[(((lunar.year + 8) % 12) + 12) % 12]}`;
  if (locale === 'en') return { day: String(lunar.day), month: String(lunar.month), year };
  return {
    day: lunar.day <= 10 ? `mùng ${lunar.day}` : String(lunar.day),
    month: monthNames[lunar.month - 1] ?? String(lunar.month),
    year,
  };
}
