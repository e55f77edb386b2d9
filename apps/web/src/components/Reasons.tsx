/** The scanner's reasons ("中文 / English"), shown in the active language. */
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { pickBilingual } from '../i18n/bilingual.ts';

export function Reasons({ reasons }: { reasons: readonly string[] }) {
  const { i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'zh-CN';
  if (reasons.length === 0) return null;
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18 }}>
      {reasons.map((reason, i) => (
        <li key={i}>
          <Typography.Text>{pickBilingual(reason, language)}</Typography.Text>
        </li>
      ))}
    </ul>
  );
}
