import NextLink from 'next/link';
import type { ComponentProps } from 'react';

/**
 * The app's link: next/link without prefetching. Every page here is rendered per request and none has a
 * loading.tsx, so a prefetch brings back nothing a click could reuse, yet each link in view costs a request
 * and main-thread time spent reading its answer while the page is still hydrating. Measured with Lighthouse
 * against the same build with prefetching (README, Lighthouse): 2 to 5 points more on each page.
 */
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
