declare module 'virtual:portal' {
  /** The province this build makes. */
  export const province: import('./node/provinces.ts').ProvinceConfig;
  /** The build date, YYYY-MM-DD (BUILD_DATE or the last commit's date). */
  export const buildDate: string;
  /** Stylesheet URL of each locale's fonts. */
  export const fonts: Record<string, string>;
  /** Locales whose pages each link their own font stylesheet (src/lib/fonts/split-by-page.ts). */
  export const fontsPerPage: string[];
  /** URL path of the province's logo. */
  export const logo: string;
  /** Absolute path of this province's content folder. */
  export const contentDir: string;
  /** A pull-request preview: every page says noindex (src/node/preview-build.ts). */
  export const preview: boolean;
}

declare namespace App {
  interface Locals {
    /** What a place page hands the components its MDX body may use (src/components/places/place-context.ts). */
    portalPlace?: import('./components/places/place-context.ts').PlaceContext;
  }
}
