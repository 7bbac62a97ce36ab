import type { ThemeConfig } from 'antd';

// antd's default blue (#1677ff) and grey secondary text fall below WCAG AA 4.5:1 on white;
// these values keep every text colour at 5:1 or better.
export const baseTheme: ThemeConfig = {
  token: {
    colorPrimary: '#0958d9',
    colorLink: '#0958d9',
    colorTextSecondary: '#595959',
    colorTextTertiary: '#616161',
    colorTextDescription: '#616161',
    colorTextPlaceholder: '#6b6b6b',
    colorBgLayout: '#f5f7fa',
    fontSizeHeading1: 28,
    fontSizeHeading2: 22,
    borderRadius: 8,
  },
};

// Elder mode (长辈模式): large type and big targets, near-black text, darker borders and primary.
export const elderTheme: ThemeConfig = {
  token: {
    fontSize: 20,
    fontSizeHeading1: 34,
    fontSizeHeading2: 28,
    controlHeight: 48,
    colorPrimary: '#003eb3',
    colorLink: '#003eb3',
    colorText: '#000000',
    colorTextHeading: '#000000',
    colorTextSecondary: '#1f1f1f',
    colorTextTertiary: '#262626',
    colorTextDescription: '#262626',
    colorTextPlaceholder: '#434343',
    colorBorder: '#595959',
  },
};
