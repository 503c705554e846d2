import { describe, expect, it } from 'vitest';
import { cityNameEn, provinceNameEn, romanise } from './region-names.ts';

describe('region names in English', () => {
  it('gives provinces their established English names', () => {
    expect(provinceNameEn('广东省')).toBe('Guangdong');
    expect(provinceNameEn('陕西省')).toBe('Shaanxi');
    expect(provinceNameEn('山西省')).toBe('Shanxi');
    expect(provinceNameEn('内蒙古自治区')).toBe('Inner Mongolia');
  });

  it('romanises cities in pinyin, with the apostrophe before a vowel syllable', () => {
    expect(cityNameEn('广州市')).toBe('Guangzhou');
    expect(cityNameEn('重庆市')).not.toContain('Zhong');
    expect(cityNameEn('西安市')).toBe("Xi'an");
    expect(romanise('吕梁')).toBe('Lüliang');
  });

  it('names prefectures, leagues and autonomous prefectures as such', () => {
    expect(cityNameEn('延边朝鲜族自治州')).toBe('Yanbian Korean Autonomous Prefecture');
    expect(cityNameEn('海西蒙古族藏族自治州')).toBe('Haixi Mongol Tibetan Autonomous Prefecture');
    expect(cityNameEn('阿里地区')).toBe('Ali Prefecture');
    expect(cityNameEn('锡林郭勒盟')).toBe('Xilinguole League');
    expect(cityNameEn('省直辖县级行政区划')).toBe('County-level units under the province');
  });
});
