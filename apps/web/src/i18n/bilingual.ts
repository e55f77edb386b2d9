/**
 * Server texts come as "中文 / English" (house rule), scanner reasons as
 * "[RULE-ID] 中文 / English": show the half that matches the language, keep a leading rule id
 * on both halves, and show the whole text when it has no such split.
 */
export function pickBilingual(text: string, language: 'zh-CN' | 'en'): string {
  const prefix = /^\[[^\]]+\]\s*/.exec(text)?.[0] ?? '';
  const body = text.slice(prefix.length);
  const at = body.indexOf(' / ');
  if (at < 0) return text;
  const half = language === 'en' ? body.slice(at + 3) : body.slice(0, at);
  return `${prefix}${half.trim()}`;
}
