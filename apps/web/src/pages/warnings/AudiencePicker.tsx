/**
 * The audience of a warning: all enterprises, industries (GB/T 4754 divisions, grouped by
 * section, from /registry/industries), regions (GB/T 2260, a lazy cascade over
 * /registry/regions), the key-enterprise list, or named enterprises (credit codes / node ids).
 */
import { useEffect, useState } from 'react';
import { Cascader, Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useApiQuery } from '../../hooks/useApiQuery.ts';
import { AUDIENCE_KINDS } from './types.ts';

interface RegionOption {
  value: string;
  label: string;
  isLeaf: boolean;
  children?: RegionOption[];
}
interface RegionList {
  items: { code: string; name: string; hasChildren: boolean }[];
}
interface IndustryList {
  sections: { code: string; name: string; divisions: { code: string; name: string }[] }[];
}

const toOptions = (list: RegionList): RegionOption[] =>
  list.items.map((r) => ({ value: r.code, label: r.name, isLeaf: !r.hasChildren }));

export function AudiencePicker() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const kind = Form.useWatch<string | undefined>(['audience', 'kind'], form);
  const industries = useApiQuery<IndustryList>(kind === 'industry' ? '/registry/industries' : null);
  const [regions, setRegions] = useState<RegionOption[]>([]);

  useEffect(() => {
    if (kind !== 'region' || regions.length > 0) return;
    void api.get<RegionList>('/registry/regions').then((list) => {
      setRegions(toOptions(list));
    });
  }, [kind, regions.length]);

  const loadRegions = (path: RegionOption[]) => {
    const target = path[path.length - 1];
    if (target === undefined) return;
    void api.get<RegionList>('/registry/regions', { parent: target.value }).then((list) => {
      target.children = toOptions(list);
      setRegions([...regions]);
    });
  };

  return (
    <>
      <Form.Item
        name={['audience', 'kind']}
        label={t('warnings.audience')}
        rules={[{ required: true }]}
      >
        <Radio.Group
          data-testid="audience-kind"
          options={AUDIENCE_KINDS.map((k) => ({
            value: k,
            label: t(`warnings.audienceKinds.${k}`),
          }))}
        />
      </Form.Item>
      {kind === 'industry' && (
        <Form.Item
          name={['audience', 'industries']}
          label={t('warnings.industries')}
          rules={[{ required: true }]}
        >
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="audience-industries"
            options={(industries.data?.sections ?? []).map((s) => ({
              label: `${s.code} ${s.name}`,
              options: s.divisions.map((d) => ({
                value: d.code,
                label: `${s.code}${d.code} ${d.name}`,
              })),
            }))}
          />
        </Form.Item>
      )}
      {kind === 'region' && (
        <Form.Item
          name={['audience', 'regions']}
          label={t('warnings.regions')}
          rules={[{ required: true }]}
        >
          <Cascader
            multiple
            changeOnSelect
            showCheckedStrategy={Cascader.SHOW_PARENT}
            options={regions}
            loadData={loadRegions}
            data-testid="audience-regions"
          />
        </Form.Item>
      )}
      {kind === 'named' && (
        <>
          <Form.Item name={['audience', 'usccs']} label={t('warnings.usccs')}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name={['audience', 'nodeIds']} label={t('warnings.nodeIds')}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </>
      )}
    </>
  );
}

/** Form values of the picker → the API's audience. */
export function audienceOf(values: {
  kind: string;
  industries?: string[];
  regions?: string[][];
  usccs?: string;
  nodeIds?: string;
}): Record<string, unknown> {
  const lines = (text?: string) =>
    (text ?? '')
      .split(/[\s,，;；]+/)
      .map((line) => line.trim())
      .filter(Boolean);
  switch (values.kind) {
    case 'industry':
      return { kind: 'industry', industries: values.industries ?? [] };
    case 'region':
      return {
        kind: 'region',
        regions: (values.regions ?? []).map((path) => path[path.length - 1] ?? ''),
      };
    case 'named':
      return { kind: 'named', usccs: lines(values.usccs), nodeIds: lines(values.nodeIds) };
    default:
      return { kind: values.kind };
  }
}
