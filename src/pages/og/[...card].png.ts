/** /og/…png: the cards without a photo panel (see _card-route.ts). */
import { cardRoute } from './_card-route.ts';

export const { getStaticPaths, GET } = cardRoute('png');
