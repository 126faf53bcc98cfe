import { describe, expect, it } from 'vitest';
import { layerTranslations, mergeTranslation } from '../../src/lib/merge-translation.ts';

const plan = {
  title: 'Kế hoạch thông tin đối ngoại năm 2024',
  summary: 'Kế hoạch của UBND tỉnh.',
  purpose: ['Nâng cao hiệu quả thông tin đối ngoại'],
  budget: 'Ngân sách tỉnh.',
  tasks: [
    { title: 'Xuất bản tập san', lead: 'so-ngoai-vu' },
    { title: 'Tổ chức họp báo', lead: 'so-vhttdl' },
  ],
};

describe('a translation laid over its source', () => {
  it('keeps the source’s purposes when the translation’s list is empty, as when the field is absent', () => {
    expect(mergeTranslation(plan, { title: 'Plan', purpose: [] }, ['tasks']).purpose).toEqual(plan.purpose);
    expect(mergeTranslation(plan, { title: 'Plan' }, ['tasks']).purpose).toEqual(plan.purpose);
  });
  it('replaces them when the translation has some', () => {
    expect(mergeTranslation(plan, { purpose: ['Make foreign information work better'] }, ['tasks']).purpose).toEqual([
      'Make foreign information work better',
    ]);
  });
});

describe('translations layered along the fallback chain (km → en → vi)', () => {
  const en = {
    title: 'Foreign information plan 2024',
    summary: 'The province’s plan.',
    purpose: ['Make foreign information work better'],
    tasks: [{ title: 'Publish the bulletin' }],
    translation: { status: 'draft' },
  };
  const km = {
    title: 'ផែនការព័ត៌មានការបរទេសឆ្នាំ ២០២៤',
    summary: 'ផែនការរបស់ខេត្ត។',
    purpose: [],
    tasks: [],
    translation: { status: 'draft' },
  };

  it('takes each field from the first language of the chain that has it', () => {
    const { data, fieldLangs } = layerTranslations(
      plan,
      [
        { lang: 'km', data: km },
        { lang: 'en', data: en },
      ],
      ['tasks'],
    );
    expect(data.title).toBe(km.title);
    expect(data.summary).toBe(km.summary);
    expect(data.purpose).toEqual(en.purpose);
    expect(data.budget).toBe(plan.budget);
    expect(fieldLangs).toMatchObject({ title: 'km', summary: 'km', purpose: 'en' });
    expect(fieldLangs.budget).toBeUndefined();
  });
  it('merges aligned lists item by item and says each item’s language', () => {
    const { data, itemLangs } = layerTranslations(
      plan,
      [
        { lang: 'km', data: km },
        { lang: 'en', data: en },
      ],
      ['tasks'],
    );
    expect(data.tasks).toEqual([{ title: 'Publish the bulletin', lead: 'so-ngoai-vu' }, plan.tasks[1]]);
    expect(itemLangs.tasks).toEqual(['en', 'vi']);
  });
  it('lets the page’s language win where it has the item', () => {
    const kmTask = { ...km, tasks: [{ title: 'បោះពុម្ពព្រឹត្តិបត្រ' }] };
    const { data, itemLangs } = layerTranslations(
      plan,
      [
        { lang: 'km', data: kmTask },
        { lang: 'en', data: en },
      ],
      ['tasks'],
    );
    expect(data.tasks[0]).toEqual({ title: 'បោះពុម្ពព្រឹត្តិបត្រ', lead: 'so-ngoai-vu' });
    expect(itemLangs.tasks).toEqual(['km', 'vi']);
  });
  it('with no translation at all, is the source in Vietnamese', () => {
    const { data, fieldLangs, itemLangs } = layerTranslations(plan, [], ['tasks']);
    expect(data).toEqual(plan);
    expect(fieldLangs).toEqual({});
    expect(itemLangs.tasks).toEqual(['vi', 'vi']);
  });
});
