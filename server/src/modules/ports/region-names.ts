import { pinyin } from 'pinyin-pro';

/**
 * English names for GB/T 2260 provinces and prefecture-level cities. Provinces by their established
 * English names (a short list that romanisation gets wrong: Shaanxi, Inner Mongolia, Tibet); cities in
 * Hanyu Pinyin (pinyin-pro) with the official English for the kind of unit where it is not a city.
 */
const PROVINCES: Record<string, string> = {
  北京市: 'Beijing',
  天津市: 'Tianjin',
  河北省: 'Hebei',
  山西省: 'Shanxi',
  内蒙古自治区: 'Inner Mongolia',
  辽宁省: 'Liaoning',
  吉林省: 'Jilin',
  黑龙江省: 'Heilongjiang',
  上海市: 'Shanghai',
  江苏省: 'Jiangsu',
  浙江省: 'Zhejiang',
  安徽省: 'Anhui',
  福建省: 'Fujian',
  江西省: 'Jiangxi',
  山东省: 'Shandong',
  河南省: 'Henan',
  湖北省: 'Hubei',
  湖南省: 'Hunan',
  广东省: 'Guangdong',
  广西壮族自治区: 'Guangxi',
  海南省: 'Hainan',
  重庆市: 'Chongqing',
  四川省: 'Sichuan',
  贵州省: 'Guizhou',
  云南省: 'Yunnan',
  西藏自治区: 'Tibet',
  陕西省: 'Shaanxi',
  甘肃省: 'Gansu',
  青海省: 'Qinghai',
  宁夏回族自治区: 'Ningxia',
  新疆维吾尔自治区: 'Xinjiang',
  台湾省: 'Taiwan',
  香港特别行政区: 'Hong Kong',
  澳门特别行政区: 'Macao',
};

/** The peoples named in autonomous prefectures' names, longest first so that 蒙古族 wins over 蒙古. */
const PEOPLES: [string, string][] = (
  [
    ['朝鲜族', 'Korean'],
    ['土家族', 'Tujia'],
    ['苗族', 'Miao'],
    ['藏族', 'Tibetan'],
    ['羌族', 'Qiang'],
    ['彝族', 'Yi'],
    ['布依族', 'Bouyei'],
    ['侗族', 'Dong'],
    ['哈尼族', 'Hani'],
    ['壮族', 'Zhuang'],
    ['傣族', 'Dai'],
    ['白族', 'Bai'],
    ['景颇族', 'Jingpo'],
    ['傈僳族', 'Lisu'],
    ['回族', 'Hui'],
    ['蒙古族', 'Mongol'],
    ['蒙古', 'Mongol'],
    ['柯尔克孜', 'Kirgiz'],
    ['哈萨克', 'Kazakh'],
  ] as [string, string][]
).sort((a, b) => b[0].length - a[0].length);

/** Hanyu Pinyin of a place name as one capitalised word, with the apostrophe before a vowel syllable (Xi'an). */
export function romanise(chinese: string): string {
  const syllables = pinyin(chinese, { toneType: 'none', type: 'array', v: true });
  const word = syllables
    .map((s, i) => (i > 0 && /^[aeo]/.test(s) ? `'${s}` : s))
    .join('')
    .replace(/v/g, 'ü');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export const provinceNameEn = (name: string): string =>
  PROVINCES[name] ?? romanise(name.replace(/(省|市|自治区|特别行政区)$/, ''));

/** A prefecture-level unit in English; the provinces' grouping entries (市辖区, 省直辖县级行政区划) in words. */
export function cityNameEn(name: string): string {
  if (name === '市辖区') return 'City districts';
  if (name === '县') return 'Counties';
  if (name.endsWith('直辖县级行政区划')) return 'County-level units under the province';
  if (name.endsWith('自治州')) {
    let rest = name.slice(0, -'自治州'.length);
    const peoples: string[] = [];
    let place = '';
    while (rest.length > 0) {
      const people = PEOPLES.find(([zh]) => rest.startsWith(zh));
      if (people) {
        peoples.push(people[1]);
        rest = rest.slice(people[0].length);
      } else if (peoples.length === 0) {
        place += rest.charAt(0);
        rest = rest.slice(1);
      } else break;
    }
    return [romanise(place), ...peoples, 'Autonomous Prefecture'].join(' ');
  }
  if (name.endsWith('地区')) return `${romanise(name.slice(0, -2))} Prefecture`;
  if (name.endsWith('盟')) return `${romanise(name.slice(0, -1))} League`;
  return romanise(name.replace(/市$/, ''));
}
